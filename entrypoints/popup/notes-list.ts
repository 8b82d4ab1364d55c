// The popup's notes list as the background pages it: one page at a time for the current filter,
// newest first. Answers to an older filter (the reader typed on) are dropped.
import { useRef, useState } from 'preact/hooks';
import type { Facets } from '@/components/popup/note-helpers';
import type { NoteFilter } from '@/lib/notes/search';
import type { Answer, Send } from '@/lib/protocol/messages';
import type { Result } from '@/lib/result';
import type { Note } from '@/lib/protocol/note';
import { PAGE } from '@/lib/protocol/first-notes';

const MAX_PAGE = 1000;

type After = [number, string] | null;
/** The answer to the first notes/find of a filter (asked early, before the popup rendered). */
export type FirstPage = Promise<Result<Answer<'notes/find'>>>;

/**
 * `shown`: the first page of the whole list, when it was answered before the list was made (its
 * rows are then in the first render); `load` is not needed for it.
 */
export function useNotesList(send: Send, shown?: Answer<'notes/find'>) {
  const [filter, setFilter] = useState<NoteFilter>({});
  const [rows, setRows] = useState<Note[] | null>(shown?.notes ?? null);
  const [total, setTotal] = useState<number | null>(shown?.total ?? null);
  const [next, setNext] = useState<After>(shown?.next ?? null);
  const [complete, setComplete] = useState(shown !== undefined);
  const [error, setError] = useState<string | null>(null);
  /** Notes in the store, whatever the filter (for "no notes yet" and "Delete all notes"). */
  const [stored, setStored] = useState(shown?.total ?? 0);
  const [facets, setFacets] = useState<Facets>({ tags: [], sites: [] });
  const asked = useRef(0);
  const filterRef = useRef(filter);

  /**
   * Rows after `after` until `want` of them or the end. The background answers each request
   * within a bounded walk of its index, so a search whose matches are far apart comes back in
   * short pieces: each is shown as it comes, and asked on from where it stopped.
   */
  const fill = async (my: number, f: NoteFilter, after: After, want: number, rows: Note[]): Promise<void> => {
    for (;;) {
      const r = await send({ type: 'notes/find', filter: f, after, limit: want - rows.length });
      if (my !== asked.current) return;
      if (!r.ok) return setError(r.error);
      setError(null);
      rows = [...rows, ...r.value.notes];
      after = r.value.next;
      setRows(rows);
      setNext(after);
      if (after === null || rows.length >= want) return;
    }
  };

  /**
   * The first rows for a filter; `keep` rows when the list is read again after a change.
   * `asking`: the answer to that first request when it was already sent (for `keep` rows).
   */
  const load = async (f: NoteFilter, keep = PAGE, asking?: FirstPage): Promise<void> => {
    const my = ++asked.current;
    filterRef.current = f;
    setFilter(f);
    setComplete(false);
    const want = Math.min(Math.max(keep, PAGE), MAX_PAGE);
    const first = await (asking ?? send({ type: 'notes/find', filter: f, after: null, limit: want }));
    if (my !== asked.current) return;
    if (!first.ok) setError(first.error);
    else {
      setError(null);
      setRows(first.value.notes);
      setTotal(first.value.total);
      setNext(first.value.next);
      if (isEmpty(f) && first.value.total !== null) setStored(first.value.total);
      // A search that did not meet all its matches at once is counted apart, not to hold its rows.
      if (first.value.total === null)
        void send({ type: 'notes/count', filter: f }).then((r) => {
          if (my === asked.current && r.ok && r.value !== null) setTotal(r.value);
        });
      // Rows so far are shown; the count says "at least" until the search is through.
      if (first.value.next && first.value.notes.length < want)
        await fill(my, f, first.value.next, want, first.value.notes);
    }
    if (my === asked.current) setComplete(true);
  };

  const more = async (): Promise<void> => {
    if (!next || !rows) return;
    await fill(asked.current, filterRef.current, next, rows.length + PAGE, rows);
  };

  /** After the store changed: the same filter again, as many rows as were shown, and the counts. */
  const refresh = async (): Promise<void> => {
    const f = filterRef.current;
    const counted = isEmpty(f) ? null : send({ type: 'notes/find', filter: {}, after: null, limit: 1 });
    await Promise.all([
      load(f, rows?.length ?? PAGE),
      loadFacets(),
      counted?.then((r) => r.ok && r.value.total !== null && setStored(r.value.total)),
    ]);
  };

  const loadFacets = async () => {
    const r = await send({ type: 'notes/facets' });
    if (r.ok) setFacets(r.value);
  };

  return {
    filter,
    rows,
    total,
    more: next !== null,
    complete,
    error,
    stored,
    facets,
    load,
    loadMore: more,
    refresh,
    loadFacets,
  };
}

const isEmpty = (f: NoteFilter) => !f.query?.trim() && !f.type && !f.tag && !f.site;
