// Import → edit → delete → undo through the background's router and a real (fake-indexeddb)
// store, for notes at every edge of the note schema: each comes back exactly as it was.
import { beforeEach, describe, expect, it } from 'vitest';
import { CardData } from '@/entrypoints/background/card-data';
import { openHamishDB } from '@/entrypoints/background/db';
import type { RouterDeps } from '@/entrypoints/background/router';
import { checkedRoute as route } from './checked-route';
import { toJsonLd } from '@/lib/notes/export';
import type { Note } from '@/lib/protocol/note';
import type { Correction } from '@/lib/protocol/store';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { EDGE_NOTES, edge } from '../../support/edge-notes';
import { noCards } from './no-cards';

const ORIGIN = 'chrome-extension://abc/';
const popup = { id: 'abc', url: `${ORIGIN}popup.html` };
let deps: RouterDeps;
let clock = Date.parse('2024-06-01T00:00:00Z');

beforeEach(() => {
  const name = `round-${Math.random()}`;
  deps = {
    extensionId: 'abc',
    extensionOrigin: ORIGIN,
    db: () => openHamishDB(name),
    cardData: new CardData(() => openHamishDB(name)),
    now: () => clock++,
    newId: () => 'unused',
    settings: async () => DEFAULT_SETTINGS,
    annotate: () => ({ entities: [], dates: [], facts: {}, ms: 0 }),
    cards: noCards(),
  };
});

const send = async <T>(m: object): Promise<T> => {
  const r = await route(m, popup, deps);
  if (!r?.ok) throw new Error(`${JSON.stringify(m).slice(0, 80)} failed: ${r?.ok === false ? r.error : 'no answer'}`);
  return r.value as T;
};

describe('import → edit → delete → undo', () => {
  it.each(EDGE_NOTES)('%s', async (_name, n) => {
    expect(await send({ type: 'notes/import', json: toJsonLd([n]) })).toEqual({
      added: 1,
      merged: 0,
      repeated: 0,
      corrections: { added: 0, merged: 0 },
    });
    expect(await send<Note[]>({ type: 'notes/all' })).toEqual([n]);
    const { id, created: _c, updated: _u, ...draft } = n;
    // The same length, so a body at the longest allowed stays allowed.
    const body = `${n.body.slice(0, -1)}!`;
    const edited = await send<Note>({ type: 'notes/save', id, draft: { ...draft, body } });
    expect(edited).toEqual({ ...n, body, updated: edited.updated });
    expect(edited.updated).toBeGreaterThan(n.updated);
    expect(await send({ type: 'notes/delete', id })).toEqual(edited);
    expect(await send<Note[]>({ type: 'notes/all' })).toEqual([]);
    expect(await send({ type: 'notes/restore', note: edited })).toBe(id);
    expect(await send<Note[]>({ type: 'notes/all' })).toEqual([edited]);
  });

  it(
    'counts two copies of one new id as one note added and one repeated, ' + 'and one already stored as merged',
    async () => {
      const stored = edge(40, { body: 'stored', updated: 5 });
      await send({ type: 'notes/import', json: toJsonLd([stored]) });
      const file = toJsonLd([
        edge(41, { updated: 1 }),
        edge(41, { body: 'newest', updated: 2 }),
        edge(40, { body: 'imported', updated: 9 }),
      ]);
      expect(await send({ type: 'notes/import', json: file })).toEqual({
        added: 1,
        merged: 1,
        repeated: 1,
        corrections: { added: 0, merged: 0 },
      });
      expect((await send<Note[]>({ type: 'notes/all' })).map((n) => n.body).sort()).toEqual(['imported', 'newest']);
    },
  );

  it('stores nothing from a file with one note the messages would refuse', async () => {
    const file = toJsonLd([edge(50, {}), edge(51, { created: Date.parse('1969-07-20T20:17:00Z') })]);
    const r = await route({ type: 'notes/import', json: file }, popup, deps);
    expect(r).toEqual({
      ok: false,
      error:
        '1 of 2 notes cannot be imported: annotation 2: created must be a time from 1970 on. Nothing was imported.',
    });
    expect(await send<Note[]>({ type: 'notes/all' })).toEqual([]);
  });
});

describe('corrections travel with the notes', () => {
  const draft = {
    form: 'وجده',
    fromId: 'Q131289',
    arabic: 'وجدة',
    fromEnglish: 'Oujda',
    toEnglish: 'Jeddah',
    url: 'https://news.example/a/1',
    to: { id: 'Q374365' },
  };
  const otherFix = {
    ...draft,
    form: 'الخرطوم',
    fromId: 'Q1963',
    arabic: 'الخرطوم',
    fromEnglish: 'Khartoum',
    toEnglish: null,
    to: null,
  };

  it('exports them in the JSON-LD, and an import into another store restores them and counts them', async () => {
    const first = deps;
    const other = {
      ...deps,
      db: (
        (name) => () =>
          openHamishDB(name)
      )(`round-other-${Math.random()}`),
    };
    // The other store already has one of them, saved earlier: the file's newer copy replaces it.
    deps = other;
    await send({ type: 'corrections/save', correction: { ...draft, toEnglish: 'old' } });
    deps = first;
    const saved = [
      await send<Correction>({ type: 'corrections/save', correction: draft }),
      await send<Correction>({ type: 'corrections/save', correction: otherFix }),
    ];
    const file = toJsonLd([edge(60, {})], 0, await send<Correction[]>({ type: 'corrections/all' }));
    deps = other;
    expect(await send({ type: 'notes/import', json: file })).toEqual({
      added: 1,
      merged: 0,
      repeated: 0,
      corrections: { added: 1, merged: 1 },
    });
    const byForm = (a: Correction, b: Correction) => a.form.localeCompare(b.form);
    expect((await send<Correction[]>({ type: 'corrections/all' })).sort(byForm)).toEqual(saved.sort(byForm));
  });

  it('refuses a file with a malformed correction, names it, and stores nothing from it', async () => {
    const good = { ...draft, entityId: 'Q131289|وجده', updated: 5 };
    const file = JSON.parse(toJsonLd([edge(61, {})], 0, [good]));
    file['hamish:corrections'].push({ ...good, entityId: 'x|y', form: 42 });
    const r = await route({ type: 'notes/import', json: JSON.stringify(file) }, popup, deps);
    expect(r).toEqual({
      ok: false,
      error:
        '1 correction cannot be imported: ' +
        'correction 2.form must be a string of at most 300 characters. Nothing was imported.',
    });
    expect(await send<Note[]>({ type: 'notes/all' })).toEqual([]);
    expect(await send<Correction[]>({ type: 'corrections/all' })).toEqual([]);
  });
});
