// Notes in IndexedDB. A save is answered only after its transaction commits with strict
// durability, so a note the reader was told is saved survives a worker stopped right after.
import type { IDBPDatabase } from 'idb';
import { mergeNotes } from '@/lib/notes/import';
import type { Note, NoteDraft } from '@/lib/protocol/note';
import { newest, type HamishDB } from './db';

const STRICT = { durability: 'strict' } as const;

export async function saveNote(db: IDBPDatabase<HamishDB>, draft: NoteDraft, id: string | null, now: number, newId: () => string): Promise<Note> {
  const tx = db.transaction('notes', 'readwrite', STRICT);
  const before = id ? await tx.store.get(id) : undefined;
  const note: Note = { ...draft, id: before?.id ?? newId(), created: before?.created ?? now, updated: now };
  await tx.store.put(note);
  await tx.done;
  return note;
}

export async function deleteNote(db: IDBPDatabase<HamishDB>, id: string): Promise<Note | null> {
  const tx = db.transaction('notes', 'readwrite', STRICT);
  const before = await tx.store.get(id);
  if (before) await tx.store.delete(id);
  await tx.done;
  return before ?? null;
}

/** Undo of a delete: the note comes back exactly as it was. */
export async function restoreNote(db: IDBPDatabase<HamishDB>, note: Note): Promise<void> {
  await db.put('notes', note);
}

export const notesForUrl = (db: IDBPDatabase<HamishDB>, url: string) => db.getAllFromIndex('notes', 'by-url', url);

export async function allNotes(db: IDBPDatabase<HamishDB>): Promise<Note[]> {
  const notes = await db.getAllFromIndex('notes', 'by-updated');
  return notes.reverse();
}

/** The newest notes only, so the popup paints before a large store has been read. */
export const recentNotes = (db: IDBPDatabase<HamishDB>, limit: number): Promise<Note[]> => newest(db, 'notes', 'by-updated', limit);

/** All or nothing: one transaction; the same id keeps whichever copy was modified last. */
export async function importNotes(db: IDBPDatabase<HamishDB>, incoming: Note[]): Promise<{ added: number; merged: number }> {
  const tx = db.transaction('notes', 'readwrite', STRICT);
  let added = 0;
  let merged = 0;
  for (const n of incoming) {
    const before = await tx.store.get(n.id);
    if (before) merged++;
    else added++;
    await tx.store.put(mergeNotes(before, n));
  }
  await tx.done;
  return { added, merged };
}
