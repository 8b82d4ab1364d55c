// A search of the notes through the posting lists (./postings-store). Each condition's terms are
// read as sorted (time, doc) arrays, a prefix's terms merged, the conditions intersected, and the
// matches taken newest first; only the notes shown are read. A prefix that opens onto too many
// terms (ال, a single letter) is not read as lists: it is checked on each note's term record, on
// the matches of the other conditions, or on a newest-first scan of the records when none is left.
import type { IDBPTransaction } from 'idb';
import { intersect, size, union, type Pairs } from '@/lib/notes/postings';
import { meets, type Condition } from '@/lib/notes/terms';
import type { HamishDB, NoteTerms } from './db';
import { newestFirst, type TimeKey } from './newest-first';
import { chunkKeys, NewestFirst, readPosting, termsWith, type ChunkKey } from './postings-store';
import { closeNumbers, readClose } from './read-close';

type ReadTx = IDBPTransaction<HamishDB, ('notes' | 'terms' | 'postings')[], 'readonly'>;

/** How far one request goes before it answers with what it has. */
export interface WalkLimits {
  /** Term records read per answer; the reader's next page (or the popup itself) goes on from there. */
  steps: number;
  /** Distinct terms a prefix may open onto and still be read as lists; more, and it is checked per note. */
  terms: number;
}
export const LIMITS: WalkLimits = { steps: 1500, terms: 12 };

class Budget {
  used = 0;
  constructor(readonly steps: number) {}
  spend<T>(p: Promise<T>): Promise<T> {
    this.used++;
    return p;
  }
  get spent() {
    return this.used >= this.steps;
  }
  get left() {
    return this.steps - this.used;
  }
}

/**
 * The chunk keys of each distinct term that meets a condition, or null when there are more than
 * `max` terms. The terms are found first, one seek each: walking the chunk keys instead reads
 * every chunk of the terms on the way (a common word's list is megabytes: 120–490 ms for ال at
 * 100,000 notes), then only the chunk keys of the terms kept are read, all at once.
 */
async function conditionChunks(tx: ReadTx, c: Condition, max: number): Promise<Map<string, ChunkKey[]> | null> {
  const store = tx.objectStore('postings');
  if ('exact' in c) return max > 0 ? chunkKeys(store, c.exact, 1, true) : null;
  const terms = new Set<string>();
  for (const p of c.prefixes) {
    const found = await termsWith(store, p, max);
    if (!found) return null;
    for (const t of found) terms.add(t);
    if (terms.size > max) return null;
  }
  const keys = await Promise.all([...terms].map((t) => chunkKeys(store, t, 1, true)));
  return new Map(keys.flatMap((k) => [...(k ?? [])]));
}

/** The terms (with their chunk keys) of each condition that can be read as lists, and the conditions left to check. */
async function plan(tx: ReadTx, conditions: Condition[], limits: WalkLimits) {
  const terms = await Promise.all(conditions.map((c) => conditionChunks(tx, c, limits.terms)));
  return {
    read: terms.filter((t) => t !== null),
    checked: conditions.filter((_, i) => terms[i] === null),
  };
}

/** The pairs that meet every condition read as lists, read whole (null when none is), and the conditions left. */
export async function matches(tx: ReadTx, conditions: Condition[], limits: WalkLimits) {
  const { read, checked } = await plan(tx, conditions, limits);
  if (!read.length) return { pairs: null, checked };
  const store = tx.objectStore('postings');
  const lists = await Promise.all(
    read.map(async (ts) => union(await Promise.all([...ts.keys()].map((t) => readPosting(store, t))))),
  );
  return { pairs: intersect(lists), checked };
}

export interface Found {
  hits: TimeKey[];
  /** Where the next request goes on (every note at or newer than it was decided); null at the end. */
  next: TimeKey | null;
  /** How many notes meet the conditions in all, when the lists alone decided it. */
  total: number | null;
  /** Whether the hits' docs lay close together (their notes then do too: docs are numbered in time order). */
  close?: boolean;
}

/** The index of the newest pair older than `time` (or at it, with `at`); -1 when none. */
function lastBefore(p: Pairs, time: number, at: boolean): number {
  let lo = 0;
  let hi = size(p);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p[2 * mid]! < time || (at && p[2 * mid] === time)) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The newest notes older than `after` (in [time, id] order) that meet every condition, up to
 * `limit`, within the limits' steps. A short answer with `next` is not the end: ask again from there.
 * Each term's list is read newest first a chunk at a time: the matches newer than the oldest pair
 * read of every list are final, and more chunks are read only when the page needs older ones.
 */
export async function search(
  tx: ReadTx,
  conditions: Condition[],
  after: TimeKey | null,
  limit: number,
  limits: WalkLimits,
): Promise<Found> {
  const budget = new Budget(limits.steps);
  const { read, checked } = await plan(tx, conditions, limits);
  if (!read.length) return { ...(await scan(tx, checked, after, limit, budget)), total: null };
  const store = tx.objectStore('postings');
  const streams = read.map((ts) => [...ts.values()].map((keys) => new NewestFirst(store, keys, after?.[0] ?? null)));
  const all = streams.flat();
  await Promise.all(all.map((s) => s.more()));
  const byDoc = tx.objectStore('terms').index('by-doc');
  const hits: TimeKey[] = [];
  let close = true;
  // Every note newer than `from` is decided; `whole` when every note of its time is.
  let from = after;
  let whole = false;
  for (;;) {
    const lows = all.map((s) => s.low).filter((l) => l !== null);
    // Times above the newest of the lists' oldest pairs read are whole in every list.
    const floor = lows.length ? Math.max(...lows.map((l) => l[0])) : -Infinity;
    const pairs = intersect(streams.map((ss) => union(ss.map((s) => s.pairs()))));
    let i = from ? lastBefore(pairs, from[0], !whole) : size(pairs) - 1;
    while (i >= 0 && pairs[2 * i]! > floor) {
      // The next times, whole, with enough pairs for the page (more when a check may turn some
      // down), their records asked for at once: one round trip, not one per row.
      const want = Math.min((limit - hits.length) * (checked.length ? 4 : 1), Math.max(1, budget.left));
      const groups: { time: number; docs: number[] }[] = [];
      for (let n = 0; i >= 0 && pairs[2 * i]! > floor && n < want;) {
        const time = pairs[2 * i]!;
        const docs: number[] = [];
        for (; i >= 0 && pairs[2 * i] === time; i--) docs.push(pairs[2 * i + 1]!);
        groups.push({ time, docs });
        n += docs.length;
      }
      // The docs of these times at once: close together, their records in one request; else one
      // request each, and only a check needs a record's terms (its key, time and id, is all else).
      const docs = groups.flatMap((g) => g.docs).sort((a, b) => a - b);
      budget.used += docs.length;
      const near = closeNumbers(docs);
      close &&= near;
      const read: (NoteTerms | TimeKey | undefined)[] = near
        ? await readClose<number, NoteTerms>(byDoc, docs, (r) => r.d!)
        : await Promise.all(docs.map((d) => (checked.length ? byDoc.get(d) : byDoc.getKey(d))));
      const byNumber = new Map(docs.map((d, k) => [d, read[k]]));
      const idOf = (r: NoteTerms | TimeKey) => (Array.isArray(r) ? r[1] : r.id);
      for (const [g, { time, docs }] of groups.entries()) {
        // Pairs of one time are taken together: their order is the notes' ids, read with the records.
        const found = docs.map((d) => byNumber.get(d)).filter((r) => r !== undefined);
        const ids = found.map(idOf).sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
        const meet = new Set(found.filter((r) => Array.isArray(r) || meets(r.t, checked)).map(idOf));
        const partly = from && !whole && time === from[0] ? from[1] : null;
        const shown = ids.filter((id) => meet.has(id) && !(partly !== null && id >= partly));
        for (let k = 0; k < shown.length; k++) {
          hits.push([time, shown[k]!]);
          if (hits.length === limit) {
            const end = k === shown.length - 1 && g === groups.length - 1 && i < 0 && all.every((s) => s.done);
            return { hits, next: end ? null : [time, shown[k]!], total: null, close };
          }
        }
        // Every note of this time is decided; the time `after` stands on was partly decided
        // before, and an answer that stopped there would not move on.
        if (ids.length) {
          const moved = partly === null;
          from = [time, ids.at(-1)!];
          whole = true;
          if (moved && g === groups.length - 1 && budget.spent && (i >= 0 || !all.every((s) => s.done)))
            return { hits, next: from, total: null, close };
        }
      }
    }
    if (all.every((s) => s.done)) break;
    // The lists whose oldest read pair sets the floor read their next chunk.
    await Promise.all(all.filter((s) => s.low && s.low[0] >= floor).map((s) => s.more()));
  }
  return { hits, next: null, total: checked.length ? null : after ? null : hits.length, close };
}

/** Term records read per request of a scan at most: a few MB, for a count that scans on. */
const SCAN_BATCH = 4096;

/**
 * Conditions none of which can be read as lists: the term records read newest first, each checked,
 * until a page is full or the steps are spent. Such conditions are common, so a page fills fast:
 * the first request reads as many records as the page wants, each next one four times more.
 */
async function scan(tx: ReadTx, conditions: Condition[], after: TimeKey | null, limit: number, budget: Budget) {
  const hits: TimeKey[] = [];
  const store = tx.objectStore('terms');
  let upper = after;
  for (let batch = Math.min(limit, SCAN_BATCH); ; batch = Math.min(batch * 4, SCAN_BATCH)) {
    const n = Math.max(1, Math.min(batch, budget.left));
    budget.used += n;
    const read = await newestFirst(store, 'terms', upper, n, (r) => r.u);
    for (const [k, r] of read.values.entries()) {
      const key: TimeKey = [r.u, r.id];
      if (meets(r.t, conditions) && hits.push(key) === limit)
        return { hits, next: read.more || k < read.values.length - 1 ? key : null };
    }
    const oldest = read.values.at(-1);
    if (!read.more || !oldest) return { hits, next: null };
    upper = [oldest.u, oldest.id];
    if (budget.spent) return { hits, next: upper };
  }
}

/** The distinct values of one facet (tags or sites), from the terms that start with its marker. */
export async function facetValues(tx: ReadTx, prefix: string): Promise<string[]> {
  const terms = (await termsWith(tx.objectStore('postings'), prefix, Infinity)) ?? [];
  return terms.map((t) => t.slice(prefix.length)).sort((a, b) => a.localeCompare(b));
}
