// The popup's first page shared in storage.session: it is the page the background answers, it is
// gone before any write of the notes is answered, and it comes back, as it is after the write, once
// the writes stop. A stale shared page would show the popup notes that are no longer so.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openHamishDB } from '@/entrypoints/background/db';
import { firstNotesSettled, shareFirstNotesIn, type SessionArea } from '@/entrypoints/background/first-notes-share';
import { findNotes } from '@/entrypoints/background/notes-index';
import {
  deleteAllNotes,
  deleteNote,
  importNotes,
  restoreNote,
  saveNote,
  undoDeleteAll,
} from '@/entrypoints/background/notes-store';
import { CardData } from '@/entrypoints/background/card-data';
import { route } from '@/entrypoints/background/router';
import { FIRST_NOTES, FIRST_NOTES_KEY } from '@/lib/protocol/first-notes';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import type { Note } from '@/lib/protocol/note';
import { note, noteId as id } from '../notes/sample';
import { noCards } from './no-cards';

/** A session area in memory that logs each change in the order it was asked for. */
function sessionArea() {
  const items = new Map<string, unknown>();
  const log: string[] = [];
  const area: SessionArea = {
    set: async (kv) => {
      for (const [k, v] of Object.entries(kv)) items.set(k, structuredClone(v));
      log.push('set');
    },
    remove: async (k) => {
      items.delete(k);
      log.push('remove');
    },
  };
  return { area, items, log };
}

async function setUp(notes: Note[]) {
  const db = await openHamishDB(`share-${Math.random()}`);
  await importNotes(db, notes);
  const session = sessionArea();
  const first = () => findNotes(db, FIRST_NOTES.filter, FIRST_NOTES.after, FIRST_NOTES.limit);
  shareFirstNotesIn(session.area, first, 0);
  return { db, session, first };
}
const shared = (items: Map<string, unknown>) =>
  (items.get(FIRST_NOTES_KEY) as { ok: true; value: { notes: Note[] } } | undefined)?.value;
const sharedIds = (items: Map<string, unknown>) => shared(items)?.notes.map((n) => n.id);

afterEach(() => shareFirstNotesIn(null));

describe('the first page shared with the popup', () => {
  const notes = [1, 2, 3].map((i) => note({ id: id(i), updated: 1000 * i }));

  it('is the answer to the popup first request, and only to it', async () => {
    const { db, session, first } = await setUp(notes);
    const page = await first();
    await firstNotesSettled();
    expect(session.items.get(FIRST_NOTES_KEY)).toEqual({ ok: true, value: page });
    expect(sharedIds(session.items)).toEqual([id(3), id(2), id(1)]);
    // Another size, a later page or a search is not the popup's first page.
    session.items.clear();
    await findNotes(db, {}, null, 10);
    await findNotes(db, {}, [3000, id(3)], FIRST_NOTES.limit);
    await findNotes(db, { query: 'guterres' }, null, FIRST_NOTES.limit);
    await firstNotesSettled();
    expect(session.items.size).toBe(0);
  });

  it('is removed as each kind of write begins, and read again as it is after the writes', async () => {
    const { db, session, first } = await setUp(notes);
    const { id: _i, created: _c, updated: _u, ...draft } = notes[0]!;
    const writes: [string, () => Promise<unknown>, string[]][] = [
      ['a new note', () => saveNote(db, { ...draft, body: 'new' }, null, 9000, () => id(5)), [id(5), id(3)]],
      ['an edit', () => saveNote(db, { ...draft, body: 'edited' }, id(1), 9100, () => 'unused'), [id(1), id(5)]],
      ['a delete', () => deleteNote(db, id(5)), [id(1), id(3)]],
      ['an undo of it', () => restoreNote(db, { ...notes[0]!, id: id(5), updated: 9000 }), [id(1), id(5)]],
      ['an import', () => importNotes(db, [note({ id: id(6), updated: 9999 })]), [id(6), id(1)]],
      ['delete all', () => deleteAllNotes(db), []],
      ['its undo', () => undoDeleteAll(db), [id(6), id(1)]],
    ];
    await first();
    for (const [what, write, newest] of writes) {
      await firstNotesSettled();
      expect(shared(session.items), `shared before ${what}`).toBeDefined();
      const done = write();
      // Removed when the write began, before the write's own requests were answered.
      expect(session.log.at(-1), what).toBe('remove');
      await done;
      await firstNotesSettled();
      expect(shared(session.items), `gone after ${what}`).toBeUndefined();
      await vi.waitFor(() => expect(shared(session.items), `read again after ${what}`).toBeDefined());
      expect(sharedIds(session.items)!.slice(0, 2), what).toEqual(newest);
      expect(shared(session.items)).toEqual(await first());
    }
  });

  it('is not shared from a read that a write overtook', async () => {
    const { db, session, first } = await setUp(notes);
    const { id: _i, created: _c, updated: _u, ...draft } = notes[0]!;
    shareFirstNotesIn(session.area, null);
    await Promise.all([first(), saveNote(db, { ...draft, body: 'x' }, null, 10_000, () => id(7))]);
    await firstNotesSettled();
    expect(session.log.at(-1)).toBe('remove');
    expect(session.items.has(FIRST_NOTES_KEY)).toBe(false);
  });
});

/** Router deps over a database of its own; the page's annotation is a fixed empty one. */
function routeDeps() {
  const name = `share-route-${Math.random()}`;
  const db = () => openHamishDB(name);
  return {
    extensionId: 'abc',
    extensionOrigin: 'chrome-extension://abc/',
    db,
    cardData: new CardData(db),
    now: () => 5000,
    newId: () => id(9),
    settings: async () => DEFAULT_SETTINGS,
    annotate: () => ({ entities: [], dates: [], facts: {}, ms: 0 }),
    cards: noCards({ show: () => true }),
  };
}
const popup = { id: 'abc', url: 'chrome-extension://abc/popup.html' };
const newsTab = { id: 'abc', url: 'https://news.example/a', tab: { id: 3 } };
/** A session area whose removals (or sets) stay pending until `done` is called. */
function stalled(which: 'set' | 'remove') {
  const pending: (() => void)[] = [];
  const wait = () => new Promise<void>((done) => pending.push(done));
  const area: SessionArea = {
    set: which === 'set' ? wait : async () => {},
    remove: which === 'remove' ? wait : async () => {},
  };
  return { area, done: () => pending.splice(0).forEach((d) => d()) };
}
const tick = () => new Promise((r) => setTimeout(r, 50));

describe('answers and the shared page', () => {
  const { id: _i, created: _c, updated: _u, ...draft } = note({ id: id(1) });

  it('a save is answered only once the shared page is removed', async () => {
    const deps = routeDeps();
    const slow = stalled('remove');
    shareFirstNotesIn(slow.area);
    let answered = false;
    const saving = route({ type: 'notes/save', draft, id: null }, popup, deps).then((r) => ((answered = true), r));
    // The note is written (a read sees it) while the removal is still pending: no answer yet.
    await vi.waitFor(async () => expect(await (await deps.db()).count('notes')).toBe(1));
    await tick();
    expect(answered).toBe(false);
    slow.done();
    expect((await saving)?.ok).toBe(true);
  });

  // Neither a page's marks nor a read of the notes is in the shared page: they do not wait for it.
  it('a page is marked and the notes read while the removal after a save is pending', async () => {
    const deps = routeDeps();
    const slow = stalled('remove');
    shareFirstNotesIn(slow.area);
    let saved = false;
    const saving = route({ type: 'notes/save', draft, id: null }, popup, deps).then((r) => ((saved = true), r));
    await vi.waitFor(async () => expect(await (await deps.db()).count('notes')).toBe(1));
    const marked = await route({ type: 'page/annotate', text: 'نص', published: null }, newsTab, deps);
    expect(marked).toEqual({ ok: true, value: { entities: [], dates: [], facts: {}, ms: 0 } });
    // Read after the write began, they see the note the write made.
    const forPage = await route({ type: 'notes/forPage', url: draft.url }, popup, deps);
    expect(forPage?.ok && (forPage.value as Note[]).map((n) => n.id)).toEqual([id(9)]);
    expect(await route({ type: 'notes/count', filter: {} }, popup, deps)).toEqual({ ok: true, value: 1 });
    expect(saved).toBe(false);
    slow.done();
    expect((await saving)?.ok).toBe(true);
  });

  it("a page is marked while the popup's first page is being shared", async () => {
    const deps = routeDeps();
    const slow = stalled('set');
    shareFirstNotesIn(slow.area);
    const { filter, after, limit } = FIRST_NOTES;
    const first = await route({ type: 'notes/find', filter, after, limit }, popup, deps);
    expect(first?.ok).toBe(true);
    const marked = await Promise.race([
      route({ type: 'page/annotate', text: 'نص', published: null }, newsTab, deps),
      tick().then(() => 'waited'),
    ]);
    expect(marked).toMatchObject({ ok: true });
    slow.done();
  });
});
