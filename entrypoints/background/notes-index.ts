// Paging and search of the notes without reading the whole store. The list pages newest first
// through the `by-time` index; a search reads, for each condition, the index entries of its terms
// (each with the note's time), intersects them and reads only the notes it shows. A condition so
// common that its entries pass CAP (a one-letter prefix, the article ال) is instead checked on the
// notes as a newest-first scan meets them, which fills a page fast exactly because such matches
// are common.
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { conditionsOf, meets, siteTerm, tagTerm, type Condition } from '@/lib/notes/terms';
import type { NoteFilter } from '@/lib/notes/search';
import type { Note } from '@/lib/protocol/note';
import { termsOf, type HamishDB } from './db';

/** Where a page of the list ends: the time and id of its last note. */
export type After = [number, string] | null;

export interface NotesPage {
  notes: Note[];
  /** How many notes match, or null when the index alone cannot tell (see above). */
  total: number | null;
  /** Pass back to read the next page; null at the end. */
  next: After;
}

/** A write transaction over the notes and their terms (and the trash or the corrections). */
export type NoteStores = ('notes' | 'terms' | 'trash' | 'corrections')[];
export type TermsTx = IDBPTransaction<HamishDB, NoteStores, 'readwrite'>;

/** Index entries read per condition before it counts as too common to intersect. */
const CAP = 2000;
/** Notes a scan reads for one page before it answers with what it found. */
const SCAN = 2000;

/** Drops the terms of a note as it is stored (its time is part of their key). */
export function dropTerms(tx: TermsTx, stored: Note): Promise<void> {
  return tx.objectStore('terms').delete([stored.updated, stored.id]);
}

export async function putTerms(tx: TermsTx, n: Note): Promise<void> {
  await tx.objectStore('terms').put(termsOf(n));
}

const before = (after: After) => (after ? IDBKeyRange.upperBound(after, true) : null);
const newer = (a: [number, string], b: [number, string]) => b[0] - a[0] || (a[1] < b[1] ? 1 : a[1] > b[1] ? -1 : 0);

/** The newest `limit` notes older than `after` that pass `test`, in the list's order. */
async function pageByTime(
  db: IDBPDatabase<HamishDB>,
  after: After,
  limit: number,
  test?: (n: Note) => boolean,
): Promise<{ notes: Note[]; next: After }> {
  const notes: Note[] = [];
  let last: After = null;
  let read = 0;
  let c = await db.transaction('notes').store.index('by-time').openCursor(before(after), 'prev');
  for (; c && notes.length < limit && read < SCAN; c = await c.continue(), read++) {
    last = [c.value.updated, c.value.id];
    if (!test || test(c.value)) notes.push(c.value);
  }
  return { notes, next: c ? last : null };
}

/** The ids (with times) whose terms meet one condition, or null when there are more than CAP. */
async function idsFor(db: IDBPDatabase<HamishDB>, c: Condition, cap: number): Promise<Map<string, number> | null> {
  const index = db.transaction('terms').store.index('by-term');
  const ranges = 'exact' in c ? [IDBKeyRange.only(c.exact)] : c.prefixes.map((p) => IDBKeyRange.bound(p, `${p}\uffff`));
  const out = new Map<string, number>();
  for (const r of ranges) {
    const keys = await index.getAllKeys(r, cap + 1);
    if (keys.length > cap) return null;
    for (const [u, id] of keys) out.set(id, u);
  }
  return out.size > cap ? null : out;
}

export async function findNotes(
  db: IDBPDatabase<HamishDB>,
  filter: NoteFilter,
  after: After,
  limit: number,
  cap = CAP,
): Promise<NotesPage> {
  const conditions = conditionsOf(filter);
  if (!conditions.length) {
    const [page, total] = await Promise.all([pageByTime(db, after, limit), db.count('notes')]);
    return { notes: page.notes, total, next: page.next };
  }
  const sets = await Promise.all(conditions.map((c) => idsFor(db, c, cap)));
  const known = sets.filter((s): s is Map<string, number> => s !== null);
  const rest = conditions.filter((_, i) => sets[i] === null);
  if (!known.length) {
    const page = await pageByTime(db, after, limit, (n) => meets(n, rest));
    return { notes: page.notes, total: null, next: page.next };
  }
  const [first, ...others] = known.sort((a, b) => a.size - b.size);
  const hits: [number, string][] = [];
  for (const [id, u] of first!) if (others.every((s) => s.has(id))) hits.push([u, id]);
  hits.sort(newer);
  const start = after ? hits.findIndex((h) => newer(h, after) > 0) : 0;
  const tail = start < 0 ? [] : hits.slice(start);
  const tx = db.transaction('notes');
  const notes: Note[] = [];
  let i = 0;
  for (; i < tail.length && notes.length < limit; i++) {
    const n = await tx.store.get(tail[i]![1]);
    // A note edited since its terms were read, or a common condition, is checked on the note itself.
    if (n && meets(n, rest)) notes.push(n);
  }
  const next = i < tail.length ? tail[i - 1]! : null;
  return { notes, total: rest.length ? null : hits.length, next };
}

/** The distinct values of one facet (tags or sites): one index step per value, however many notes. */
async function facetValues(db: IDBPDatabase<HamishDB>, prefix: string): Promise<string[]> {
  const out: string[] = [];
  let c = await db
    .transaction('terms')
    .store.index('by-term')
    .openKeyCursor(IDBKeyRange.bound(prefix, `${prefix}\uffff`), 'nextunique');
  for (; c; c = await c.continue()) out.push(c.key.slice(prefix.length));
  return out.sort((a, b) => a.localeCompare(b));
}

export async function noteFacets(db: IDBPDatabase<HamishDB>): Promise<{ tags: string[]; sites: string[] }> {
  const [tags, sites] = await Promise.all([facetValues(db, tagTerm('')), facetValues(db, siteTerm(''))]);
  return { tags, sites };
}
