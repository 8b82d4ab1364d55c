// The posting lists in IndexedDB (v6): each term's (time, doc) pairs (lib/notes/postings) in chunks
// keyed [term, first time, first doc]. A term's list is one key-range read; a write reads the chunk
// holding its oldest change and the newer ones, and rewrites only those that changed. A new note is
// the newest, so a save touches the last chunk of each of its terms.
import type { IDBPObjectStore, IDBPTransaction } from 'idb';
import { CHUNK, concat, rechunk, sortPairs, type Chunk, type Pairs } from '@/lib/notes/postings';
import { noteTerms } from '@/lib/notes/terms';
import type { Note } from '@/lib/protocol/note';
import type { HamishDB, NoteTerms } from './db';

type Mode = 'readonly' | 'readwrite' | 'versionchange';
// The stores vary with the transaction; the methods used here are the same on all of them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type PostingStore<M extends Mode> = IDBPObjectStore<HamishDB, any, 'postings', M>;
/** A chunk's key: its term and its first pair. */
export type ChunkKey = [string, number, number];
type Key = ChunkKey;

const first = (term: string): Key => [term, -Infinity, -Infinity];
const last = (term: string): Key => [term, Infinity, Infinity];

/** One term's pairs, oldest first. */
export async function readPosting(store: PostingStore<Mode>, term: string): Promise<Pairs> {
  return concat(await store.getAll(IDBKeyRange.bound(first(term), last(term))));
}

/**
 * The distinct terms that start with `prefix`, or null when there are more than `max`: one seek
 * per term (the smallest key after every chunk of a term is [term + U+0000]).
 */
export async function termsWith(store: PostingStore<Mode>, prefix: string, max: number): Promise<string[] | null> {
  const out: string[] = [];
  for (let from = prefix; ;) {
    const c = await store.openKeyCursor(IDBKeyRange.bound([from], [`${prefix}\uffff`]));
    if (!c) return out;
    if (out.push(c.key[0]) > max) return null;
    from = `${c.key[0]}\u0000`;
  }
}

/** Pairs to add to and drop from each term's list, gathered over a write and then written at once. */
export class PostingChanges {
  private byTerm = new Map<string, { add: number[]; drop: number[] }>();

  private of(term: string) {
    let c = this.byTerm.get(term);
    if (!c) this.byTerm.set(term, (c = { add: [], drop: [] }));
    return c;
  }

  add(terms: readonly string[], u: number, d: number) {
    for (const t of terms) this.of(t).add.push(u, d);
  }

  drop(terms: readonly string[], u: number, d: number) {
    for (const t of terms) this.of(t).drop.push(u, d);
  }

  async write(store: PostingStore<'readwrite' | 'versionchange'>): Promise<void> {
    await Promise.all([...this.byTerm].map(([term, c]) => writeTerm(store, term, sortPairs(c.add), sortPairs(c.drop))));
    this.byTerm.clear();
  }
}

async function writeTerm(store: PostingStore<'readwrite' | 'versionchange'>, term: string, add: Pairs, drop: Pairs) {
  const oldest = [add, drop].filter((p) => p.length).map((p): Key => [term, p[0]!, p[1]!]);
  const from = oldest.reduce((a, b) => ((a[1] - b[1] || a[2] - b[2]) <= 0 ? a : b));
  // The chunk holding the oldest change is the last one that starts at or before it.
  const holder = await store.openKeyCursor(IDBKeyRange.bound(first(term), from), 'prev');
  const range = IDBKeyRange.bound(holder?.key ?? first(term), last(term));
  const [keys, values] = await Promise.all([store.getAllKeys(range), store.getAll(range)]);
  const chunks: Chunk[] = keys.map((k, i) => ({ low: [k[1], k[2]], pairs: values[i]! }));
  const plan = rechunk(chunks, add, drop, CHUNK);
  for (const [u, d] of plan.drop) void store.delete([term, u, d]);
  await Promise.all(plan.put.map((p) => store.put(p, [term, p[0]!, p[1]!])));
}

type IndexTx = IDBPTransaction<
  HamishDB,
  ('notes' | 'terms' | 'postings' | 'trash' | 'corrections' | 'counts')[],
  'readwrite'
>;

/**
 * A write's changes to the word index: each note dropped or put gives or takes its record and its
 * pairs; `write` stores the lists. Call drop before put for the same note: the record's delete is
 * queued at once, so it cannot land after the new record.
 */
export class IndexWriter {
  private changes = new PostingChanges();
  private given = 0;
  private base: Promise<number> | null = null;

  constructor(private tx: IndexTx) {}

  async drop(stored: Note): Promise<void> {
    const terms = this.tx.objectStore('terms');
    const key: [number, string] = [stored.updated, stored.id];
    const read = terms.get(key);
    void terms.delete(key);
    const rec = await read;
    if (rec?.d !== undefined) this.changes.drop(rec.t, rec.u, rec.d);
  }

  async put(n: Note): Promise<void> {
    // Numbers go on from the largest in use; one read per write, then counted here.
    this.base ??= this.tx
      .objectStore('terms')
      .index('by-doc')
      .openKeyCursor(null, 'prev')
      .then((c) => (c ? c.key : 0));
    const k = ++this.given;
    const rec: NoteTerms = { u: n.updated, id: n.id, t: noteTerms(n), d: (await this.base) + k };
    void this.tx.objectStore('terms').put(rec);
    this.changes.add(rec.t, rec.u, rec.d!);
  }

  write(): Promise<void> {
    return this.changes.write(this.tx.objectStore('postings'));
  }
}

/**
 * The keys of the chunks of every term that starts with `prefix` (or, `exact`, of that term alone),
 * by term, oldest first; null when there are more than `max` terms. Keys only, a growing batch at a
 * time: a term's chunks are then read in as few requests as a search needs, knowing where each starts.
 */
export async function chunkKeys(
  store: PostingStore<Mode>,
  prefix: string,
  max: number,
  exact = false,
): Promise<Map<string, Key[]> | null> {
  const out = new Map<string, Key[]>();
  const high: IDBValidKey = exact ? last(prefix) : [`${prefix}\uffff`];
  let low: IDBValidKey = exact ? first(prefix) : [prefix];
  let open = false;
  for (let count = 64; ; count *= 4) {
    const keys = await store.getAllKeys(IDBKeyRange.bound(low, high, open), count);
    for (const k of keys) {
      let chunks = out.get(k[0]);
      if (!chunks) {
        if (out.size === max) return null;
        out.set(k[0], (chunks = []));
      }
      chunks.push(k);
    }
    if (keys.length < count) return out;
    low = keys.at(-1)!;
    open = true;
  }
}

/**
 * One term's chunks read newest first, as a search needs them: a page of a common word reads its
 * last chunk, not its whole list. The chunks' keys are known (chunkKeys), so each read is one
 * request for a run of them, twice as many as the read before, from the chunk that holds `upTo`'s time.
 */
export class NewestFirst {
  private chunks: Pairs[] = [];
  /** The newest chunk not read yet; -1 when every one up to the start is read. */
  private next: number;
  private batch = 1;

  constructor(
    private store: PostingStore<Mode>,
    private keys: readonly Key[],
    upTo: number | null,
  ) {
    let i = keys.length - 1;
    if (upTo !== null) while (i >= 0 && keys[i]![1] > upTo) i--;
    this.next = i;
  }

  /** Whether every chunk up to the start is read. */
  get done() {
    return this.next < 0;
  }

  /** The oldest pair read: the term's pairs from it on (up to the start) are all read; null when done. */
  get low(): [number, number] | null {
    const c = this.chunks.at(-1);
    return this.done || !c ? null : [c[0]!, c[1]!];
  }

  /** The pairs read, oldest first. */
  pairs(): Pairs {
    return concat([...this.chunks].reverse());
  }

  async more(): Promise<void> {
    if (this.done) return;
    const from = Math.max(0, this.next - this.batch + 1);
    const read = await this.store.getAll(IDBKeyRange.bound(this.keys[from]!, this.keys[this.next]!));
    this.chunks.push(...read.reverse());
    this.next = from - 1;
    this.batch *= 2;
  }
}
