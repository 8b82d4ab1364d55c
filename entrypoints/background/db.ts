// The background is the only owner of the database. Versions are an append-only list of
// upgrades: a new version adds a step at the end and never edits an earlier one, so every
// install upgrades through the same path and keeps its data.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { SeenEntity } from '@/lib/messages';
import type { Note } from '@/lib/notes/types';

export const DB_NAME = 'hamish';

export interface PageRecord {
  url: string;
  title: string;
  site: string;
  lang: string;
  publishedAt: string | null;
  firstSeen: number;
  lastSeen: number;
  entities: SeenEntity[];
  /** Entity ids, indexed (multiEntry) so the timeline finds earlier pages naming an entity. */
  entityIds: string[];
}

/** The reader's own English name for an entity, preferred over the gazetteer's. */
export interface Correction {
  entityId: string;
  english: string;
  updated: number;
}

export interface HamishDB extends DBSchema {
  pages: {
    key: string;
    value: PageRecord;
    indexes: { 'by-lastSeen': number; 'by-site': string; 'by-entity': string };
  };
  notes: {
    key: string;
    value: Note;
    indexes: { 'by-url': string; 'by-entity': string; 'by-tag': string; 'by-updated': number };
  };
  corrections: {
    key: string;
    value: Correction;
  };
}

type UpgradeTx = IDBPTransaction<HamishDB, StoreNames<HamishDB>[], 'versionchange'>;
type Upgrade = (db: IDBPDatabase<HamishDB>, tx: UpgradeTx) => void;

export const UPGRADES: readonly Upgrade[] = [
  // v1: pages the reader opened, for the timeline and the popup.
  (db) => {
    const pages = db.createObjectStore('pages', { keyPath: 'url' });
    pages.createIndex('by-lastSeen', 'lastSeen');
    pages.createIndex('by-site', 'site');
    pages.createIndex('by-entity', 'entityIds', { multiEntry: true });
  },
  // v2: the reader's notes and corrections.
  (db) => {
    const notes = db.createObjectStore('notes', { keyPath: 'id' });
    notes.createIndex('by-url', 'url');
    notes.createIndex('by-entity', 'entity.id');
    notes.createIndex('by-tag', 'tags', { multiEntry: true });
    notes.createIndex('by-updated', 'updated');
    db.createObjectStore('corrections', { keyPath: 'entityId' });
  },
];

export const DB_VERSION = UPGRADES.length;

export function openHamishDB(name = DB_NAME, version = DB_VERSION): Promise<IDBPDatabase<HamishDB>> {
  return openDB<HamishDB>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) UPGRADES[v]!(db, tx);
    },
  });
}
