// Notes newest first, grouped by article or by name, filtered and searched. Only the first
// PAGE rows are rendered ("Show more" adds the next), so 10,000 notes paint as fast as 100.
import { useMemo, useState } from 'preact/hooks';
import { filterNotes, groupNotes, type NoteFilter } from '@/lib/notes/search';
import type { Note } from '@/lib/protocol/note';
import type { Translate } from '../i18n';
import { NoteFilters, type GroupBy } from './NoteFilters';
import { NoteItem, type NoteActions } from './NoteItem';
import { facets } from './note-helpers';

export const PAGE = 50;

export interface NotesListProps extends NoteActions {
  t: Translate;
  notes: readonly Note[];
  /** false while only the newest notes have arrived: the count says loading. */
  complete?: boolean;
  /** Start values, for tests and for reopening the popup where the reader left it. */
  initialFilter?: NoteFilter;
  initialGroupBy?: GroupBy;
}

export function NotesList({ t, notes, complete = true, initialFilter, initialGroupBy, ...actions }: NotesListProps) {
  const [filter, setFilter] = useState<NoteFilter>(initialFilter ?? {});
  const [groupBy, setGroupBy] = useState<GroupBy>(initialGroupBy ?? 'article');
  const [limit, setLimit] = useState(PAGE);
  const choices = useMemo(() => facets(notes), [notes]);
  const found = useMemo(() => filterNotes(notes, filter), [notes, filter]);
  const groups = useMemo(() => groupNotes(found, groupBy), [found, groupBy]);

  let budget = limit;
  const shown = [];
  for (const g of groups) {
    if (budget <= 0) break;
    const slice = g.notes.slice(0, budget);
    budget -= slice.length;
    shown.push({ ...g, notes: slice });
  }
  const left = found.length - Math.min(limit, found.length);

  return (
    <div class="notes">
      <NoteFilters
        t={t}
        filter={filter}
        facets={choices}
        groupBy={groupBy}
        onFilter={(f) => {
          setFilter(f);
          setLimit(PAGE);
        }}
        onGroupBy={setGroupBy}
      />
      <p class="count" role="status">
        {complete ? t('notesCount', String(found.length)) : t('loading')}
      </p>
      {notes.length === 0 ? (
        <p class="empty">{t('noNotesYet')}</p>
      ) : found.length === 0 ? (
        <p class="empty">{t('noNotesMatch')}</p>
      ) : (
        shown.map((g, gi) => (
          <section key={g.key} class="note-group">
            <h3 dir="auto">{g.label || (groupBy === 'entity' ? t('groupPassages') : g.key)}</h3>
            <ul>
              {g.notes.map((n, i) => (
                <NoteItem key={`${n.id}:${n.updated}`} t={t} note={n} first={gi === 0 && i === 0} {...actions} />
              ))}
            </ul>
          </section>
        ))
      )}
      {left > 0 && complete && (
        <button type="button" class="more" onClick={() => setLimit(limit + PAGE)}>
          {t('showMore', String(left))}
        </button>
      )}
    </div>
  );
}
