import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { DB_VERSION, mentionsOf, openHamishDB, UPGRADES, type HamishDB } from '@/entrypoints/background/db';
import { deleteNote, importNotes, restoreNote, saveNote } from '@/entrypoints/background/notes-store';
import { clearHistory, entityHistory, recordPage, trimHistory } from '@/entrypoints/background/pages-store';
import { describe as describeError } from '@/entrypoints/background/router';
import type { NoteDraft } from '@/lib/protocol/note';

const page = {
  url: 'https://news.example/a',
  title: 'عنوان',
  site: 'news.example',
  lang: 'ar',
  publishedAt: '2024-03-12',
  firstSeen: 1,
  lastSeen: 2,
  entities: [{ id: 'Q1', type: 'person' as const, english: 'A', arabic: 'أ' }],
  entityIds: ['Q1'],
};
const draft: NoteDraft = {
  url: 'https://news.example/a',
  title: 't',
  site: 'news.example',
  publishedAt: null,
  quote: { exact: 'نص', prefix: '', suffix: '' },
  position: { start: 3, end: 5 },
  entity: { id: 'Q1', type: 'person', english: 'A', arabic: 'أ' },
  body: 'b',
  format: 'text',
  tags: ['x'],
};

/** Opens a database at an earlier version, built by the same append-only upgrade steps. */
async function openAt(name: string, version: number) {
  return openDB<HamishDB>(name, version, {
    upgrade(db, old, _new, tx) {
      for (let v = old; v < version; v++) UPGRADES[v]!(db, tx);
    },
  });
}

describe('database upgrades', () => {
  it('has one upgrade step per version', () => {
    expect(DB_VERSION).toBe(UPGRADES.length);
    expect(DB_VERSION).toBeGreaterThanOrEqual(2);
  });

  for (let from = 1; from < DB_VERSION; from++) {
    it(`upgrades from version ${from} with data present and loses nothing`, async () => {
      const name = `upgrade-${from}-${Math.random()}`;
      const old = await openAt(name, from);
      await old.put('pages', page);
      if (from >= 3) for (const m of mentionsOf(page)) await old.put('mentions', m);
      if (from >= 2) await old.put('notes', { ...draft, id: 'n1', created: 1, updated: 1 });
      old.close();

      const db = await openHamishDB(name);
      expect(db.version).toBe(DB_VERSION);
      expect(await db.get('pages', page.url)).toEqual(page);
      expect(await db.getAllFromIndex('pages', 'by-entity', 'Q1')).toHaveLength(1);
      // Pages recorded before the timeline store existed are in it after the upgrade.
      expect(await entityHistory(db, 'Q1', null)).toEqual([
        {
          entityId: 'Q1',
          date: '2024-03-12',
          url: page.url,
          title: 'عنوان',
          site: 'news.example',
          publishedAt: '2024-03-12',
          context: null,
          arabic: 'أ',
        },
      ]);
      if (from >= 2) expect((await db.get('notes', 'n1'))?.body).toBe('b');
      // The new stores work after the upgrade.
      const saved = await saveNote(db, draft, null, 10, () => 'n2');
      expect(await db.getAllFromIndex('notes', 'by-tag', 'x')).toContainEqual(saved);
      db.close();
    });
  }
});

describe('notes store', () => {
  it('saves from several tabs at once and every save lands', async () => {
    const db = await openHamishDB(`many-${Math.random()}`);
    let n = 0;
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => saveNote(db, { ...draft, body: `note ${i}` }, null, i, () => `id-${n++}`)),
    );
    expect(await db.count('notes')).toBe(40);
  });

  it('deletes and restores a note exactly', async () => {
    const db = await openHamishDB(`undo-${Math.random()}`);
    const note = await saveNote(db, draft, null, 5, () => 'n1');
    const gone = await deleteNote(db, 'n1');
    expect(gone).toEqual(note);
    expect(await db.get('notes', 'n1')).toBeUndefined();
    await restoreNote(db, gone!);
    expect(await db.get('notes', 'n1')).toEqual(note);
  });

  it('imports all or nothing and merges duplicates by the newer copy', async () => {
    const db = await openHamishDB(`import-${Math.random()}`);
    await saveNote(db, draft, null, 5, () => 'n1');
    const r = await importNotes(db, [
      { ...draft, id: 'n1', created: 1, updated: 99, body: 'newer' },
      { ...draft, id: 'n2', created: 1, updated: 1 },
    ]);
    expect(r).toEqual({ added: 1, merged: 1, corrections: { added: 0, merged: 0 } });
    expect((await db.get('notes', 'n1'))?.body).toBe('newer');
  });

  it('reports a full disk as a clear message', () => {
    expect(describeError(new DOMException('quota', 'QuotaExceededError'))).toMatch(/storage is full/);
  });
});

describe('entity history', () => {
  const seen = (url: string, publishedAt: string | null, ids: string[]) => ({
    url,
    title: url,
    site: 'news.example',
    lang: 'ar',
    publishedAt,
    entities: ids.map((id) => ({ id, type: 'person' as const, english: id, arabic: id, context: `جملة عن ${id}` })),
  });

  it(
    "reads an entity's pages newest first, without the current page, " + 'and follows re-records, trims and clears',
    async () => {
      const db = await openHamishDB(`hist-${Math.random()}`);
      await recordPage(db, seen('https://a.example/1', '2024-01-05', ['Q1', 'Q2']), 1);
      await recordPage(db, seen('https://a.example/2', '2024-03-01', ['Q1']), 2);
      await recordPage(db, seen('https://a.example/3', null, ['Q1']), Date.parse('2024-02-10T12:00:00Z'));
      await recordPage(db, seen('https://a.example/4', '2024-04-01', ['Q2']), 4);
      expect((await entityHistory(db, 'Q1', null)).map((m) => [m.url, m.date])).toEqual([
        ['https://a.example/2', '2024-03-01'],
        ['https://a.example/3', '2024-02-10'],
        ['https://a.example/1', '2024-01-05'],
      ]);
      expect((await entityHistory(db, 'Q1', 'https://a.example/2')).map((m) => m.url)).not.toContain(
        'https://a.example/2',
      );
      expect((await entityHistory(db, 'Q1', null))[0]!.context).toBe('جملة عن Q1');
      // Seen again without Q1: its mention goes.
      await recordPage(db, seen('https://a.example/2', '2024-03-01', ['Q2']), 5);
      expect((await entityHistory(db, 'Q1', null)).map((m) => m.url)).toEqual([
        'https://a.example/3',
        'https://a.example/1',
      ]);
      // Trimming drops the least recently seen page and its mentions.
      await trimHistory(db, 3);
      expect((await entityHistory(db, 'Q1', null)).map((m) => m.url)).toEqual(['https://a.example/3']);
      await clearHistory(db);
      expect(await entityHistory(db, 'Q2', null)).toEqual([]);
      expect(await db.count('pages')).toBe(0);
    },
  );
});
