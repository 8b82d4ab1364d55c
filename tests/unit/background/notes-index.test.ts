// The notes list and search as the background answers them from IndexedDB (fake-indexeddb): the
// word index finds what the reader means and nothing else, stays in step with every write, and
// pages through a large store without repeating or skipping a note.
import { describe, expect, it } from 'vitest';
import { openHamishDB } from '@/entrypoints/background/db';
import { countNotes, findNotes, noteFacets, type After } from '@/entrypoints/background/notes-index';
import { LIMITS, type WalkLimits } from '@/entrypoints/background/note-search';
import {
  deleteAllNotes,
  deleteNote,
  emptyTrash,
  exportPage,
  importNotes,
  restoreNote,
  saveNote,
  undoDeleteAll,
} from '@/entrypoints/background/notes-store';
import type { NoteFilter } from '@/lib/notes/search';
import type { Note } from '@/lib/protocol/note';
import { note, noteId as id } from '../notes/sample';

const NOTES: Note[] = [
  note({ id: id(1), updated: 3000, quote: { exact: 'دعا الأمينُ العامُّ إلى هدنة', prefix: '', suffix: '' } }),
  note({
    id: id(2),
    updated: 2000,
    url: 'https://news.example/a/2',
    title: 'القاهرة تستقبل وفدًا',
    entity: { id: 'Q85', type: 'place', english: 'Cairo', arabic: 'القاهرة' },
    quote: { exact: 'وصل الوفد إلى القاهرة', prefix: '', suffix: '' },
    body: 'delegation',
    tags: ['egypt'],
  }),
  note({
    id: id(3),
    updated: 1000,
    entity: null,
    site: 'other.example',
    url: 'https://other.example/x',
    title: 'أسعار النفط',
    quote: { exact: 'ارتفعت أسعار النفط', prefix: '', suffix: '' },
    body: 'oil',
    tags: [],
  }),
  note({
    id: id(4),
    updated: 500,
    entity: null,
    url: 'https://news.example/a/4',
    title: 'بيان',
    quote: { exact: 'التقى الوزير بالقاهرة وفدا من الخرطوم', prefix: '', suffix: '' },
    body: 'minister',
    tags: ['egypt', 'sudan'],
  }),
];

async function store(notes: Note[] = NOTES) {
  const db = await openHamishDB(`index-${Math.random()}`);
  await importNotes(db, notes);
  return db;
}
const ids = (page: { notes: Note[] }) => page.notes.map((n) => n.id);
/** Every term checked on the notes' records, none walked through the index. */
const CHECKED: WalkLimits = { steps: 1e6, terms: 0 };

/** Asks again from `next` as the popup does, until `limit` notes or the end; and how many asks. */
async function fill(db: Awaited<ReturnType<typeof store>>, filter: NoteFilter, limit: number, limits: WalkLimits) {
  const notes: Note[] = [];
  let after: After = null;
  let asks = 0;
  do {
    const page = await findNotes(db, filter, after, limit - notes.length, limits);
    notes.push(...page.notes);
    after = page.next;
    asks++;
  } while (after && notes.length < limit);
  return { notes, asks };
}

describe('search through the word index', () => {
  it.each<[string, NoteFilter, number[]]>([
    ['no diacritics, bare alef for hamza', { query: 'الامين العام' }, [1]],
    ['with diacritics', { query: 'الأمينُ' }, [1]],
    ['English, any case', { query: 'GUTERRES' }, [1]],
    ['a word as it is being typed', { query: 'guter' }, [1]],
    ['ta marbuta written as ha', { query: 'القاهره' }, [2, 4]],
    ['a proclitic on the note (بالقاهرة)', { query: 'القاهرة' }, [2, 4]],
    ['a proclitic on the query', { query: 'والقاهرة' }, [2, 4]],
    ['the article on the note only (الوزير)', { query: 'وزير' }, [4]],
    ['every word must match', { query: 'النفط oil' }, [3]],
    ['words from different notes', { query: 'النفط cairo' }, []],
    ['an absent word', { query: 'هدنة غزة' }, []],
    ['inside a word is not a match', { query: 'uterres' }, []],
    ['nothing like it', { query: 'xyz' }, []],
    ['kind: passages', { type: 'passage' }, [3, 4]],
    ['kind: places', { type: 'place' }, [2]],
    ['kind: organisations', { type: 'organization' }, []],
    ['tag', { tag: 'sudan' }, [1, 4]],
    ['tag and query', { tag: 'egypt', query: 'minister' }, [4]],
    ['a tag is not a prefix', { tag: 'sud' }, []],
    ['site', { site: 'other.example' }, [3]],
    ['empty filter: all, newest first', {}, [1, 2, 3, 4]],
  ])('%s: %j finds %j', async (_what, filter, want) => {
    const db = await store();
    const page = await findNotes(db, filter, null, 50);
    expect(ids(page)).toEqual(want.map(id));
    expect(page.total).toBe(want.length);
    expect(await countNotes(db, filter)).toBe(want.length);
    // The same answer when every condition is too broad to walk (checked note by note)...
    const scanned = await findNotes(db, filter, null, 50, CHECKED);
    expect(ids(scanned)).toEqual(want.map(id));
    // ...and when each answer may take only a few steps, the caller asking again from `next`.
    for (const steps of [1, 2, 3, 5])
      expect(ids(await fill(db, filter, 50, { ...LIMITS, steps }))).toEqual(want.map(id));
  });

  it('follows edits, deletes, restores, "Delete all" and its undo', async () => {
    const db = await store();
    const oil = NOTES[2]!;
    const { id: _i, created: _c, updated: _u, ...draft } = oil;
    await saveNote(db, { ...draft, body: 'gasoline', tags: ['energy'] }, oil.id, 9000, () => 'unused');
    expect(ids(await findNotes(db, { query: 'oil' }, null, 50))).toEqual([]);
    expect(ids(await findNotes(db, { query: 'gasol' }, null, 50))).toEqual([oil.id]);
    expect(ids(await findNotes(db, { tag: 'energy' }, null, 50))).toEqual([oil.id]);
    // The edited note is now the newest.
    expect(ids(await findNotes(db, {}, null, 1))).toEqual([oil.id]);

    const gone = await deleteNote(db, oil.id);
    expect(ids(await findNotes(db, { query: 'gasoline' }, null, 50))).toEqual([]);
    await restoreNote(db, gone!);
    expect(ids(await findNotes(db, { query: 'gasoline' }, null, 50))).toEqual([oil.id]);
    // Put back over itself (same time): the note the index drops is the one it writes again.
    await restoreNote(db, gone!);
    expect(ids(await findNotes(db, { query: 'gasoline' }, null, 50))).toEqual([oil.id]);

    expect(await deleteAllNotes(db)).toBe(4);
    expect(await findNotes(db, {}, null, 50)).toEqual({ notes: [], total: 0, next: null });
    expect(await findNotes(db, { query: 'القاهرة' }, null, 50)).toEqual({ notes: [], total: 0, next: null });
    expect(await noteFacets(db)).toEqual({ tags: [], sites: [] });
    // A note written after the delete stays beside the restored ones.
    await saveNote(db, { ...draft, body: 'written after' }, null, 9500, () => id(9));
    expect(await undoDeleteAll(db)).toBe(4);
    expect((await findNotes(db, {}, null, 50)).total).toBe(5);
    expect(ids(await findNotes(db, { query: 'القاهرة' }, null, 50))).toEqual([id(2), id(4)]);
    expect(await db.get('notes', oil.id)).toEqual({ ...gone });
    // Undo works once: the trash is empty after it.
    expect(await undoDeleteAll(db)).toBe(0);
  });

  // The first page of the whole list is kept between reads: each kind of write must show in it.
  it('answers the first page of the list as it is after every kind of write', async () => {
    const db = await store();
    const page = () => findNotes(db, {}, null, 50);
    const oil = NOTES[2]!;
    const { id: _i, created: _c, updated: _u, ...draft } = oil;
    expect(ids(await page())).toEqual([id(1), id(2), id(3), id(4)]);
    await saveNote(db, { ...draft, body: 'new' }, null, 9000, () => id(5));
    expect(ids(await page())).toEqual([id(5), id(1), id(2), id(3), id(4)]);
    await saveNote(db, { ...draft, body: 'edited' }, id(4), 9100, () => 'unused');
    expect(ids(await page())).toEqual([id(4), id(5), id(1), id(2), id(3)]);
    const gone = await deleteNote(db, id(5));
    expect((await page()).total).toBe(4);
    await restoreNote(db, gone!);
    expect(ids(await page())[1]).toBe(id(5));
    await importNotes(db, [note({ id: id(6), updated: 9999 })]);
    expect(ids(await page())[0]).toBe(id(6));
    await deleteAllNotes(db);
    expect(await page()).toEqual({ notes: [], total: 0, next: null });
    await undoDeleteAll(db);
    expect((await page()).total).toBe(6);
    // A read that a write overtook is not kept: the page read beside a save answers again after it.
    const [, saved] = await Promise.all([page(), saveNote(db, { ...draft, body: 'x' }, null, 10_000, () => id(7))]);
    expect(ids(await page())[0]).toBe(saved.id);
  });

  it('forgets the deleted notes when the trash is emptied', async () => {
    const db = await store();
    await deleteAllNotes(db);
    await emptyTrash(db);
    expect(await undoDeleteAll(db)).toBe(0);
    expect(await db.count('notes')).toBe(0);
  });

  it('lists the tags and sites, each once', async () => {
    expect(await noteFacets(await store())).toEqual({
      tags: ['egypt', 'sudan'],
      sites: ['news.example', 'other.example'],
    });
  });
});

describe('paging', () => {
  // Several notes share one time, so the order falls back to the id.
  const many = Array.from({ length: 137 }, (_, i) =>
    note({
      id: id(100 + i),
      updated: 1000 + Math.floor(i / 3),
      created: 1,
      body: i % 2 ? 'odd one' : 'even one',
      url: `https://p${i % 5}.example/a`,
      site: `p${i % 5}.example`,
    }),
  );

  // "o" opens onto two terms (odd, one): with `terms: 1` it is checked on the records, the site walked.
  const partly: WalkLimits = { steps: 1e6, terms: 1 };
  it.each<[string, NoteFilter, number, WalkLimits]>([
    ['the whole list', {}, 137, LIMITS],
    ['a search walked through the index', { query: 'odd' }, 68, LIMITS],
    ['two conditions joined through the index', { query: 'odd', site: 'p1.example' }, 14, LIMITS],
    ['a prefix of two terms, walked', { query: 'o', site: 'p1.example' }, 28, LIMITS],
    ['a search checked note by note', { query: 'odd' }, 68, CHECKED],
    ['a search walked in part, the rest checked', { query: 'o', site: 'p1.example' }, 28, partly],
    ['a join a few steps at a time', { query: 'odd', site: 'p1.example' }, 14, { ...LIMITS, steps: 3 }],
    ['a scan a few steps at a time', { query: 'odd' }, 68, { ...CHECKED, steps: 3 }],
    ['a half-checked join a few steps at a time', { query: 'o', site: 'p1.example' }, 28, { ...partly, steps: 4 }],
  ])('pages through %s without repeating or skipping a note', async (_what, filter, count, limits) => {
    const db = await store(many);
    const seen: string[] = [];
    let after: [number, string] | null = null;
    for (let i = 0; i < 10_000; i++) {
      const page = await findNotes(db, filter, after, 20, limits);
      seen.push(...ids(page));
      after = page.next;
      if (!after) break;
    }
    const want = many
      .filter((n) => !filter.query || n.body.includes(filter.query))
      .filter((n) => !filter.site || n.site === filter.site)
      .sort((a, b) => b.updated - a.updated || (a.id < b.id ? 1 : -1));
    expect(seen).toEqual(want.map((n) => n.id));
    expect(seen).toHaveLength(count);
    expect(await countNotes(db, filter)).toBe(count);
  });

  // Where the browser has no getAllRecords (Firefox), the list pages through a cursor.
  it('pages the whole list the same without getAllRecords', async () => {
    const db = await store(many);
    const pages = async () => {
      const seen: string[][] = [];
      for (let after: [number, string] | null = null, i = 0; i < 100; i++) {
        const page = await findNotes(db, {}, after, 20);
        seen.push(ids(page));
        if (!(after = page.next)) break;
      }
      return seen;
    };
    const withRecords = await pages();
    const proto = IDBIndex.prototype as { getAllRecords?: unknown };
    const kept = proto.getAllRecords;
    expect(kept).toBeTypeOf('function');
    delete proto.getAllRecords;
    try {
      expect(await pages()).toEqual(withRecords);
    } finally {
      proto.getAllRecords = kept;
    }
    expect(withRecords.flat()).toHaveLength(137);
  });

  it.each(['time', 'page'] as const)('exports every note once in %s order', async (order) => {
    const db = await store(many);
    const seen: Note[] = [];
    let after: Parameters<typeof exportPage>[2] = null;
    do {
      const page = await exportPage(db, order, after, 30);
      seen.push(...page.notes);
      after = page.next;
    } while (after);
    expect(new Set(seen.map((n) => n.id)).size).toBe(137);
    expect(seen).toHaveLength(137);
    if (order === 'page') {
      // Grouped by article: each address comes in one run.
      const runs = seen.map((n) => n.url).filter((u, i, all) => u !== all[i - 1]);
      expect(runs).toEqual([...new Set(runs)]);
    } else expect(seen.map((n) => n.updated)).toEqual([...seen.map((n) => n.updated)].sort((a, b) => b - a));
  });
});
