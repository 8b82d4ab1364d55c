// How many notes and pages are stored, kept as one record each (the `counts` store, v5) and
// changed in the same transaction as every write that adds or removes one. Chromium counts a store
// by walking its records, so `count()` of 100,000 notes took longer than everything else the popup
// does before its first row. A missing record is rebuilt by one real count.
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { HamishDB } from './db';

export type Counted = 'notes' | 'pages';

type CountTx = IDBPTransaction<
  HamishDB,
  ('counts' | Counted | 'terms' | 'postings' | 'trash' | 'corrections' | 'mentions')[],
  'readwrite'
>;

/**
 * Adds `by` to the count of `store`, within a write transaction over both. Call it after the
 * writes it counts are queued: a record that has to be rebuilt counts the store as they leave it.
 */
export async function addToCount(tx: CountTx, store: Counted, by: number): Promise<void> {
  const counts = tx.objectStore('counts');
  const now = await counts.get(store);
  await counts.put(now === undefined ? await tx.objectStore(store).count() : now + by, store);
}

export async function setCount(tx: CountTx, store: Counted, to: number): Promise<void> {
  await tx.objectStore('counts').put(to, store);
}

/** The count of `store`: one read, or (once, if the record is missing) a real count that is then kept. */
export async function countOf(db: IDBPDatabase<HamishDB>, store: Counted): Promise<number> {
  const kept = await db.get('counts', store);
  if (kept !== undefined) return kept;
  const tx = db.transaction(['counts', store], 'readwrite');
  const again = await tx.objectStore('counts').get(store);
  const n = again ?? (await tx.objectStore(store).count());
  if (again === undefined) await tx.objectStore('counts').put(n, store);
  await tx.done;
  return n;
}
