// The card relay with fake ports: only the frame that presents the tab's current token gets cards.
import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createCardRelay, type RelayEnv } from '@/entrypoints/background/card-relay';
import type { CardExtras, CardPayload } from '@/lib/protocol/card';
import { pagePortName } from '@/lib/protocol/client';

const EXT = 'hamish-id';
const TOKEN = 'a'.repeat(32);
const OTHER = 'b'.repeat(32);
const card = { quote: { exact: 'الخرطوم' } } as unknown as CardPayload;

interface FakePort extends Runtime.Port {
  got: unknown[];
  disconnected: boolean;
  /** The other end (the frame) goes away. */
  drop(): void;
}

function fakePort(name: string, sender: { tabId?: number; frameId?: number; id?: string } = {}): FakePort {
  const onDisconnect: (() => void)[] = [];
  const port = {
    name,
    sender: {
      id: sender.id ?? EXT,
      frameId: sender.frameId ?? 1,
      ...(sender.tabId === undefined ? {} : { tab: { id: sender.tabId } }),
    },
    got: [] as unknown[],
    disconnected: false,
    postMessage(m: unknown) {
      if (port.disconnected) throw new Error('posted to a disconnected port');
      port.got.push(m);
    },
    disconnect() {
      port.disconnected = true;
    },
    drop() {
      port.disconnected = true;
      for (const f of onDisconnect) f();
    },
    onDisconnect: { addListener: (f: () => void) => onDisconnect.push(f) },
    onMessage: { addListener: () => {} },
  };
  return port as unknown as FakePort;
}

function setup() {
  let listener: ((p: Runtime.Port) => void) | null = null;
  const store: Record<string, unknown> = {};
  const toTab: [number, unknown, number][] = [];
  const env: RelayEnv = {
    extensionId: EXT,
    onConnect: (l) => (listener = l),
    session: {
      get: async (k) => ({ [k as string]: store[k as string] }),
      set: async (items) => void Object.assign(store, items),
    },
    sendToTab: async (tabId, m, frameId) => void toTab.push([tabId, m, frameId]),
  };
  const relay = createCardRelay(env);
  /** Connects a port and lets the relay check its token. */
  const connect = async (port: FakePort) => {
    listener!(port);
    await new Promise((r) => setTimeout(r, 0));
    return port;
  };
  return { relay, connect, store, toTab };
}

const shows = (p: FakePort) => p.got.filter((m) => (m as { type: string }).type === 'card/show');

const extras: CardExtras = {
  notes: [],
  noteCount: 3,
  history: [{ date: '2024', title: 't', url: 'https://a.example/' }],
};
const later = () => {
  let resolve!: (x: CardExtras) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<CardExtras>((res, rej) => ([resolve, reject] = [res, rej]));
  return { promise, resolve, reject };
};
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('card relay', () => {
  it('binds the port named after the tab token and sends it cards', async () => {
    const { relay, connect } = setup();
    await relay.register(7, TOKEN);
    const port = await connect(fakePort(`card/${TOKEN}`, { tabId: 7 }));
    expect(port.disconnected).toBe(false);
    expect(port.got).toEqual([{ type: 'card/bound' }]);
    expect(relay.show(7, card)).toBe(true);
    relay.hide(7);
    expect(port.got.slice(1)).toEqual([{ type: 'card/show', seq: 1, card }, { type: 'card/hide' }]);
    expect(relay.isCard(7, 1)).toBe(true);
  });

  it.each([
    ['another token', `card/${OTHER}`, { tabId: 7 }],
    ['no token', 'card', { tabId: 7 }],
    ['a token that is not hex', `card/${'z'.repeat(32)}`, { tabId: 7 }],
    ['the right token from another extension', `card/${TOKEN}`, { tabId: 7, id: 'someone-else' }],
    ['the right token from another tab', `card/${TOKEN}`, { tabId: 8 }],
    ['the right token without a tab', `card/${TOKEN}`, {}],
    ['a name that only begins as a page port does', 'pages', { tabId: 7 }],
  ])('refuses a port with %s and tells it nothing', async (_what, name, sender) => {
    const { relay, connect } = setup();
    await relay.register(7, TOKEN);
    const port = await connect(fakePort(name, sender));
    expect(port.disconnected).toBe(true);
    expect(relay.show(7, card)).toBe(false);
    expect(port.got).toEqual([]);
    expect(relay.isCard(7, 1)).toBe(false);
  });

  it.each([
    ['plain', 'page'],
    [
      'opened with its message',
      pagePortName({ id: 1, message: { type: 'page/annotate', text: 'نص', published: null } }),
    ],
  ])(
    "leaves a news page's own port (%s) to its listener (background/page-port.ts): not bound, not closed",
    async (_what, name) => {
      const { relay, connect } = setup();
      await relay.register(7, TOKEN);
      const port = await connect(fakePort(name, { tabId: 7 }));
      expect(port.disconnected).toBe(false);
      expect(relay.show(7, card)).toBe(false);
      expect(port.got).toEqual([]);
    },
  );

  it('gives a second card frame in the tab nothing, while the bound one keeps its cards', async () => {
    const { relay, connect } = setup();
    await relay.register(7, TOKEN);
    const own = await connect(fakePort(`card/${TOKEN}`, { tabId: 7, frameId: 3 }));
    // A page's own frame of card.html, guessing or replaying an old token.
    const intruder = await connect(fakePort(`card/${OTHER}`, { tabId: 7, frameId: 9 }));
    relay.show(7, card);
    expect(intruder.disconnected).toBe(true);
    expect(intruder.got).toEqual([]);
    expect(shows(own)).toHaveLength(1);
    expect(relay.isCard(7, 9)).toBe(false);
    expect(relay.isCard(7, 3)).toBe(true);
  });

  it('refuses the old token once the frame registered a new one', async () => {
    const { relay, connect } = setup();
    await relay.register(7, TOKEN);
    await relay.register(7, OTHER);
    const stale = await connect(fakePort(`card/${TOKEN}`, { tabId: 7 }));
    expect(stale.disconnected).toBe(true);
    const fresh = await connect(fakePort(`card/${OTHER}`, { tabId: 7 }));
    expect(fresh.disconnected).toBe(false);
  });

  it('unbinds on disconnect: later cards wait, and go to the frame that reconnects', async () => {
    const { relay, connect } = setup();
    await relay.register(7, TOKEN);
    const first = await connect(fakePort(`card/${TOKEN}`, { tabId: 7, frameId: 3 }));
    first.drop();
    expect(relay.isCard(7, 3)).toBe(false);
    expect(relay.show(7, card)).toBe(false);
    expect(shows(first)).toEqual([]);
    const again = await connect(fakePort(`card/${TOKEN}`, { tabId: 7, frameId: 3 }));
    expect(again.got).toEqual([{ type: 'card/bound' }, { type: 'card/show', seq: 1, card }]);
  });

  it('keeps tokens in session storage, so a restarted worker still knows the frame', async () => {
    const a = setup();
    await a.relay.register(7, TOKEN);
    const b = setup();
    Object.assign(b.store, a.store);
    const port = await b.connect(fakePort(`card/${TOKEN}`, { tabId: 7 }));
    expect(port.disconnected).toBe(false);
  });

  it("does not let one tab's card reach another tab", async () => {
    const { relay, connect } = setup();
    await relay.register(7, TOKEN);
    await relay.register(8, OTHER);
    const seven = await connect(fakePort(`card/${TOKEN}`, { tabId: 7 }));
    const eight = await connect(fakePort(`card/${OTHER}`, { tabId: 8 }));
    relay.show(8, card);
    expect(shows(seven)).toEqual([]);
    expect(shows(eight)).toHaveLength(1);
  });

  it('sends tab messages to the top frame only', () => {
    const { relay, toTab } = setup();
    relay.closed(7);
    relay.toTab(7, { type: 'tab/refresh' });
    relay.toTab(-1, { type: 'tab/refresh' });
    expect(toTab).toEqual([
      [7, { type: 'tab/cardClosed' }, 0],
      [7, { type: 'tab/refresh' }, 0],
    ]);
  });

  it('sends extras at hand with the card, and extras read later after it under the same number', async () => {
    const { relay, connect } = setup();
    await relay.register(7, TOKEN);
    const port = await connect(fakePort(`card/${TOKEN}`, { tabId: 7 }));
    relay.show(7, card, extras);
    const read = later();
    relay.show(7, card, read.promise);
    expect(port.got.slice(1)).toEqual([
      { type: 'card/show', seq: 1, card, extras },
      { type: 'card/show', seq: 2, card },
    ]);
    read.resolve(extras);
    await settle();
    expect(port.got.at(-1)).toEqual({ type: 'card/extras', seq: 2, extras });
  });

  it('tells the frame when the extras could not be read, so it stops waiting', async () => {
    const { relay, connect } = setup();
    await relay.register(7, TOKEN);
    const port = await connect(fakePort(`card/${TOKEN}`, { tabId: 7 }));
    const read = later();
    relay.show(7, card, read.promise);
    read.reject(new Error('store closed'));
    await settle();
    expect(port.got.at(-1)).toEqual({ type: 'card/extras', seq: 1, extras: null });
  });

  it('adds extras read while a card waits for its frame to it, and drops those of a card replaced', async () => {
    const { relay, connect } = setup();
    await relay.register(7, TOKEN);
    const first = later();
    relay.show(7, card, first.promise);
    const second = later();
    relay.show(7, card, second.promise);
    first.resolve({ ...extras, noteCount: 1 });
    second.resolve(extras);
    await settle();
    const port = await connect(fakePort(`card/${TOKEN}`, { tabId: 7 }));
    expect(port.got).toEqual([{ type: 'card/bound' }, { type: 'card/show', seq: 2, card, extras }]);
  });
});
