// An entity's history and roles as the popup's chart reads them: pages that named it (newest
// first, bounded), with the sentences that dated it, and the gazetteer's roles.
import { beforeEach, describe, expect, it } from 'vitest';
import { CardData } from '@/entrypoints/background/card-data';
import { openHamishDB } from '@/entrypoints/background/db';
import type { RouterDeps } from '@/entrypoints/background/router';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { checkedRoute as route } from './checked-route';

const ORIGIN = 'chrome-extension://abc/';
const popup = { id: 'abc', url: `${ORIGIN}popup.html` };
const tab = (url: string) => ({ id: 'abc', url, tab: { id: 1, url } });
const noCards = {
  show: () => true,
  hide: () => {},
  closed: () => {},
  register: async () => {},
  isCard: () => false,
  toTab: () => {},
};
let deps: RouterDeps;
let clock = 1;

beforeEach(() => {
  const name = `history-${Math.random()}`;
  deps = {
    extensionId: 'abc',
    extensionOrigin: ORIGIN,
    db: () => openHamishDB(name),
    cardData: new CardData(() => openHamishDB(name)),
    now: () => clock++,
    newId: () => `id-${clock}`,
    settings: async () => ({ ...DEFAULT_SETTINGS, historyMaxPages: 100_000 }),
    annotate: () => ({ entities: [], dates: [], facts: {}, ms: 0 }),
    cards: noCards,
    roles: (id) => (id === 'Q1' ? [{ role: 'Minister of Foreign Affairs', start: '2017-01-15' }] : []),
  };
});

const seen = (n: number, published: string | null, dated?: { date: string; label: string }[]) => ({
  type: 'page/seen',
  page: {
    url: `https://news.example/${n}`,
    title: `مقال ${n}`,
    site: 'news.example',
    lang: 'ar',
    publishedAt: published,
    entities: [
      {
        id: 'Q1',
        type: 'person',
        english: 'Ayman Safadi',
        arabic: 'الصفدي',
        context: 'قال الصفدي.',
        ...(dated ? { dated } : {}),
      },
      { id: 'Q2', type: 'place', english: 'Amman', arabic: 'عمان' },
    ],
  },
});

describe('entity history', () => {
  it('keeps the sentences that dated the entity on each page, and drops them with the page', async () => {
    const dated = [{ date: '2023-11', label: 'وكان الصفدي قد زار القاهرة في نوفمبر الماضي.' }];
    await route(seen(1, '2024-03-12', dated), tab('https://news.example/1'), deps);
    await route(seen(2, '2024-05-20'), tab('https://news.example/2'), deps);
    const r = await route({ type: 'entity/history', entityId: 'Q1', excludeUrl: null }, popup, deps);
    expect(r).toMatchObject({
      ok: true,
      value: [{ url: 'https://news.example/2' }, { url: 'https://news.example/1', dated }],
    });
    expect((r as { value: object[] }).value[0]).not.toHaveProperty('dated');
    // Seen again without them: the page's dated sentences are replaced, not kept twice.
    await route(seen(1, '2024-03-12'), tab('https://news.example/1'), deps);
    const again = await route({ type: 'entity/history', entityId: 'Q1', excludeUrl: null }, popup, deps);
    expect((again as { value: object[] }).value.every((m) => !('dated' in m))).toBe(true);
  });

  it('refuses dated sentences that are not dates', async () => {
    const r = await route(seen(1, null, [{ date: 'yesterday', label: 'x' }]), tab('https://news.example/1'), deps);
    expect(r?.ok).toBe(false);
  });

  it('answers at most 50 pages, newest first, leaving out the page asked from', async () => {
    for (let i = 0; i < 60; i++)
      await route(seen(i, `2020-01-${String((i % 28) + 1).padStart(2, '0')}`), tab(`https://news.example/${i}`), deps);
    const r = (await route(
      { type: 'entity/history', entityId: 'Q1', excludeUrl: 'https://news.example/27' },
      popup,
      deps,
    )) as { ok: true; value: { date: string; url: string }[] };
    expect(r.value).toHaveLength(50);
    expect(r.value.map((m) => m.url)).not.toContain('https://news.example/27');
    const dates = r.value.map((m) => m.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates[0]).toBe('2020-01-28');
  });

  it("answers the gazetteer's roles to extension pages, not to web pages", async () => {
    expect(await route({ type: 'entity/roles', entityId: 'Q1' }, popup, deps)).toEqual({
      ok: true,
      value: [{ role: 'Minister of Foreign Affairs', start: '2017-01-15' }],
    });
    expect(await route({ type: 'entity/roles', entityId: 'unknown' }, popup, deps)).toEqual({ ok: true, value: [] });
    expect((await route({ type: 'entity/roles', entityId: 'Q1' }, tab('https://evil.example/'), deps))?.ok).toBe(false);
  });
});
