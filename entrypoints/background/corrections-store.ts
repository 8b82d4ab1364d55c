// The reader's corrections in the v2 `corrections` store. Every page's annotation reads them, so
// they are kept in memory, per database, and read again only after a change.
import type { IDBPDatabase } from 'idb';
import type { Correction, CorrectionDraft } from '@/lib/protocol/store';
import { correctionKey } from '@/lib/readings';
import type { HamishDB } from './db';

const cache = new WeakMap<IDBPDatabase<HamishDB>, Promise<Map<string, Correction>>>();

export function correctionMap(db: IDBPDatabase<HamishDB>): Promise<Map<string, Correction>> {
  let m = cache.get(db);
  if (!m) {
    // Only records of the shape lib/readings defines; anything else in the store is left alone.
    m = db
      .getAll('corrections')
      .then(
        (all) =>
          new Map(
            all.filter((c) => typeof c.form === 'string' && typeof c.fromId === 'string').map((c) => [c.entityId, c]),
          ),
      );
    cache.set(db, m);
  }
  return m;
}

/** After a write elsewhere (an import): the next annotation reads the store again. */
export const forgetCorrections = (db: IDBPDatabase<HamishDB>) => void cache.delete(db);

export async function saveCorrection(db: IDBPDatabase<HamishDB>, d: CorrectionDraft, now: number): Promise<Correction> {
  const c: Correction = { entityId: correctionKey(d.fromId, d.form), ...d, updated: now };
  await db.put('corrections', c);
  cache.delete(db);
  return c;
}

export async function deleteCorrection(db: IDBPDatabase<HamishDB>, key: string): Promise<Correction | null> {
  const before = (await db.get('corrections', key)) ?? null;
  await db.delete('corrections', key);
  cache.delete(db);
  return before;
}

export async function allCorrections(db: IDBPDatabase<HamishDB>): Promise<Correction[]> {
  return [...(await correctionMap(db)).values()].sort((a, b) => b.updated - a.updated);
}
