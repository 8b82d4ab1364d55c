// The kept counts of notes and pages (v5) against a real count after every kind of write, and
// rebuilt when their record is missing.
import { describe, expect, it } from 'vitest';
import type { IDBPDatabase } from 'idb';
import { countOf } from '@/entrypoints/background/counts';
import { openHamishDB, type HamishDB } from '@/entrypoints/background/db';
import { findNotes } from '@/entrypoints/background/notes-index';
import {
  deleteAllNotes,
  deleteNote,
  importNotes,
  restoreNote,
  saveNote,
  undoDeleteAll,
} from '@/entrypoints/background/notes-store';
import { clearHistory, recordPage, trimHistory } from '@/entrypoints/background/pages-store';
import { note } from '../notes/sample';

const { id: _i, created: _c, updated: _u, ...draft } = note({});
const seen = (i: number) => ({
  url: `https://a.example/${i}`,
  title: `t${i}`,
  site: 'a.example',
  lang: 'ar',
  publishedAt: '2024-01-05',
  entities: [{ id: 'Q1', type: 'person' as const, english: 'A', arabic: 'أ' }],
});

async function agree(db: IDBPDatabase<HamishDB>, notes: number, pages: number) {
  expect(await db.count('notes')).toBe(notes);
  expect(await db.get('counts', 'notes')).toBe(notes);
  expect((await findNotes(db, {}, null, 1)).total).toBe(notes);
  expect(await db.count('pages')).toBe(pages);
  expect(await db.get('counts', 'pages')).toBe(pages);
}

describe('kept counts', () => {
  it('follow every write of notes', async () => {
    const db = await openHamishDB(`counts-${Math.random()}`);
    let k = 0;
    const newId = () => `n${k++}`;
    await agree(db, 0, 0);
    const a = await saveNote(db, draft, null, 1, newId);
    const b = await saveNote(db, draft, null, 2, newId);
    await agree(db, 2, 0);
    // An edit is not a new note.
    await saveNote(db, { ...draft, body: 'edited' }, a.id, 3, newId);
    await agree(db, 2, 0);
    await deleteNote(db, b.id);
    await agree(db, 1, 0);
    // Deleting a note that is not there changes nothing.
    await deleteNote(db, b.id);
    await agree(db, 1, 0);
    await restoreNote(db, b);
    await agree(db, 2, 0);
    // Restoring a note that is still there replaces it.
    await restoreNote(db, b);
    await agree(db, 2, 0);
    // An import counts what it adds, not what it merges, and a file's repeats once.
    const c = { ...b, id: 'c', updated: 10 };
    await importNotes(db, [{ ...b, updated: 99, body: 'newer' }, c, { ...c, updated: 11 }]);
    await agree(db, 3, 0);
    expect(await deleteAllNotes(db)).toBe(3);
    await agree(db, 0, 0);
    // Written after "Delete all": one new note, and one the trash also holds (kept, newer).
    await saveNote(db, draft, null, 20, newId);
    await restoreNote(db, { ...c, updated: 50 });
    await agree(db, 2, 0);
    expect(await undoDeleteAll(db)).toBe(2);
    await agree(db, 4, 0);
    db.close();
  });

  it('follow every write of pages', async () => {
    const db = await openHamishDB(`counts-pages-${Math.random()}`);
    for (let i = 0; i < 5; i++) await recordPage(db, seen(i), i);
    await agree(db, 0, 5);
    // Seen again: the same page.
    await recordPage(db, seen(2), 9);
    await agree(db, 0, 5);
    expect(await trimHistory(db, 3)).toBe(2);
    await agree(db, 0, 3);
    expect(await trimHistory(db, 3)).toBe(0);
    await agree(db, 0, 3);
    await clearHistory(db);
    await agree(db, 0, 0);
    db.close();
  });

  it('are rebuilt by a real count when their record is missing', async () => {
    const db = await openHamishDB(`counts-lost-${Math.random()}`);
    let k = 0;
    for (let i = 0; i < 3; i++) await saveNote(db, { ...draft, body: `n${i}` }, null, i, () => `n${k++}`);
    for (let i = 0; i < 4; i++) await recordPage(db, seen(i), i);
    await db.clear('counts');
    expect(await countOf(db, 'notes')).toBe(3);
    expect(await db.get('counts', 'notes')).toBe(3);
    // A write that meets no record counts the store as it leaves it.
    await db.delete('counts', 'notes');
    await saveNote(db, draft, null, 9, () => 'x');
    expect(await db.get('counts', 'notes')).toBe(4);
    // The history's cap counts the pages when their record is missing.
    expect(await trimHistory(db, 2)).toBe(2);
    await agree(db, 4, 2);
    db.close();
  });
});
