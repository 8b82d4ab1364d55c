// Upgrades from every earlier database version with the data a reader of that version would
// have: several pages naming overlapping entities, notes with tags on names and on passages,
// corrections, and records that lack the optional fields. Nothing may be lost or changed.
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { countOf } from '@/entrypoints/background/counts';
import { entityNoteCount, entityNotes } from '@/entrypoints/background/card-data';
import { DB_VERSION, mentionsOf, openHamishDB, termsOf, UPGRADES, type HamishDB } from '@/entrypoints/background/db';
import { findNotes } from '@/entrypoints/background/notes-index';
import type { Correction } from '@/lib/protocol/store';
import { allNotes, saveNote } from '@/entrypoints/background/notes-store';
import { entityHistory, recordPage } from '@/entrypoints/background/pages-store';
import type { Note } from '@/lib/protocol/note';

const DAY = Date.parse('2024-02-10T12:00:00Z');
const ent = (id: string, arabic: string, english: string | null, context?: string) => ({
  id,
  type: 'person' as const,
  english,
  arabic,
  ...(context ? { context } : {}),
});

const PAGES = [
  {
    url: 'https://a.example/1',
    title: 'الأول',
    site: 'a.example',
    lang: 'ar',
    publishedAt: '2024-01-05',
    firstSeen: DAY,
    lastSeen: DAY + 1,
    entities: [
      ent('Q1', 'غوتيريش', 'António Guterres', 'قال غوتيريش إن الهدنة ضرورية'),
      ent('Q2', 'القاهرة', 'Cairo', 'في القاهرة'),
    ],
    entityIds: ['Q1', 'Q2'],
  },
  // Optional fields absent: no context, no English name, a month-only date.
  {
    url: 'https://a.example/2',
    title: 'الثاني',
    site: 'a.example',
    lang: 'ar',
    publishedAt: '2024-03',
    firstSeen: DAY + 2,
    lastSeen: DAY + 3,
    entities: [ent('Q1', 'غوتيريس', null), ent('doc:1', 'سامي الحداد', null)],
    entityIds: ['Q1', 'doc:1'],
  },
  // Never dated: the mention takes the day it was first seen.
  {
    url: 'https://b.example/3?id=3',
    title: '',
    site: 'b.example',
    lang: 'ar',
    publishedAt: null,
    firstSeen: DAY + 86_400_000,
    lastSeen: DAY + 86_400_001,
    entities: [ent('Q1', 'الأمين العام', 'António Guterres', 'الأمين العام')],
    entityIds: ['Q1'],
  },
  // No entities at all, and the same entity twice on one page.
  {
    url: 'https://b.example/4',
    title: 'فارغ',
    site: 'b.example',
    lang: 'ar',
    publishedAt: '2023',
    firstSeen: 5,
    lastSeen: 6,
    entities: [],
    entityIds: [],
  },
  {
    url: 'https://c.example/5',
    title: 'مكرر',
    site: 'c.example',
    lang: 'ar',
    publishedAt: '2024-04-01',
    firstSeen: 7,
    lastSeen: 8,
    entities: [ent('Q2', 'القاهرة', 'Cairo', 'الأولى'), ent('Q2', 'بالقاهرة', 'Cairo', 'الثانية')],
    entityIds: ['Q2'],
  },
];

const note = (i: number, over: Partial<Note>): Note => ({
  id: `n${i}`,
  created: 100 + i,
  updated: 200 + i,
  url: PAGES[i % PAGES.length]!.url,
  title: `t${i}`,
  site: 'a.example',
  publishedAt: null,
  quote: { exact: `مقطع ${i}`, prefix: 'قبل ', suffix: ' بعد' },
  position: { start: i, end: i + 5 },
  entity: null,
  body: `b${i}`,
  format: 'text',
  tags: [],
  ...over,
});
const NOTES: Note[] = [
  note(1, {
    entity: { id: 'Q1', type: 'person', english: 'António Guterres', arabic: 'غوتيريش' },
    tags: ['sudan', 'un'],
  }),
  note(2, {
    entity: { id: 'Q1', type: 'person', english: null, arabic: 'غوتيريس' },
    tags: ['un'],
    format: 'markdown',
    body: '**b2**',
  }),
  note(3, { tags: [], position: null, publishedAt: '2024-01-05' }),
  note(4, { entity: { id: 'Q2', type: 'place', english: 'Cairo', arabic: 'القاهرة' }, tags: ['egypt', 'sudan', 'un'] }),
];
// The record lib/protocol/store defines (the store existed from v2; the card writes it since issue 16).
const CORRECTIONS: Correction[] = [
  {
    entityId: 'Q2|القاهره',
    form: 'القاهره',
    fromId: 'Q2',
    arabic: 'القاهرة',
    fromEnglish: 'Cairo',
    toEnglish: 'Cairo (Egypt)',
    to: { english: 'Cairo (Egypt)' },
    url: 'https://a.example/1',
    updated: 301,
  },
  {
    entityId: 'doc:1|سامي الحداد',
    form: 'سامي الحداد',
    fromId: 'doc:1',
    arabic: 'سامي الحداد',
    fromEnglish: 'Sami al-Hadad',
    toEnglish: null,
    to: null,
    url: 'https://a.example/2',
    updated: 300,
  },
];

async function openAt(name: string, version: number) {
  return openDB<HamishDB>(name, version, {
    upgrade(db, old, _new, tx) {
      for (let v = old; v < version; v++) UPGRADES[v]!(db, tx);
    },
  });
}

const byUrl = <T extends { url: string }>(a: T, b: T) => a.url.localeCompare(b.url);

describe('upgrades with a realistic store', () => {
  for (let from = 1; from < DB_VERSION; from++) {
    it(`from version ${from} keeps every page, note and correction, and fills the timeline`, async () => {
      const name = `upgrade-data-${from}-${Math.random()}`;
      // A store of v6 on is written as v5 was, then given its posting lists by the v6 step, as a
      // reader's was.
      const seedAt = Math.min(from, 5);
      const old = await openAt(name, seedAt);
      for (const p of PAGES) await old.put('pages', p);
      // From v3 on, recording a page also wrote its mentions.
      if (seedAt >= 3) for (const m of PAGES.flatMap(mentionsOf)) await old.put('mentions', m);
      if (seedAt >= 2) {
        for (const n of NOTES) await old.put('notes', n);
        for (const c of CORRECTIONS) await old.put('corrections', c);
      }
      // From v4 on, every note was written with its terms.
      if (seedAt >= 4) for (const n of NOTES) await old.put('terms', termsOf(n));
      // From v5 on, every write kept the counts.
      if (seedAt >= 5) {
        await old.put('counts', PAGES.length, 'pages');
        await old.put('counts', from >= 2 ? NOTES.length : 0, 'notes');
      }
      old.close();
      if (from > seedAt) (await openAt(name, from)).close();

      const db = await openHamishDB(name);
      expect(db.version).toBe(DB_VERSION);
      expect((await db.getAll('pages')).sort(byUrl)).toEqual([...PAGES].sort(byUrl));
      expect((await db.getAllFromIndex('pages', 'by-entity', 'Q1')).map((p) => p.url).sort()).toEqual([
        'https://a.example/1',
        'https://a.example/2',
        'https://b.example/3?id=3',
      ]);
      expect(await db.countFromIndex('pages', 'by-site', 'b.example')).toBe(2);

      // The timeline store, filled from the pages: one mention per entity and page, newest first.
      expect((await entityHistory(db, 'Q1', null)).map((m) => [m.url, m.date, m.context, m.arabic])).toEqual([
        ['https://a.example/2', '2024-03', null, 'غوتيريس'],
        ['https://b.example/3?id=3', '2024-02-11', 'الأمين العام', 'الأمين العام'],
        ['https://a.example/1', '2024-01-05', 'قال غوتيريش إن الهدنة ضرورية', 'غوتيريش'],
      ]);
      expect((await entityHistory(db, 'Q2', null)).map((m) => [m.url, m.context])).toEqual([
        ['https://c.example/5', 'الأولى'],
        ['https://a.example/1', 'في القاهرة'],
      ]);
      expect(await db.count('mentions')).toBe(6);
      // The counts (v5) are filled from the stores as they were.
      expect(await db.get('counts', 'pages')).toBe(PAGES.length);
      expect(await db.get('counts', 'notes')).toBe(from >= 2 ? NOTES.length : 0);

      if (from >= 2) {
        expect(await allNotes(db)).toEqual([...NOTES].reverse());
        // The card's index (v7) holds every note on a name, newest first, and no note on a passage.
        const onQ1 = NOTES.filter((n) => n.entity?.id === 'Q1').sort((a, b) => b.updated - a.updated);
        expect(onQ1.length).toBeGreaterThan(1);
        expect((await entityNotes(db, 'Q1', null)).map((n) => n.id)).toEqual(onQ1.map((n) => n.id));
        expect(await entityNoteCount(db, 'Q1')).toBe(onQ1.length);
        expect((await db.getAllFromIndex('notes', 'by-tag', 'un')).map((n) => n.id).sort()).toEqual(['n1', 'n2', 'n4']);
        expect((await db.getAllFromIndex('notes', 'by-entity', 'Q1')).map((n) => n.id).sort()).toEqual(['n1', 'n2']);
        expect(await db.getAll('corrections')).toEqual(CORRECTIONS);
        // The word index (v4) is filled from the notes already stored.
        const found = async (filter: object) => (await findNotes(db, filter, null, 50)).notes.map((n) => n.id);
        expect(await found({ tag: 'un' })).toEqual(['n4', 'n2', 'n1']);
        expect(await found({ query: 'غوتيريش' })).toEqual(['n1']);
        expect(await found({ query: 'مقطع', type: 'passage' })).toEqual(['n3']);
        expect(await found({ query: 'b2' })).toEqual(['n2']);
      }
      // Writing after the upgrade works and keeps the older records beside the new ones.
      await saveNote(db, { ...NOTES[0]!, tags: ['after'] }, null, 999, () => 'n9');
      await recordPage(
        db,
        {
          url: 'https://a.example/1',
          title: 'الأول',
          site: 'a.example',
          lang: 'ar',
          publishedAt: '2024-01-05',
          entities: [ent('Q2', 'القاهرة', 'Cairo')],
        },
        DAY + 9,
      );
      expect((await entityHistory(db, 'Q1', null)).map((m) => m.url)).toEqual([
        'https://a.example/2',
        'https://b.example/3?id=3',
      ]);
      expect((await db.get('pages', 'https://a.example/1'))?.firstSeen).toBe(DAY);
      expect(await db.count('notes')).toBe(from >= 2 ? NOTES.length + 1 : 1);
      // The kept counts followed the writes after the upgrade (the page above was seen before).
      expect(await countOf(db, 'notes')).toBe(from >= 2 ? NOTES.length + 1 : 1);
      expect(await countOf(db, 'pages')).toBe(PAGES.length);
      db.close();
    });
  }
});
