// Notes newest first, grouped by article or by name, filtered and searched. The background pages
// the list and answers searches from its word index: this list shows the rows it was given, and
// "Show more" asks for the next page, so 100,000 notes paint as fast as 100.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { groupNotes, type NoteFilter } from '@/lib/notes/search';
import type { Note } from '@/lib/protocol/note';
import type { Translate } from '../i18n';
import { NoteFilters, type GroupBy } from './NoteFilters';
import { NoteItem, type NoteActions } from './NoteItem';
import type { Facets } from './note-helpers';

export interface NotesListProps extends NoteActions {
  t: Translate;
  /** The rows read so far for the filter, newest first. */
  notes: readonly Note[];
  /** How many notes match, or null when the search cannot count them cheaply. */
  total: number | null;
  /** Whether the store holds any note at all (to tell "no notes yet" from "no match"). */
  anyNotes: boolean;
  /** false while an answer for the current filter is on its way. */
  complete?: boolean;
  /** Whether more rows can be read. */
  more: boolean;
  filter: NoteFilter;
  facets: Facets;
  onFilter: (f: NoteFilter) => void;
  onMore: () => void;
  initialGroupBy?: GroupBy;
  /**
   * Rows rendered in the list's first frame, the rest in the next: a popup shows about five, and
   * building all fifty first put off the first one's paint. All at once when unset.
   */
  paintFirst?: number;
}

export function NotesList({
  t,
  notes,
  total,
  anyNotes,
  complete = true,
  more,
  filter,
  facets,
  onFilter,
  onMore,
  initialGroupBy,
  paintFirst,
  ...actions
}: NotesListProps) {
  const [groupBy, setGroupBy] = useState<GroupBy>(initialGroupBy ?? 'article');
  const [whole, setWhole] = useState(paintFirst === undefined);
  useEffect(() => {
    if (whole) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(() => setWhole(true))));
    return () => (cancelAnimationFrame(frame), clearTimeout(timer));
  }, []);
  const shown = whole || paintFirst === undefined ? notes : notes.slice(0, paintFirst);
  const groups = useMemo(() => groupNotes(shown, groupBy), [shown, groupBy]);
  const left = total === null ? null : total - notes.length;
  return (
    <div class="notes">
      <NoteFilters t={t} filter={filter} facets={facets} groupBy={groupBy} onFilter={onFilter} onGroupBy={setGroupBy} />
      <p class="count" role="status">
        {!complete
          ? t('loading')
          : total === null
            ? t('notesCountAtLeast', String(notes.length))
            : t('notesCount', String(total))}
      </p>
      {!anyNotes && complete ? (
        <p class="empty">{t('noNotesYet')}</p>
      ) : notes.length === 0 && complete ? (
        <p class="empty">{t('noNotesMatch')}</p>
      ) : (
        groups.map((g, gi) => (
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
      {more && complete && (
        <button type="button" class="more" onClick={onMore}>
          {left !== null && left > 0 ? t('showMore', String(left)) : t('showMoreUnknown')}
        </button>
      )}
    </div>
  );
}
