// The v6 upgrade (posting lists) on a store of a thousand notes written at v5: it fills the
// lists in batches, so it must give the same answers as the writes of a fresh store, and a stop in
// the middle (the worker killed) must leave v5 untouched for the next open to redo it whole.
import { describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { DB_VERSION, openHamishDB, runUpgrades, termsOf, UPGRADES, type HamishDB } from '@/entrypoints/background/db';
import { countNotes, findNotes } from '@/entrypoints/background/notes-index';
import { deleteNote, importNotes, saveNote } from '@/entrypoints/background/notes-store';
import type { NoteFilter } from '@/lib/notes/search';
import type { Note } from '@/lib/protocol/note';
import { note } from '../notes/sample';

// Chunks of 16 pairs, so that every list here spans many chunks: a search reads them newest first
// and a write rewrites and splits them, as at 100,000 notes with the shipped size.
vi.mock('@/lib/notes/postings', async (actual) => ({ ...(await actual<object>()), CHUNK: 16 }));

const WORDS = ['ceasefire', 'talks', 'oil', 'border', 'aid', 'summit', 'budget'];
/** More notes than one batch of the upgrade; some share a time, so the order falls back to the id. */
const NOTES: Note[] = Array.from({ length: 1100 }, (_, i) =>
  note({
    id: `0b1c2d3e-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
    updated: 1_700_000_000_000 + Math.floor(i / 2) * 1000,
    body: `${WORDS[i % WORDS.length]} and ${WORDS[(i * 3) % WORDS.length]} r${i}`,
    tags: [`t${i % 5}`],
    site: `s${i % 3}.example`,
    url: `https://s${i % 3}.example/${i}`,
  }),
);

/** A v5 store as a v5 reader has it: notes, their term records and the counts. */
async function atV5(name: string) {
  const old = await openDB<HamishDB>(name, 5, {
    upgrade(db, from, _to, tx) {
      for (let v = from; v < 5; v++) void UPGRADES[v]!(db, tx);
    },
  });
  const tx = old.transaction(['notes', 'terms', 'counts'], 'readwrite');
  for (const n of NOTES) {
    void tx.objectStore('notes').put(n);
    void tx.objectStore('terms').put(termsOf(n));
  }
  void tx.objectStore('counts').put(NOTES.length, 'notes');
  await tx.done;
  old.close();
}

const FILTERS: NoteFilter[] = [
  { query: 'ceasefire' },
  { query: 'ceasefire talks' },
  { query: 'ceasefire', tag: 't2' },
  { query: 'bud', site: 's1.example' },
  { query: 'r25' },
  { query: 'r1099' },
  { tag: 't4' },
  { query: 'nothing' },
];
const want = (f: NoteFilter, notes: Note[]) =>
  notes
    .filter((n) => (f.query ?? '').split(' ').every((w) => !w || n.body.split(/\W+/).some((b) => b.startsWith(w))))
    .filter((n) => !f.tag || n.tags.includes(f.tag))
    .filter((n) => !f.site || n.site === f.site)
    .sort((a, b) => b.updated - a.updated || (a.id < b.id ? 1 : -1))
    .map((n) => n.id);

async function answers(db: Awaited<ReturnType<typeof openHamishDB>>, f: NoteFilter, limit = 100) {
  const seen: string[] = [];
  let after: [number, string] | null = null;
  do {
    const page = await findNotes(db, f, after, limit);
    seen.push(...page.notes.map((n) => n.id));
    after = page.next;
  } while (after);
  return seen;
}

describe('upgrade to v6 with a thousand notes', { timeout: 120_000 }, () => {
  it('fills the lists to give what a fresh store gives', async () => {
    const name = `v6-${Math.random()}`;
    await atV5(name);
    const db = await openHamishDB(name);
    expect(db.version).toBe(DB_VERSION);
    // Every record has its own doc number.
    const docs = (await db.getAll('terms')).map((r) => r.d);
    expect(new Set(docs).size).toBe(NOTES.length);
    expect(await db.count('postings', IDBKeyRange.bound(['ceasefire'], ['ceasefire\u0000']))).toBeGreaterThan(10);
    for (const f of FILTERS) {
      expect(await answers(db, f)).toEqual(want(f, NOTES));
      expect(await answers(db, f, 7)).toEqual(want(f, NOTES));
      expect(await countNotes(db, f)).toBe(want(f, NOTES).length);
    }
    // Writes after the upgrade go on from its numbers.
    const [first] = NOTES;
    await saveNote(db, { ...first!, body: 'ceasefire edited' }, first!.id, 1_800_000_000_000, () => 'unused');
    await deleteNote(db, NOTES[7]!.id);
    const now = [
      { ...first!, body: 'ceasefire edited', updated: 1_800_000_000_000 },
      ...NOTES.slice(1).filter((n) => n.id !== NOTES[7]!.id),
    ];
    for (const f of FILTERS) expect(await answers(db, f)).toEqual(want(f, now));
    db.close();
  });

  it('stopped midway, leaves v5 as it was; the next open redoes it', async () => {
    const name = `v6-stop-${Math.random()}`;
    await atV5(name);
    const stopped = openDB<HamishDB>(name, 6, {
      upgrade(db, from, to, tx) {
        void tx.done.catch(() => undefined);
        void runUpgrades(db, tx, from, to ?? 6);
        // Stop once the first lists are written, as a worker killed during the upgrade would.
        const watch = async (): Promise<void> => {
          if ((await tx.objectStore('postings').count()) > 0) return tx.abort();
          return watch();
        };
        void watch().catch(() => undefined);
      },
    });
    await expect(stopped).rejects.toThrow();
    const v5 = await openDB<HamishDB>(name);
    expect(v5.version).toBe(5);
    expect(v5.objectStoreNames.contains('postings')).toBe(false);
    expect(await v5.count('notes')).toBe(NOTES.length);
    expect((await v5.getAll('terms')).every((r) => r.d === undefined)).toBe(true);
    v5.close();

    const db = await openHamishDB(name);
    for (const f of FILTERS) expect(await answers(db, f)).toEqual(want(f, NOTES));
    db.close();
  });

  it('an import of the same notes into an empty v6 store answers the same', async () => {
    const db = await openHamishDB(`v6-import-${Math.random()}`);
    await importNotes(db, NOTES);
    for (const f of FILTERS) expect(await answers(db, f)).toEqual(want(f, NOTES));
    db.close();
  });
});
