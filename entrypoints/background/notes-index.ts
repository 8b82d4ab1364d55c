// Paging and search of the notes without reading the whole store. The list pages newest first
// through the `by-time` index and takes its total from the kept count (./counts); a search reads
// the posting lists of its terms (./note-search) and reads only the notes it shows. A search
// answers with what one bounded request found: a short page with `next` set means "ask again".
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { conditionsOf, siteTerm, tagTerm } from '@/lib/notes/terms';
import type { NoteFilter } from '@/lib/notes/search';
import type { Note } from '@/lib/protocol/note';
import { countOf } from './counts';
import { notesWrites } from './notes-store';
import { shareFirstNotes } from './first-notes-share';
import type { HamishDB } from './db';
import { size } from '@/lib/notes/postings';
import { newestFirst } from './newest-first';
import { readClose } from './read-close';
import { facetValues, LIMITS, matches, search, type WalkLimits } from './note-search';

/** Where a page of the list ends: the time and id of its last note. */
export type After = [number, string] | null;

export interface NotesPage {
  notes: Note[];
  /** How many notes match, or null when this answer did not meet them all. */
  total: number | null;
  /** Pass back to read on (even when `notes` is short of the limit); null at the end. */
  next: After;
}

/** A write transaction over the notes and their index (and the trash or the corrections). */
export type NoteStores = ('notes' | 'terms' | 'postings' | 'trash' | 'corrections' | 'counts')[];
export type TermsTx = IDBPTransaction<HamishDB, NoteStores, 'readwrite'>;

/** The `n` newest notes older than `after`, newest first, and whether older ones remain. */
const newestBelow = (db: IDBPDatabase<HamishDB>, after: After, n: number) =>
  newestFirst<Note>(db.transaction('notes').store.index('by-time'), 'notes/by-time', after, n, (v) => v.updated);

/**
 * The first page of the whole list as last read, per database: the popup asks for it each time it
 * opens, and until a note is written it is answered from here, with no read.
 */
const firstPages = new WeakMap<IDBPDatabase<HamishDB>, { writes: number; limit: number; page: NotesPage }>();

async function listPage(db: IDBPDatabase<HamishDB>, after: After, limit: number): Promise<NotesPage> {
  const kept = after === null ? firstPages.get(db) : undefined;
  if (kept && kept.writes === notesWrites() && kept.limit === limit) return kept.page;
  const writes = notesWrites();
  const [read, total] = await Promise.all([newestBelow(db, after, limit), countOf(db, 'notes')]);
  const last = read.values.at(-1);
  const page: NotesPage = { notes: read.values, total, next: read.more && last ? [last.updated, last.id] : null };
  if (after === null && writes === notesWrites()) {
    firstPages.set(db, { writes, limit, page });
    shareFirstNotes(limit, page);
  }
  return page;
}

export async function findNotes(
  db: IDBPDatabase<HamishDB>,
  filter: NoteFilter,
  after: After,
  limit: number,
  limits: WalkLimits = LIMITS,
): Promise<NotesPage> {
  const conditions = conditionsOf(filter);
  if (!conditions.length) return listPage(db, after, limit);
  // One transaction: the lists, the records and the notes read agree with each other.
  const tx = db.transaction(['postings', 'terms', 'notes']);
  const found = await search(tx, conditions, after, limit, limits);
  // Close hits (newest first) are read lowest key first in one request; others one request each.
  const notes = found.close
    ? (
        await readClose<[number, string], Note>(
          tx.objectStore('notes').index('by-time'),
          [...found.hits].reverse(),
          (n) => [n.updated, n.id],
        )
      ).reverse()
    : await Promise.all(found.hits.map(([, id]) => tx.objectStore('notes').get(id)));
  return {
    notes: notes.filter((n): n is Note => n !== undefined),
    // Known from the lists, or when the first request met every match.
    total: after === null ? (found.total ?? (found.next === null ? found.hits.length : null)) : null,
    next: found.next,
  };
}

/** Requests a count may take: past them it answers null, and the popup says "at least". */
const COUNT_STEPS = 20_000;

/**
 * How many notes meet a filter: the kept count, the size of the lists' intersection, or a whole
 * search when it ends within COUNT_STEPS; null past that.
 */
export async function countNotes(db: IDBPDatabase<HamishDB>, filter: NoteFilter): Promise<number | null> {
  const conditions = conditionsOf(filter);
  if (!conditions.length) return countOf(db, 'notes');
  const tx = db.transaction(['postings', 'terms', 'notes']);
  const lists = await matches(tx, conditions, LIMITS);
  if (lists.pairs && !lists.checked.length) return size(lists.pairs);
  const all = await search(tx, conditions, null, Infinity, { ...LIMITS, steps: COUNT_STEPS });
  return all.total ?? (all.next === null ? all.hits.length : null);
}

export async function noteFacets(db: IDBPDatabase<HamishDB>): Promise<{ tags: string[]; sites: string[] }> {
  const tx = db.transaction(['postings', 'terms', 'notes']);
  const [tags, sites] = await Promise.all([facetValues(tx, tagTerm('')), facetValues(tx, siteTerm(''))]);
  return { tags, sites };
}
