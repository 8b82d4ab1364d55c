import { beforeEach, describe, expect, it } from 'vitest';
import { CardData } from '@/entrypoints/background/card-data';
import { openHamishDB } from '@/entrypoints/background/db';
import type { RouterDeps } from '@/entrypoints/background/router';
import { checkedRoute as route } from './checked-route';
import { DEFAULT_SETTINGS } from '@/lib/settings';

const ORIGIN = 'chrome-extension://abc/';
let deps: RouterDeps;
let dbName: string;
let clock = 1000;
const shown: [number, unknown][] = [];
const toTab: [number, unknown][] = [];
const cards = {
  show: (tab: number, card: unknown) => shown.push([tab, card]) > 0,
  hide: () => {},
  closed: () => {},
  register: async () => {},
  // Tab 7's bound card frame is frame 3.
  isCard: (tab: number, frameId: number | undefined) => tab === 7 && frameId === 3,
  toTab: (tab: number, m: unknown) => void toTab.push([tab, m]),
};

beforeEach(() => {
  dbName = `test-${Math.random()}`;
  deps = {
    extensionId: 'abc',
    extensionOrigin: ORIGIN,
    db: () => openHamishDB(dbName),
    cardData: new CardData(() => openHamishDB(dbName)),
    now: () => clock++,
    newId: () => `id-${clock}`,
    settings: async () => DEFAULT_SETTINGS,
    annotate: () => ({ entities: [], dates: [], facts: {}, ms: 0 }),
    cards,
  };
});

const tab = (url: string) => ({ id: 'abc', url, tab: { id: 1, url } });
const popup = { id: 'abc', url: `${ORIGIN}popup.html` };
const seen = (url: string, title: string) => ({
  type: 'page/seen',
  page: {
    url,
    title,
    site: 'example.com',
    lang: 'ar',
    publishedAt: '2024-03-12',
    entities: [{ id: 'Q1', type: 'person', english: 'Someone', arabic: 'شخص' }],
  },
});

describe('route', () => {
  it(
    "passes the card page's layout and keys to the content script of its own tab, " +
      'and refuses them from a web page',
    async () => {
      toTab.length = 0;
      const cardPage = {
        id: 'abc',
        url: `${ORIGIN}card.html`,
        tab: { id: 7, url: 'https://news.example/a' },
        frameId: 3,
      };
      const layout = { height: 412, pinned: true, wide: false };
      expect(await route({ type: 'card/layout', layout }, cardPage, deps)).toEqual({ ok: true, value: true });
      expect(await route({ type: 'card/key', key: 'next' }, cardPage, deps)).toEqual({ ok: true, value: true });
      // Naming the card laid out (its requestedAt), for a card the tab holds unseen until then.
      const named = { ...layout, card: 1_765_000_000_123 };
      expect(await route({ type: 'card/layout', layout: named }, cardPage, deps)).toEqual({ ok: true, value: true });
      expect(toTab).toEqual([
        [7, { type: 'tab/cardLayout', layout }],
        [7, { type: 'tab/cardKey', key: 'next' }],
        [7, { type: 'tab/cardLayout', layout: named }],
      ]);
      expect((await route({ type: 'card/key', key: 'next' }, tab('https://news.example/a'), deps))?.ok).toBe(false);
      // A copy of card.html that the page frames itself is not the tab's card.
      expect((await route({ type: 'card/key', key: 'next' }, { ...cardPage, frameId: 4 }, deps))?.ok).toBe(false);
      expect((await route({ type: 'card/layout', layout }, { ...cardPage, frameId: 4 }, deps))?.ok).toBe(false);
      expect((await route({ type: 'card/key', key: 'reload' }, cardPage, deps))?.ok).toBe(false);
      expect(
        (await route({ type: 'card/layout', layout: { height: -1, pinned: true, wide: false } }, cardPage, deps))?.ok,
      ).toBe(false);
      for (const card of [1.5, -1, '1765000000123'])
        expect((await route({ type: 'card/layout', layout: { ...layout, card } }, cardPage, deps))?.ok).toBe(false);
      expect(toTab).toHaveLength(3);
    },
  );

  it('records a page from a content script and lists it for the popup, newest first', async () => {
    expect(await route(seen('https://example.com/1', 'الأول'), tab('https://example.com/1'), deps)).toEqual({
      ok: true,
      value: { url: 'https://example.com/1', recorded: true, entities: 1 },
    });
    await route(seen('https://example.com/2', 'الثاني'), tab('https://example.com/2'), deps);
    const r = await route({ type: 'pages/recent', limit: 10 }, popup, deps);
    expect(r?.ok).toBe(true);
    const titles = (r as { value: { title: string; entityIds: string[] }[] }).value.map((p) => p.title);
    expect(titles).toEqual(['الثاني', 'الأول']);
  });

  it('keeps the first-seen time when a page is seen again', async () => {
    await route(seen('https://example.com/1', 'a'), tab('https://example.com/1'), deps);
    await route(seen('https://example.com/1', 'b'), tab('https://example.com/1'), deps);
    const db = await deps.db();
    const rec = await db.get('pages', 'https://example.com/1');
    expect(rec?.title).toBe('b');
    expect(rec!.firstSeen).toBeLessThan(rec!.lastSeen);
    expect(rec?.entityIds).toEqual(['Q1']);
  });

  it('ignores other extensions and answers nothing', async () => {
    expect(
      await route({ type: 'pages/recent', limit: 1 }, { id: 'someone-else', url: 'https://evil.example' }, deps),
    ).toBeNull();
  });

  it('refuses reads of history from a web page', async () => {
    const r = await route({ type: 'pages/recent', limit: 1 }, tab('https://evil.example/'), deps);
    expect(r).toEqual({ ok: false, error: 'pages/recent is not allowed from a web page' });
  });

  it('returns validation errors as values', async () => {
    const r = await route(
      { type: 'page/seen', page: { url: 'file:///etc/passwd' } },
      tab('https://example.com/'),
      deps,
    );
    expect(r?.ok).toBe(false);
  });

  it('records nothing while history is paused', async () => {
    deps.settings = async () => ({ ...DEFAULT_SETTINGS, historyEnabled: false });
    expect(await route(seen('https://example.com/1', 'a'), tab('https://example.com/1'), deps)).toEqual({
      ok: true,
      value: { url: 'https://example.com/1', recorded: false },
    });
    expect(await (await deps.db()).count('pages')).toBe(0);
  });

  it('keeps history bounded, dropping the oldest pages first', async () => {
    deps.settings = async () => ({ ...DEFAULT_SETTINGS, historyMaxPages: 10 });
    for (let i = 0; i < 12; i++)
      await route(seen(`https://example.com/${i}`, `p${i}`), tab(`https://example.com/${i}`), deps);
    const db = await deps.db();
    expect(await db.count('pages')).toBe(10);
    expect(await db.get('pages', 'https://example.com/0')).toBeUndefined();
    expect(await db.get('pages', 'https://example.com/11')).toBeDefined();
  });

  it("lets a page read its own notes but not another page's", async () => {
    const draft = {
      url: 'https://example.com/1',
      title: 't',
      site: 'example.com',
      publishedAt: null,
      quote: { exact: 'نص', prefix: '', suffix: '' },
      position: null,
      entity: null,
      body: 'b',
      format: 'text',
      tags: [],
    };
    const saved = await route({ type: 'notes/save', draft, id: null }, popup, deps);
    expect(saved?.ok).toBe(true);
    const own = await route(
      { type: 'notes/forPage', url: 'https://example.com/1' },
      tab('https://example.com/1#top'),
      deps,
    );
    expect((own as { value: unknown[] }).value).toHaveLength(1);
    expect(
      await route({ type: 'notes/forPage', url: 'https://example.com/1' }, tab('https://evil.example/'), deps),
    ).toEqual({ ok: false, error: 'a page may read only its own notes' });
    expect((await route({ type: 'notes/save', draft, id: null }, tab('https://example.com/1'), deps))?.ok).toBe(false);
  });
});
