// Paging and search of the notes without reading the whole store. The list pages newest first
// through the `by-time` index and takes its total from the kept count (./counts); a search reads,
// for each condition, the index entries of its terms (each with the note's time), intersects them
// and reads only the notes it shows. A condition so common that its entries pass CAP (a one-letter
// prefix, the article ال) is instead checked on the notes' term records as a newest-first scan
// meets them, which fills a page fast exactly because such matches are common.
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { conditionsOf, meets, siteTerm, tagTerm, type Condition } from '@/lib/notes/terms';
import type { NoteFilter } from '@/lib/notes/search';
import type { Note } from '@/lib/protocol/note';
import { countOf } from './counts';
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
export type NoteStores = ('notes' | 'terms' | 'trash' | 'corrections' | 'counts')[];
export type TermsTx = IDBPTransaction<HamishDB, NoteStores, 'readwrite'>;

/** Index entries read per condition before it counts as too common to intersect. */
const CAP = 2000;
/** Word-index records a scan reads for one page before it answers with what it found. */
const SCAN = 2000;
/** Index matches whose other conditions are checked at once (their term records read together). */
const BATCH = 250;

type TimeKey = [number, string];
type ReadTx = IDBPTransaction<HamishDB, ('notes' | 'terms')[], 'readonly'>;

/** Drops the terms of a note as it is stored (its time is part of their key). */
export function dropTerms(tx: TermsTx, stored: Note): Promise<void> {
  return tx.objectStore('terms').delete([stored.updated, stored.id]);
}

export async function putTerms(tx: TermsTx, n: Note): Promise<void> {
  await tx.objectStore('terms').put(termsOf(n));
}

const before = (after: After) => (after ? IDBKeyRange.upperBound(after, true) : null);
const newer = (a: TimeKey, b: TimeKey) => b[0] - a[0] || (a[1] < b[1] ? 1 : a[1] > b[1] ? -1 : 0);

interface Cursor<V> {
  value: V;
  continue(): Promise<Cursor<V> | null>;
}
/** A store or index keyed by [time, id]: the notes' `by-time` index, or the terms store. */
interface ByTime<V> {
  openCursor(range: IDBKeyRange | null, direction: 'prev'): Promise<Cursor<V> | null>;
}

/**
 * The `n` newest records older than `after`, newest first, and whether older ones remain. One
 * cursor (Chromium prefetches its records in batches). A key cursor's advance and one getAll
 * would be fewer requests, but in Chromium 156 such a read after advance() came back unbounded.
 */
async function newestBelow<V>(source: ByTime<V>, after: After, n: number): Promise<{ values: V[]; more: boolean }> {
  const values: V[] = [];
  let c = await source.openCursor(before(after), 'prev');
  for (; c && values.length < n; c = await c.continue()) values.push(c.value);
  return { values, more: c !== null };
}

/** The ids (with times) whose terms meet one condition, or null when there are more than CAP. */
async function idsFor(tx: ReadTx, c: Condition, cap: number): Promise<Map<string, number> | null> {
  const index = tx.objectStore('terms').index('by-term');
  const ranges = 'exact' in c ? [IDBKeyRange.only(c.exact)] : c.prefixes.map((p) => IDBKeyRange.bound(p, `${p}\uffff`));
  const out = new Map<string, number>();
  for (const r of ranges) {
    const keys = await index.getAllKeys(r, cap + 1);
    if (keys.length > cap) return null;
    for (const [u, id] of keys) out.set(id, u);
  }
  return out.size > cap ? null : out;
}

/**
 * Conditions too common for the index: the word index read newest first, each note's terms
 * checked, until a page is full or SCAN records were read. Common matches fill a page fast.
 */
async function scan(tx: ReadTx, conditions: Condition[], after: After, limit: number) {
  const hits: TimeKey[] = [];
  let last = after;
  let more = true;
  for (let read = 0, size = limit; more && hits.length < limit && read < SCAN; size = Math.min(size * 2, SCAN - read)) {
    const chunk = await newestBelow(tx.objectStore('terms'), last, size);
    const i = chunk.values.findIndex((r) => meets(r.t, conditions) && hits.push([r.u, r.id]) === limit);
    const seen = i < 0 ? chunk.values : chunk.values.slice(0, i + 1);
    read += seen.length;
    more = chunk.more || seen.length < chunk.values.length;
    const end = seen.at(-1);
    if (end) last = [end.u, end.id];
  }
  return { hits, next: more ? last : null };
}

/** The newest of `keys` (a sorted run of index matches) whose terms meet `rest`, up to `limit`. */
async function check(tx: ReadTx, keys: TimeKey[], rest: Condition[], limit: number) {
  if (!rest.length) return { hits: keys.slice(0, limit), next: keys.length > limit ? keys[limit - 1]! : null };
  const hits: TimeKey[] = [];
  for (let i = 0; i < keys.length; i += BATCH) {
    const batch = keys.slice(i, i + BATCH);
    const records = await Promise.all(batch.map((k) => tx.objectStore('terms').get(k)));
    const j = records.findIndex((r, j) => r !== undefined && meets(r.t, rest) && hits.push(batch[j]!) === limit);
    if (j >= 0) return { hits, next: i + j + 1 < keys.length ? batch[j]! : null };
  }
  return { hits, next: null };
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
    const [page, total] = await Promise.all([
      newestBelow(db.transaction('notes').store.index('by-time'), after, limit),
      countOf(db, 'notes'),
    ]);
    const last = page.values.at(-1);
    return { notes: page.values, total, next: page.more && last ? [last.updated, last.id] : null };
  }
  // One transaction: the index, the terms and the notes read agree with each other.
  const tx = db.transaction(['terms', 'notes']);
  const sets = await Promise.all(conditions.map((c) => idsFor(tx, c, cap)));
  const known = sets.filter((s): s is Map<string, number> => s !== null);
  const rest = conditions.filter((_, i) => sets[i] === null);
  let found: { hits: TimeKey[]; next: After };
  let total: number | null = null;
  if (!known.length) found = await scan(tx, rest, after, limit);
  else {
    const [first, ...others] = known.sort((a, b) => a.size - b.size);
    const all: TimeKey[] = [];
    for (const [id, u] of first!) if (others.every((s) => s.has(id))) all.push([u, id]);
    all.sort(newer);
    if (!rest.length) total = all.length;
    found = await check(tx, after ? all.filter((h) => newer(h, after) > 0) : all, rest, limit);
  }
  const notes = await Promise.all(found.hits.map(([, id]) => tx.objectStore('notes').get(id)));
  return { notes: notes.filter((n): n is Note => n !== undefined), total, next: found.next };
}

/**
 * The distinct values of one facet (tags or sites): one seek per value, however many notes. A
 * 'nextunique' cursor would do, but Chromium steps it over every duplicate, which at 100,000
 * notes held the database for the first search after the popup opened.
 */
async function facetValues(db: IDBPDatabase<HamishDB>, prefix: string): Promise<string[]> {
  const out: string[] = [];
  let c = await db
    .transaction('terms')
    .store.index('by-term')
    .openKeyCursor(IDBKeyRange.bound(prefix, `${prefix}\uffff`));
  // The smallest key after every entry of this value is the value followed by U+0000.
  for (; c; c = await c.continue(`${c.key}\u0000`)) out.push(c.key.slice(prefix.length));
  return out.sort((a, b) => a.localeCompare(b));
}

export async function noteFacets(db: IDBPDatabase<HamishDB>): Promise<{ tags: string[]; sites: string[] }> {
  const [tags, sites] = await Promise.all([facetValues(db, tagTerm('')), facetValues(db, siteTerm(''))]);
  return { tags, sites };
}
