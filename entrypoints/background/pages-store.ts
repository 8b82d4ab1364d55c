import type { IDBPDatabase } from 'idb';
import type { PageSeen } from '@/lib/messages';
import type { HamishDB, PageRecord } from './db';

export async function recordPage(db: IDBPDatabase<HamishDB>, page: PageSeen, now: number): Promise<PageRecord> {
  const tx = db.transaction('pages', 'readwrite');
  const before = await tx.store.get(page.url);
  const record: PageRecord = {
    ...page,
    firstSeen: before?.firstSeen ?? now,
    lastSeen: now,
    entityIds: [...new Set(page.entities.map((e) => e.id))],
  };
  await tx.store.put(record);
  await tx.done;
  return record;
}

export async function recentPages(db: IDBPDatabase<HamishDB>, limit: number): Promise<PageRecord[]> {
  const out: PageRecord[] = [];
  let cursor = await db.transaction('pages').store.index('by-lastSeen').openCursor(null, 'prev');
  while (cursor && out.length < limit) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}
