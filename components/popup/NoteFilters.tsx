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
        <input
          type="search"
          dir="auto"
          placeholder={t('searchNotes')}
          value={filter.query ?? ''}
          onInput={(e) => set({ query: e.currentTarget.value })}
        />
      </label>
      <div class="row">
        <FilterSelect
          label={t('filterType')}
          all={t('filterAll')}
          value={filter.type ?? ''}
          options={TYPES.map(([v, k]) => [v, t(k)])}
          onValue={(v) => set({ type: v as NoteFilter['type'] })}
        />
        <FilterSelect
          label={t('filterTag')}
          all={t('filterAll')}
          value={filter.tag ?? ''}
          options={facets.tags.map((x) => [x, x])}
          onValue={(v) => set({ tag: v })}
        />
        <FilterSelect
          label={t('filterSite')}
          all={t('filterAll')}
          value={filter.site ?? ''}
          options={facets.sites.map((x) => [x, x])}
          onValue={(v) => set({ site: v })}
        />
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

interface FilterSelectProps {
  label: string;
  /** Text of the first option, which filters nothing (value ''). */
  all: string;
  value: string;
  /** [value, text] pairs. */
  options: readonly (readonly [string, string])[];
  onValue: (value: string) => void;
}

function FilterSelect({ label, all, value, options, onValue }: FilterSelectProps) {
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onValue(e.currentTarget.value)}>
        <option value="">{all}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
