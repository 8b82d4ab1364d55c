// Notes in IndexedDB. A save is answered only after its transaction commits with strict
// durability, so a note the reader was told is saved survives a worker stopped right after.
import type { IDBPDatabase } from 'idb';
import { mergeNotes } from '@/lib/notes/import';
import type { Note, NoteDraft } from '@/lib/protocol/note';
import type { Correction } from '@/lib/protocol/store';
import type { HamishDB } from './db';
import { addToCount, setCount } from './counts';
import { unshareFirstNotes } from './first-notes-share';
import type { NoteStores, TermsTx } from './notes-index';
import { IndexWriter } from './postings-store';
import { newestFirst, type TimeKey } from './newest-first';
import { readRecords } from './read-records';

const STRICT = { durability: 'strict' } as const;

// Every write of a note rewrites its terms and its count in the same transaction, so neither the
// word index nor the count ever disagrees with the notes.
const write = (db: IDBPDatabase<HamishDB>, stores: NoteStores = ['notes', 'terms', 'postings', 'counts']): TermsTx => {
  writes++;
  unshareFirstNotes();
  return db.transaction(stores, 'readwrite', STRICT);
};

/**
 * How many writes of the notes have begun. A read kept for later (notes-index's first page) is kept
 * only if none began while it was read: one that began after it sees the write, as IndexedDB runs
 * a read transaction after the write transactions created before it.
 */
let writes = 0;
export const notesWrites = () => writes;

export async function saveNote(
  db: IDBPDatabase<HamishDB>,
  draft: NoteDraft,
  id: string | null,
  now: number,
  newId: () => string,
): Promise<Note> {
  const tx = write(db);
  const index = new IndexWriter(tx);
  const notes = tx.objectStore('notes');
  const before = id ? await notes.get(id) : undefined;
  const note: Note = { ...draft, id: before?.id ?? newId(), created: before?.created ?? now, updated: now };
  if (before) await index.drop(before);
  await notes.put(note);
  await index.put(note);
  await index.write();
  if (!before) await addToCount(tx, 'notes', 1);
  await tx.done;
  return note;
}

export async function deleteNote(db: IDBPDatabase<HamishDB>, id: string): Promise<Note | null> {
  const tx = write(db);
  const before = await tx.objectStore('notes').get(id);
  if (before) {
    const index = new IndexWriter(tx);
    await index.drop(before);
    await index.write();
    await tx.objectStore('notes').delete(id);
    await addToCount(tx, 'notes', -1);
  }
  await tx.done;
  return before ?? null;
}

/** Undo of a delete: the note comes back exactly as it was. */
export async function restoreNote(db: IDBPDatabase<HamishDB>, note: Note): Promise<void> {
  const tx = write(db);
  const index = new IndexWriter(tx);
  const stored = await tx.objectStore('notes').get(note.id);
  if (stored) await index.drop(stored);
  await tx.objectStore('notes').put(note);
  await index.put(note);
  await index.write();
  if (!stored) await addToCount(tx, 'notes', 1);
  await tx.done;
}

/**
 * "Delete all notes": the notes move to the trash in one transaction, so Undo brings every one
 * back. The trash holds only the last such delete, and is emptied when a popup next opens.
 */
export async function deleteAllNotes(db: IDBPDatabase<HamishDB>): Promise<number> {
  const tx = write(db, ['notes', 'terms', 'postings', 'trash', 'counts']);
  const trash = tx.objectStore('trash');
  await trash.clear();
  let moved = 0;
  for (let c = await tx.objectStore('notes').openCursor(); c; c = await c.continue(), moved++) void trash.put(c.value);
  await Promise.all([
    tx.objectStore('notes').clear(),
    tx.objectStore('terms').clear(),
    tx.objectStore('postings').clear(),
    setCount(tx, 'notes', 0),
  ]);
  await tx.done;
  return moved;
}

/** Undo of "Delete all notes": every note in the trash comes back, beside any written since. */
export async function undoDeleteAll(db: IDBPDatabase<HamishDB>): Promise<number> {
  const tx = write(db, ['notes', 'terms', 'postings', 'trash', 'counts']);
  const notes = tx.objectStore('notes');
  const index = new IndexWriter(tx);
  const queued: Promise<void>[] = [];
  let restored = 0;
  let added = 0;
  for (let c = await tx.objectStore('trash').openCursor(); c; c = await c.continue()) {
    // A note saved again since the delete keeps its newer copy.
    const now = await notes.get(c.value.id);
    if (now && now.updated >= c.value.updated) continue;
    if (now) queued.push(index.drop(now));
    else added++;
    void notes.put(c.value);
    queued.push(index.put(c.value));
    restored++;
  }
  await Promise.all(queued);
  await index.write();
  await addToCount(tx, 'notes', added);
  await tx.objectStore('trash').clear();
  await tx.done;
  return restored;
}

export async function emptyTrash(db: IDBPDatabase<HamishDB>): Promise<void> {
  await db.clear('trash');
}

export type ExportOrder = 'time' | 'page';
export type ExportKey = [number, string] | [string, number, string];

/**
 * One page of the notes for a streamed export: newest first ('time'), or grouped by article
 * ('page', by address, oldest note first), continuing after `after` (the last key of the page before).
 */
export async function exportPage(
  db: IDBPDatabase<HamishDB>,
  order: ExportOrder,
  after: ExportKey | null,
  limit: number,
): Promise<{ notes: Note[]; next: ExportKey | null }> {
  const tx = db.transaction('notes');
  // One request per page (newest first: a few forward ones), not a cursor step per note.
  const { values: notes, more } =
    order === 'time'
      ? await newestFirst<Note>(
          tx.store.index('by-time'),
          'notes/by-time',
          after as TimeKey | null,
          limit,
          (n) => n.updated,
        )
      : await readRecords<Note>(tx.store.index('by-page'), after && IDBKeyRange.lowerBound(after, true), 'next', limit);
  const last = notes.at(-1);
  const next: ExportKey | null =
    more && last ? (order === 'time' ? [last.updated, last.id] : [last.url, last.updated, last.id]) : null;
  return { notes, next };
}

export const notesForUrl = (db: IDBPDatabase<HamishDB>, url: string) => db.getAllFromIndex('notes', 'by-url', url);

export async function allNotes(db: IDBPDatabase<HamishDB>): Promise<Note[]> {
  const notes = await db.getAllFromIndex('notes', 'by-updated');
  return notes.reverse();
}

export interface ImportCounts {
  added: number;
  merged: number;
  corrections: { added: number; merged: number };
}

/**
 * All or nothing: the notes and the corrections of a file in one transaction; the same id (or
 * correction key) keeps whichever copy was modified last.
 */
export async function importNotes(
  db: IDBPDatabase<HamishDB>,
  incoming: readonly Note[],
  corrections: readonly Correction[] = [],
): Promise<ImportCounts> {
  const tx = write(db, ['notes', 'terms', 'postings', 'corrections', 'counts']);
  const notes = tx.objectStore('notes');
  const index = new IndexWriter(tx);
  const queued: Promise<void>[] = [];
  // One copy per id (parseImport already merges a file's repeats), then every stored copy asked
  // for at once: the reads are queued together, not one round trip per note.
  const byId = new Map<string, Note>();
  for (const n of incoming) byId.set(n.id, mergeNotes(byId.get(n.id), n));
  const unique = [...byId.values()];
  const stored = await Promise.all(unique.map((n) => notes.get(n.id)));
  let added = 0;
  let merged = 0;
  unique.forEach((n, i) => {
    const before = stored[i];
    if (before) merged++;
    else added++;
    const kept = mergeNotes(before, n);
    if (kept === before) return;
    if (before) queued.push(index.drop(before));
    void notes.put(kept);
    queued.push(index.put(kept));
  });
  await Promise.all(queued);
  await index.write();
  if (added) await addToCount(tx, 'notes', added);
  const fixes = { added: 0, merged: 0 };
  const store = tx.objectStore('corrections');
  for (const c of corrections) {
    const before = await store.get(c.entityId);
    fixes[before ? 'merged' : 'added']++;
    if (!before || c.updated > before.updated) void store.put(c);
  }
  await tx.done;
  return { added, merged, corrections: fixes };
}
