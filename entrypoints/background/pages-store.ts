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

/** Keeps at most `max` pages, dropping the least recently seen first. */
export async function trimHistory(db: IDBPDatabase<HamishDB>, max: number): Promise<number> {
  const tx = db.transaction('pages', 'readwrite');
  let extra = (await tx.store.count()) - max;
  let dropped = 0;
  let cursor = extra > 0 ? await tx.store.index('by-lastSeen').openCursor() : null;
  while (cursor && extra-- > 0) {
    await cursor.delete();
    dropped++;
    cursor = await cursor.continue();
  }
  await tx.done;
  return dropped;
}

export async function clearHistory(db: IDBPDatabase<HamishDB>): Promise<void> {
  await db.clear('pages');
}

/** Earlier pages that named an entity, newest first. */
export async function pagesWithEntity(db: IDBPDatabase<HamishDB>, entityId: string, excludeUrl: string | null, limit = 50): Promise<PageRecord[]> {
  const pages = await db.getAllFromIndex('pages', 'by-entity', entityId);
  return pages
    .filter((p) => p.url !== excludeUrl)
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || b.lastSeen - a.lastSeen)
    .slice(0, limit);
}
