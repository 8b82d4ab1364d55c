// The search box, the type / tag / site filters and the grouping toggle above the notes list.
import type { NoteFilter } from '@/lib/notes/search';
import type { Translate } from '../i18n';
import type { Facets } from './note-helpers';

export type GroupBy = 'article' | 'entity';

export interface NoteFiltersProps {
  t: Translate;
  filter: NoteFilter;
  facets: Facets;
  groupBy: GroupBy;
  onFilter: (f: NoteFilter) => void;
  onGroupBy: (g: GroupBy) => void;
}

const TYPES = [
  ['person', 'typePersonOne'],
  ['place', 'typePlaceOne'],
  ['organization', 'typeOrganizationOne'],
  ['passage', 'typePassage'],
] as const;

export function NoteFilters({ t, filter, facets, groupBy, onFilter, onGroupBy }: NoteFiltersProps) {
  const set = (patch: Partial<NoteFilter>) => onFilter({ ...filter, ...patch });
  return (
    <div class="filters">
      <label class="search">
        <span class="visually-hidden">{t('searchNotes')}</span>
        <input type="search" dir="auto" placeholder={t('searchNotes')} value={filter.query ?? ''} onInput={(e) => set({ query: e.currentTarget.value })} />
      </label>
      <div class="row">
        <label>
          {t('filterType')}{' '}
          <select value={filter.type ?? ''} onChange={(e) => set({ type: e.currentTarget.value as NoteFilter['type'] })}>
            <option value="">{t('filterAll')}</option>
            {TYPES.map(([v, k]) => (
              <option key={v} value={v}>
                {t(k)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filterTag')}{' '}
          <select value={filter.tag ?? ''} onChange={(e) => set({ tag: e.currentTarget.value })}>
            <option value="">{t('filterAll')}</option>
            {facets.tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filterSite')}{' '}
          <select value={filter.site ?? ''} onChange={(e) => set({ site: e.currentTarget.value })}>
            <option value="">{t('filterAll')}</option>
            {facets.sites.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="row" role="group" aria-label={t('groupBy')}>
        <span>{t('groupBy')}</span>
        {(['article', 'entity'] as const).map((g) => (
          <button key={g} type="button" class="toggle" aria-pressed={groupBy === g} onClick={() => onGroupBy(g)}>
            {t(g === 'article' ? 'groupArticle' : 'groupEntity')}
          </button>
        ))}
      </div>
    </div>
  );
}
