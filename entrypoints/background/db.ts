// The background is the only owner of the database. Versions are an append-only list of
// upgrades: a new version adds a step at the end and never edits an earlier one, so every
// install upgrades through the same path and keeps its data.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type IndexNames, type StoreNames } from 'idb';
import { noteTerms } from '@/lib/notes/terms';
import { PostingChanges } from './postings-store';
import type { Note } from '@/lib/protocol/note';
import type { Correction, Mention, PageRecord } from '@/lib/protocol/store';

export const DB_NAME = 'hamish';

export interface HamishDB extends DBSchema {
  pages: {
    key: string;
    value: PageRecord;
    indexes: { 'by-lastSeen': number; 'by-site': string; 'by-entity': string };
  };
  notes: {
    key: string;
    value: Note;
    indexes: {
      'by-url': string;
      'by-entity': string;
      'by-tag': string;
      'by-updated': number;
      'by-time': [number, string];
      'by-page': [string, number, string];
      'by-entity-time': [string, number, string];
    };
  };
  corrections: {
    key: string;
    value: Correction;
  };
  mentions: {
    key: [string, string, string];
    value: Mention;
    indexes: { 'by-url': string };
  };
  /**
   * One record per note: its terms (lib/notes/terms) and, from v6, its doc number in the posting
   * lists. Until v5 its terms were indexed here (multiEntry 'by-term'); v6 replaced that index.
   */
  terms: {
    key: [number, string];
    value: NoteTerms;
    indexes: { 'by-term': string; 'by-doc': number };
  };
  /** The word index from v6: each term's notes as packed (time, doc) pairs, in chunks (./postings-store). */
  postings: {
    key: [string, number, number];
    value: Float64Array;
  };
  /** The notes of the last "Delete all notes", kept only until the popup that deleted them closes. */
  trash: {
    key: string;
    value: Note;
  };
  /** How many records the notes and the pages stores hold (./counts). */
  counts: {
    key: 'notes' | 'pages';
    value: number;
  };
}

/**
 * A note's terms, keyed by the note's time and id: an index read answers with those keys, so a
 * search sorts its matches newest first without reading a note. One record per note keeps a write
 * to one request, however many words the note has.
 */
export interface NoteTerms {
  u: number;
  id: string;
  t: string[];
  /** The note's number in the posting lists (v6 on). */
  d?: number;
}

type UpgradeTx = IDBPTransaction<HamishDB, StoreNames<HamishDB>[], 'versionchange'>;
/** A step may go on reading and writing; the next step starts when its promise settles. */
type Upgrade = (db: IDBPDatabase<HamishDB>, tx: UpgradeTx) => void | Promise<void>;

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
  // v3: a slim mention per (entity, date, page), so an entity's timeline is one key-range read
  // however long the history; filled from the pages already recorded.
  (db, tx) => {
    const mentions = db.createObjectStore('mentions', { keyPath: ['entityId', 'date', 'url'] });
    mentions.createIndex('by-url', 'url');
    return tx
      .objectStore('pages')
      .getAll()
      .then((pages) => {
        for (const p of pages) for (const m of mentionsOf(p)) void tx.objectStore('mentions').put(m);
      });
  },
  // v4: notes paged by time and by page, a word index for search, and the undo of "Delete all".
  (db, tx) => {
    const notes = tx.objectStore('notes');
    notes.createIndex('by-time', ['updated', 'id']);
    notes.createIndex('by-page', ['url', 'updated', 'id']);
    db.createObjectStore('terms', { keyPath: ['u', 'id'] }).createIndex('by-term', 't', { multiEntry: true });
    db.createObjectStore('trash', { keyPath: 'id' });
    const fill = async () => {
      for (let c = await notes.openCursor(); c; c = await c.continue())
        void tx.objectStore('terms').put(termsOf(c.value));
    };
    return fill();
  },
  // v5: the counts of notes and pages, so neither the popup nor the history's cap counts a store.
  (db, tx) => {
    const counts = db.createObjectStore('counts');
    return Promise.all(
      (['notes', 'pages'] as const).map((store) =>
        tx
          .objectStore(store)
          .count()
          .then((n) => counts.put(n, store)),
      ),
    ).then(() => undefined);
  },
  // v6: posting lists replace the multiEntry term index, so a search intersects a few sorted arrays
  // instead of stepping a cursor per match (3 s for two common words at 100,000 notes). Each note's
  // record gets its doc number, in time order, and the lists are filled a batch of notes at a time.
  async (db, tx) => {
    const terms = tx.objectStore('terms');
    terms.deleteIndex('by-term');
    terms.createIndex('by-doc', 'd', { unique: true });
    db.createObjectStore('postings');
    let doc = 0;
    let after: [number, string] | null = null;
    for (;;) {
      const batch: NoteTerms[] = await terms.getAll(after ? IDBKeyRange.lowerBound(after, true) : null, 500);
      if (!batch.length) return;
      const changes = new PostingChanges();
      for (const r of batch) {
        const rec = { ...r, d: ++doc };
        void terms.put(rec);
        changes.add(rec.t, rec.u, rec.d);
      }
      await changes.write(tx.objectStore('postings'));
      after = [batch.at(-1)!.u, batch.at(-1)!.id];
    }
  },
  // v7: an entity's notes newest first, so the card reads the few it shows, not every note on the
  // name (a third of 100,000 notes). Notes on a passage have no entity id and stay out of it.
  (_db, tx) => {
    tx.objectStore('notes').createIndex('by-entity-time', ['entity.id', 'updated', 'id']);
  },
];

export const termsOf = (n: Note): NoteTerms => ({ u: n.updated, id: n.id, t: noteTerms(n) });

export function mentionsOf(p: PageRecord): Mention[] {
  const date = p.publishedAt ?? new Date(p.firstSeen).toISOString().slice(0, 10);
  const seen = new Set<string>();
  return p.entities
    .filter((e) => !seen.has(e.id) && seen.add(e.id))
    .map((e) => ({
      entityId: e.id,
      date,
      url: p.url,
      title: p.title,
      site: p.site,
      publishedAt: p.publishedAt,
      context: e.context ?? null,
      arabic: e.arabic,
      ...(e.dated?.length ? { dated: e.dated } : {}),
    }));
}

export const DB_VERSION = UPGRADES.length;

export function openHamishDB(name = DB_NAME, version = DB_VERSION): Promise<IDBPDatabase<HamishDB>> {
  return openDB<HamishDB>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      void runUpgrades(db, tx, oldVersion, newVersion ?? version);
    },
  });
}

/**
 * The steps one after the other in the one versionchange transaction: all of them commit, or (a
 * step failed, the worker stopped) none does and the next open starts again from the old version.
 */
export async function runUpgrades(db: IDBPDatabase<HamishDB>, tx: UpgradeTx, from: number, to: number) {
  try {
    for (let v = from; v < to; v++) await UPGRADES[v]!(db, tx);
  } catch (e) {
    console.error('Hamish: database upgrade failed, nothing was changed', e);
    try {
      tx.abort();
    } catch {
      // Already ended: the failure itself aborted it.
    }
  }
}

/**
 * The `limit` records with the highest `index` value, highest first, read by a cursor so a large
 * store is not loaded.
 */
export async function newest<S extends 'notes' | 'pages'>(
  db: IDBPDatabase<HamishDB>,
  store: S,
  index: IndexNames<HamishDB, S>,
  limit: number,
): Promise<HamishDB[S]['value'][]> {
  const out: HamishDB[S]['value'][] = [];
  let cursor = await db.transaction(store).store.index(index).openCursor(null, 'prev');
  while (cursor && out.length < limit) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}
