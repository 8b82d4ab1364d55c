import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { Mention, PageRecord, PageSeen } from '@/lib/protocol/store';
import { addToCount, setCount } from './counts';
import { mentionsOf, newest, type HamishDB } from './db';

type WriteTx = IDBPTransaction<HamishDB, ('pages' | 'mentions' | 'counts')[], 'readwrite'>;
const write = (db: IDBPDatabase<HamishDB>): WriteTx => db.transaction(['pages', 'mentions', 'counts'], 'readwrite');

async function dropMentionsOf(tx: WriteTx, url: string) {
  const index = tx.objectStore('mentions').index('by-url');
  for (let c = await index.openCursor(url); c; c = await c.continue()) await c.delete();
}

export async function recordPage(db: IDBPDatabase<HamishDB>, page: PageSeen, now: number): Promise<PageRecord> {
  const tx = write(db);
  const before = await tx.objectStore('pages').get(page.url);
  const record: PageRecord = {
    ...page,
    firstSeen: before?.firstSeen ?? now,
    lastSeen: now,
    entityIds: [...new Set(page.entities.map((e) => e.id))],
  };
  await tx.objectStore('pages').put(record);
  if (before) await dropMentionsOf(tx, page.url);
  for (const m of mentionsOf(record)) void tx.objectStore('mentions').put(m);
  if (!before) await addToCount(tx, 'pages', 1);
  await tx.done;
  return record;
}

export const recentPages = (db: IDBPDatabase<HamishDB>, limit: number): Promise<PageRecord[]> =>
  newest(db, 'pages', 'by-lastSeen', limit);

/** Keeps at most `max` pages, dropping the least recently seen first (with their mentions). */
export async function trimHistory(db: IDBPDatabase<HamishDB>, max: number): Promise<number> {
  const tx = write(db);
  const pages = tx.objectStore('pages');
  const kept = await tx.objectStore('counts').get('pages');
  const stored = kept ?? (await pages.count());
  let extra = stored - max;
  let dropped = 0;
  let cursor = extra > 0 ? await pages.index('by-lastSeen').openCursor() : null;
  while (cursor && extra-- > 0) {
    await dropMentionsOf(tx, cursor.value.url);
    await cursor.delete();
    dropped++;
    cursor = await cursor.continue();
  }
  if (dropped || kept === undefined) await setCount(tx, 'pages', stored - dropped);
  await tx.done;
  return dropped;
}

export async function clearHistory(db: IDBPDatabase<HamishDB>): Promise<void> {
  const tx = write(db);
  await Promise.all([
    tx.objectStore('pages').clear(),
    tx.objectStore('mentions').clear(),
    setCount(tx, 'pages', 0),
    tx.done,
  ]);
}

/**
 * Earlier pages that named an entity, newest first: a key cursor steps back over the newest
 * `limit + 1` keys (one may be the excluded page) and one bounded getAll reads them, two requests
 * however long the history, not one per record.
 */
export async function entityHistory(
  db: IDBPDatabase<HamishDB>,
  entityId: string,
  excludeUrl: string | null,
  limit = 50,
): Promise<Mention[]> {
  const store = db.transaction('mentions').store;
  const upper: [string, string, string] = [entityId, '\uffff', '\uffff'];
  let range = IDBKeyRange.bound([entityId, '', ''], upper);
  const cursor = await store.openKeyCursor(range, 'prev');
  const oldest = cursor && (await cursor.advance(limit)) ? cursor.key : null;
  if (oldest) range = IDBKeyRange.bound(oldest, upper);
  const out = (await store.getAll(range)).reverse().filter((m) => m.url !== excludeUrl);
  return out.slice(0, limit);
}
