// What a card gets from the store: an entity's newest notes (a page of them, with their count), the
// earlier articles that named it, and the entries kept for the last names, forgotten by every write
// that changes what they hold.
import { beforeEach, describe, expect, it } from 'vitest';
import { CardData, entityNoteCount } from '@/entrypoints/background/card-data';
import { openHamishDB } from '@/entrypoints/background/db';
import type { RouterDeps } from '@/entrypoints/background/router';
import { NOTE_COUNT_CAP, type CardExtras, type CardPayload } from '@/lib/protocol/card';
import type { Note, NoteDraft } from '@/lib/protocol/note';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { checkedRoute as route } from './checked-route';
import { noCards } from './no-cards';

const ORIGIN = 'chrome-extension://abc/';
const popup = { id: 'abc', url: `${ORIGIN}popup.html` };
const HERE = 'https://news.example/here';
const tab = { id: 'abc', url: HERE, tab: { id: 1, url: HERE } };

let deps: RouterDeps;
let shown: { card: CardPayload; extras: CardExtras | Promise<CardExtras> | null | undefined }[];
let clock = 1_000;

beforeEach(() => {
  const name = `card-data-${Math.random()}`;
  shown = [];
  deps = {
    extensionId: 'abc',
    extensionOrigin: ORIGIN,
    db: () => openHamishDB(name),
    cardData: new CardData(() => openHamishDB(name)),
    now: () => clock++,
    newId: () => `0b1c2d3e-0000-4000-8000-${String(clock).padStart(12, '0')}`,
    settings: async () => ({ ...DEFAULT_SETTINGS, historyMaxPages: 5 }),
    annotate: () => ({ entities: [], dates: [], facts: {}, ms: 0 }),
    cards: noCards({ show: (_tab, card, extras) => (shown.push({ card, extras }), true) }),
  };
});

const entity = (id: string) => ({ id, type: 'person' as const, english: `E ${id}`, arabic: 'الصفدي' });
const draft = (body: string, entityId: string | null, url = 'https://news.example/a'): NoteDraft => ({
  url,
  title: 't',
  site: 'news.example',
  publishedAt: null,
  quote: { exact: 'الصفدي', prefix: '', suffix: '' },
  position: null,
  entity: entityId ? entity(entityId) : null,
  body,
  format: 'text',
  tags: [],
});
const ask = async <T>(m: object, from: object = popup): Promise<T> => {
  const r = await route(m, from as never, deps);
  if (!r?.ok) throw new Error(`${JSON.stringify(m).slice(0, 80)}: ${r ? r.error : 'no answer'}`);
  return r.value as T;
};
const save = (body: string, entityId: string | null, url?: string) =>
  ask<Note>({ type: 'notes/save', draft: draft(body, entityId, url), id: null });
const seen = (n: number, ids: string[]) =>
  ask({
    type: 'page/seen',
    page: {
      url: n < 0 ? HERE : `https://news.example/${n}`,
      title: `مقال ${n}`,
      site: 'news.example',
      lang: 'ar',
      publishedAt: `2024-01-${String(10 + n).padStart(2, '0')}`,
      entities: ids.map(entity),
    },
  });
const card = (entityId: string | null): CardPayload => ({
  mode: entityId ? 'entity' : 'passage',
  entity: entityId ? { ...entity(entityId), romanized: 'al-Safadi', origin: 'gazetteer', description: null } : null,
  page: { url: HERE, title: 'here', site: 'news.example', publishedAt: null },
  quote: { exact: 'الصفدي', prefix: '', suffix: '' },
  position: null,
  timeline: [],
});
/** Shows a card from the tab; answers its extras and whether they were at hand (sent with the card). */
async function showCard(entityId: string | null): Promise<{ extras: CardExtras; atHand: boolean }> {
  expect(await ask({ type: 'card/show', card: card(entityId) }, tab)).toBe(true);
  const { extras } = shown.at(-1)!;
  if (!extras) throw new Error('no extras');
  return { extras: await extras, atHand: !(extras instanceof Promise) };
}
const bodies = (x: CardExtras) => x.notes.map((n) => n.body);

describe('the notes of an entity', () => {
  it('reads newest first a page at a time, with the older ones after the last shown', async () => {
    for (let i = 0; i < 25; i++) await save(`q1 ${i}`, 'Q1');
    await save('q2', 'Q2');
    await save('passage', null);
    const first = await ask<Note[]>({ type: 'notes/forEntity', entityId: 'Q1', limit: 20 });
    expect(first.map((n) => n.body)).toEqual(Array.from({ length: 20 }, (_, i) => `q1 ${24 - i}`));
    const last = first.at(-1)!;
    const rest = await ask<Note[]>({
      type: 'notes/forEntity',
      entityId: 'Q1',
      before: [last.updated, last.id],
      limit: 20,
    });
    expect(rest.map((n) => n.body)).toEqual(['q1 4', 'q1 3', 'q1 2', 'q1 1', 'q1 0']);
    const all = await ask<Note[]>({ type: 'notes/forEntity', entityId: 'Q1' });
    expect(all).toHaveLength(25);
    expect(await ask<Note[]>({ type: 'notes/forEntity', entityId: 'Q3', limit: 20 })).toEqual([]);
  });

  it('gives a card the 20 newest with the count of all, and the earlier articles but the card’s own page', async () => {
    for (let i = 0; i < 23; i++) await save(`q1 ${i}`, 'Q1');
    await save('q2', 'Q2');
    await seen(1, ['Q1']);
    await seen(2, ['Q2']);
    await seen(-1, ['Q1']);
    const { extras, atHand } = await showCard('Q1');
    expect(atHand).toBe(false);
    expect(extras.noteCount).toBe(23);
    expect(bodies(extras)).toEqual(Array.from({ length: 20 }, (_, i) => `q1 ${22 - i}`));
    expect(extras.history).toEqual([{ date: '2024-01-11', title: 'مقال 1', url: 'https://news.example/1' }]);
  });

  it("counts a name's notes up to the cap, and past it says only that there are more", async () => {
    const db = await deps.db();
    const tx = db.transaction('notes', 'readwrite');
    for (let i = 0; i < NOTE_COUNT_CAP + 1; i++) {
      const id = `0b1c2d3e-0000-4000-8000-${String(i).padStart(12, '0')}`;
      void tx.store.put({ ...draft(`n${i}`, i === NOTE_COUNT_CAP ? 'Q2' : 'Q1'), id, created: i, updated: i });
    }
    await tx.done;
    expect(await entityNoteCount(db, 'Q1')).toBe(NOTE_COUNT_CAP);
    await save('one more', 'Q1');
    expect(await entityNoteCount(db, 'Q1')).toBeNull();
    expect(await entityNoteCount(db, 'Q2')).toBe(1);
    const { extras } = await showCard('Q1');
    expect(extras.noteCount).toBeNull();
    expect(bodies(extras).slice(0, 2)).toEqual(['one more', `n${NOTE_COUNT_CAP - 1}`]);
  });

  it('gives a passage card the notes on that passage of the page only', async () => {
    await save('on the passage', null, HERE);
    await save('on the name', 'Q1', HERE);
    await save('on another page', null);
    const { extras } = await showCard(null);
    expect(bodies(extras)).toEqual(['on the passage']);
    expect(extras.noteCount).toBe(1);
  });
});

describe('the cards kept for the last names', () => {
  it('sends a name hovered again whole with its card', async () => {
    await save('one', 'Q1');
    await showCard('Q1');
    const again = await showCard('Q1');
    expect(again.atHand).toBe(true);
    expect(bodies(again.extras)).toEqual(['one']);
  });

  it.each([
    ['a note saved on it', () => save('two', 'Q1'), ['two', 'one']],
    ['its note deleted', async () => ask({ type: 'notes/delete', id: (await firstNote()).id }), []],
    ['its note edited', async () => editFirst('one, edited'), ['one, edited']],
    ['notes imported', async () => importOne(), ['imported', 'one']],
    ['every note deleted', () => ask({ type: 'notes/deleteAll' }), []],
  ])('reads it again after %s', async (_what, write, expected) => {
    await save('one', 'Q1');
    await showCard('Q1');
    await write();
    const after = await showCard('Q1');
    expect(after.atHand).toBe(false);
    expect(bodies(after.extras)).toEqual(expected);
  });

  it('reads it again after the undo of "Delete all" and of a delete', async () => {
    const one = await save('one', 'Q1');
    await ask({ type: 'notes/deleteAll' });
    await showCard('Q1');
    await ask({ type: 'notes/undoDeleteAll' });
    expect(bodies((await showCard('Q1')).extras)).toEqual(['one']);
    await ask({ type: 'notes/delete', id: one.id });
    await showCard('Q1');
    await ask({ type: 'notes/restore', note: one });
    expect(bodies((await showCard('Q1')).extras)).toEqual(['one']);
  });

  it('keeps it when a note on another name is saved, and reads it again when a page names it', async () => {
    await showCard('Q1');
    await save('other', 'Q2');
    await seen(3, ['Q2']);
    expect((await showCard('Q1')).atHand).toBe(true);
    await seen(4, ['Q1']);
    const after = await showCard('Q1');
    expect(after.atHand).toBe(false);
    expect(after.extras.history.map((h) => h.url)).toEqual(['https://news.example/4']);
  });

  it('reads it again after the history is trimmed or cleared', async () => {
    await seen(1, ['Q1']);
    await showCard('Q1');
    // The cap is 5 pages: the sixth drops the oldest, the one that named Q1.
    for (let n = 2; n <= 6; n++) await seen(n, ['Q2']);
    expect((await showCard('Q1')).extras.history).toEqual([]);
    await seen(7, ['Q1']);
    await showCard('Q1');
    await ask({ type: 'history/clear' });
    const cleared = await showCard('Q1');
    expect(cleared.atHand).toBe(false);
    expect(cleared.extras.history).toEqual([]);
  });

  it('reads a name during its hover delay, so its card goes out whole, unless a write came after', async () => {
    await save('one', 'Q1');
    expect(await ask({ type: 'card/prefetch', entityId: 'Q1' }, tab)).toBe(true);
    for (let i = 0; i < 100 && !deps.cardData.atHand(card('Q1')); i++) await new Promise((r) => setTimeout(r, 10));
    const first = await showCard('Q1');
    expect(first.atHand).toBe(true);
    expect(bodies(first.extras)).toEqual(['one']);
    await ask({ type: 'card/prefetch', entityId: 'Q1' }, tab);
    await save('two', 'Q1');
    const after = await showCard('Q1');
    expect(after.atHand).toBe(false);
    expect(bodies(after.extras)).toEqual(['two', 'one']);
  });

  it('does not keep a read that a write overtook', async () => {
    await save('one', 'Q1');
    const reading = deps.cardData.read(card('Q1'));
    deps.cardData.forget(['Q1']);
    await reading;
    expect(deps.cardData.atHand(card('Q1'))).toBeNull();
  });

  it('keeps the last names only', async () => {
    const data = new CardData(deps.db, 2);
    for (const id of ['Q1', 'Q2', 'Q3']) await data.read(card(id));
    expect(data.atHand(card('Q1'))).toBeNull();
    expect(data.atHand(card('Q2'))).not.toBeNull();
    expect(data.atHand(card('Q3'))).not.toBeNull();
  });
});

const firstNote = async () => (await ask<Note[]>({ type: 'notes/forEntity', entityId: 'Q1' }))[0]!;
async function editFirst(body: string) {
  const n = await firstNote();
  await ask({ type: 'notes/save', draft: { ...draft(body, 'Q1'), url: n.url }, id: n.id });
}
async function importOne() {
  const { toJsonLd } = await import('@/lib/notes/export');
  const note: Note = {
    ...draft('imported', 'Q1'),
    id: '0b1c2d3e-0000-4000-8000-ffffffffffff',
    created: clock + 100,
    updated: clock + 100,
  };
  await ask({ type: 'notes/import', json: toJsonLd([note]) });
}
