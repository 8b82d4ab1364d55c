// A search walked newest first through the word index. IndexedDB orders the entries of one term
// by the note's key [time, id], so a cursor per term read backwards meets that term's notes newest
// first, and a page of a common word costs a page of steps, not a read of all its entries (reading
// 20,000 keys at once took hundreds of ms in Chromium). Several conditions are joined by leapfrog:
// each cursor jumps (continuePrimaryKey) to the newest note the others can still share. A prefix
// that opens onto too many distinct terms (ال, a single letter) is not walked: it is checked on
// the note's term record, as the join or a newest-first scan of the records meets each note.
import type { IDBPIndex, IDBPTransaction } from 'idb';
import { meets, type Condition } from '@/lib/notes/terms';
import type { HamishDB } from './db';

export type TimeKey = [number, string];
type ReadTx = IDBPTransaction<HamishDB, ('notes' | 'terms')[], 'readonly'>;
type TermIndex = IDBPIndex<HamishDB, ('notes' | 'terms')[], 'terms', 'by-term', 'readonly'>;

interface TermCursor {
  key: string;
  primaryKey: TimeKey;
  continue(): Promise<TermCursor | null>;
  continuePrimaryKey(key: string, primaryKey: TimeKey): Promise<TermCursor | null>;
}

/** How far one request walks: cursor steps and records read, before it answers with what it has. */
export interface WalkLimits {
  /** Requests to IndexedDB per answer; the reader's next page (or the popup itself) goes on from there. */
  steps: number;
  /** Distinct terms a prefix may open onto and still be walked; more, and it is checked per note. */
  terms: number;
}
export const LIMITS: WalkLimits = { steps: 1500, terms: 12 };

/** Older first is negative: the order of IndexedDB keys [number, string]. */
export const cmpKey = (a: TimeKey, b: TimeKey) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);

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
}

/** The distinct terms of the index that meet a condition, or null when there are more than `max`. */
export async function conditionTerms(tx: ReadTx, c: Condition, max: number, budget = new Budget(Infinity)) {
  return termsIn(tx.objectStore('terms').index('by-term'), c, max, budget);
}

async function termsIn(index: TermIndex, c: Condition, max: number, budget: Budget): Promise<string[] | null> {
  if ('exact' in c) return max > 0 ? [c.exact] : null;
  const out = new Set<string>();
  for (const p of c.prefixes) {
    // The smallest key after every entry of a term is the term followed by U+0000: a new cursor
    // opened there seeks, where continue(key) on one cursor may step over the entries it skips.
    for (let from = p; ;) {
      const k = await budget.spend(index.openKeyCursor(IDBKeyRange.bound(from, `${p}\uffff`)));
      if (!k) break;
      out.add(k.key);
      if (out.size > max) return null;
      from = `${k.key}\u0000`;
    }
  }
  return [...out];
}

/**
 * One term's cursor, read backwards from the newest note older than `after`. The range ends before
 * the term followed by U+0000, not at only(term): Chromium opened a backwards cursor on a closed
 * bound by stepping over every entry of the term to its last.
 */
async function open(index: TermIndex, term: string, after: TimeKey | null, budget: Budget) {
  const range = IDBKeyRange.bound(term, `${term}\u0000`, false, true);
  let c = (await budget.spend(index.openKeyCursor(range, 'prev'))) as TermCursor | null;
  if (c && after && cmpKey(c.primaryKey, after) > 0) c = await budget.spend(c.continuePrimaryKey(term, after));
  if (c && after && cmpKey(c.primaryKey, after) === 0) c = await budget.spend(c.continue());
  return c;
}

/** One walked condition: the cursors of its terms, merged newest first. */
class Stream {
  constructor(private cursors: TermCursor[]) {}

  /** The newest note left, or null when the condition has no older note. */
  get head(): TimeKey | null {
    let best: TimeKey | null = null;
    for (const c of this.cursors) if (!best || cmpKey(c.primaryKey, best) > 0) best = c.primaryKey;
    return best;
  }

  /** Every cursor on a note newer than `t` jumps to `t` or the newest note older. */
  async seek(t: TimeKey, budget: Budget) {
    await this.move(
      (c) => cmpKey(c.primaryKey, t) > 0,
      (c) => budget.spend(c.continuePrimaryKey(c.key, t)),
    );
  }

  /** Every cursor on `t` steps past it. */
  async pass(t: TimeKey, budget: Budget) {
    await this.move(
      (c) => cmpKey(c.primaryKey, t) === 0,
      (c) => budget.spend(c.continue()),
    );
  }

  private async move(which: (c: TermCursor) => boolean, step: (c: TermCursor) => Promise<TermCursor | null>) {
    const moved = await Promise.all(this.cursors.map((c) => (which(c) ? step(c) : c)));
    this.cursors = moved.filter((c): c is TermCursor => c !== null);
  }
}

export interface Walked {
  hits: TimeKey[];
  /** Where the next request goes on (every note at or newer than it was decided); null at the end. */
  next: TimeKey | null;
}

/**
 * The newest notes older than `after` that meet every condition, up to `limit`, within the
 * limits' steps. A short answer with `next` is not the end: the caller asks again from `next`.
 */
export async function walk(
  tx: ReadTx,
  conditions: Condition[],
  after: TimeKey | null,
  limit: number,
  limits: WalkLimits,
): Promise<Walked> {
  const budget = new Budget(limits.steps);
  const index = tx.objectStore('terms').index('by-term');
  const terms = await Promise.all(conditions.map((c) => termsIn(index, c, limits.terms, budget)));
  const checked = conditions.filter((_, i) => terms[i] === null);
  const walked = terms.filter((t): t is string[] => t !== null);
  if (!walked.length) return scan(tx, checked, after, limit, budget);
  const streams: Stream[] = [];
  for (const ts of walked) {
    const cursors = await Promise.all(ts.map((t) => open(index, t, after, budget)));
    streams.push(new Stream(cursors.filter((c): c is TermCursor => c !== null)));
  }
  const hits: TimeKey[] = [];
  const heads = () => streams.map((s) => s.head);
  for (let now = heads(); !now.includes(null); now = heads()) {
    // No note newer than the oldest head can be in every stream.
    const t = (now as TimeKey[]).reduce((a, b) => (cmpKey(a, b) <= 0 ? a : b));
    if (now.every((h) => cmpKey(h!, t) === 0)) {
      const record = checked.length ? await budget.spend(tx.objectStore('terms').get(t)) : null;
      if (!checked.length || (record && meets(record.t, checked))) hits.push(t);
      await Promise.all(streams.map((s) => s.pass(t, budget)));
      if (streams.some((s) => s.head === null)) break;
      // `t` and every newer note are decided.
      if (hits.length === limit || budget.spent) return { hits, next: t };
    } else {
      await Promise.all(streams.map((s) => s.seek(t, budget)));
      // Unless every stream now stands on `t` (a match to check), a stream stepped over it: `t` and
      // every newer note are decided.
      if (budget.spent && !heads().every((h) => h && cmpKey(h, t) === 0)) return { hits, next: t };
    }
  }
  return { hits, next: null };
}

/**
 * Conditions none of which can be walked: the term records read newest first, each checked,
 * until a page is full or the steps are spent. Such conditions are common, so a page fills fast.
 */
async function scan(tx: ReadTx, conditions: Condition[], after: TimeKey | null, limit: number, budget: Budget) {
  const hits: TimeKey[] = [];
  const range = after ? IDBKeyRange.upperBound(after, true) : null;
  let c = await budget.spend(tx.objectStore('terms').openCursor(range, 'prev'));
  while (c) {
    const key: TimeKey = [c.value.u, c.value.id];
    const full = meets(c.value.t, conditions) && hits.push(key) === limit;
    c = await budget.spend(c.continue());
    if (c && (full || budget.spent)) return { hits, next: key };
  }
  return { hits, next: null };
}
