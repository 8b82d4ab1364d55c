import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { CardData } from '@/entrypoints/background/card-data';
import { openHamishDB } from '@/entrypoints/background/db';
import { servePagePorts } from '@/entrypoints/background/page-port';
import { pagePortName } from '@/lib/protocol/client';
import type { RouterDeps } from '@/entrypoints/background/router';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { noCards } from './no-cards';

const ORIGIN = 'chrome-extension://abc/';
const db = () => openHamishDB(`test-${Math.random()}`);
const deps: RouterDeps = {
  extensionId: 'abc',
  extensionOrigin: ORIGIN,
  db,
  cardData: new CardData(db),
  now: () => 1000,
  newId: () => 'id',
  settings: async () => DEFAULT_SETTINGS,
  annotate: (text) => ({ entities: [], dates: [], facts: {}, ms: text.length }),
  cards: noCards(),
};

type Sender = Runtime.MessageSender;
function fakePort(name: string, sender: Sender) {
  const onMessage: ((m: unknown) => void)[] = [];
  const port = {
    name,
    sender,
    got: [] as unknown[],
    disconnected: false,
    onMessage: { addListener: (l: (m: unknown) => void) => onMessage.push(l) },
    onDisconnect: { addListener: () => {} },
    postMessage: (m: unknown) => void port.got.push(m),
    disconnect: () => void (port.disconnected = true),
    send: (m: unknown) => onMessage.forEach((l) => l(m)),
  };
  return port;
}

function connect(name: string, sender: Sender) {
  const port = fakePort(name, sender);
  servePagePorts((l) => l(port as unknown as Runtime.Port), deps);
  return port;
}
const settle = () => new Promise((r) => setTimeout(r, 20));
const page = (url: string): Sender => ({ id: 'abc', url, tab: { id: 1, url } as Runtime.MessageSender['tab'] });
const annotate = { type: 'page/annotate', text: 'نص', published: null };

describe('servePagePorts', () => {
  it("answers a news page's article with its number", async () => {
    const port = connect('page', page('https://news.example/a'));
    port.send({ id: 4, message: annotate });
    await settle();
    expect(port.disconnected).toBe(false);
    expect(port.got).toEqual([{ id: 4, answer: { ok: true, value: { entities: [], dates: [], facts: {}, ms: 2 } } }]);
  });

  it('answers the message a port was opened with, and the ones posted on it after', async () => {
    const port = connect(pagePortName({ id: 1, message: annotate }), page('https://news.example/a'));
    await settle();
    port.send({ id: 2, message: { ...annotate, text: 'نصوص' } });
    await settle();
    const answer = (ms: number) => ({ ok: true, value: { entities: [], dates: [], facts: {}, ms } });
    expect(port.got).toEqual([
      { id: 1, answer: answer(2) },
      { id: 2, answer: answer(4) },
    ]);
  });

  it.each([
    ['another extension', { ...page('https://news.example/a'), id: 'someone-else' }],
    ['an extension page (the popup)', { id: 'abc', url: `${ORIGIN}popup.html` }],
  ])('closes a port opened with a message from %s, answering nothing', async (_what, sender) => {
    const port = connect(pagePortName({ id: 1, message: annotate }), sender);
    await settle();
    expect([port.disconnected, port.got]).toEqual([true, []]);
  });

  it.each([
    ['no number', 'page:{"message":{"type":"page/annotate","text":"نص","published":null}}'],
    ['not JSON', 'page:{"id":1,'],
    ['a list', 'page:[1]'],
  ])('answers nothing for a name with %s in it, and keeps the port', async (_what, name) => {
    const port = connect(name, page('https://news.example/a'));
    await settle();
    expect([port.disconnected, port.got]).toEqual([false, []]);
  });

  it('a page may not ask in a name what it may not ask in a message', async () => {
    const port = connect(pagePortName({ id: 1, message: { type: 'notes/all' } }), page('https://news.example/a'));
    await settle();
    expect(port.got).toEqual([{ id: 1, answer: { ok: false, error: 'notes/all is not allowed from a web page' } }]);
  });

  it('routes as a runtime message: what a web page may not ask is refused', async () => {
    const port = connect('page', page('https://news.example/a'));
    port.send({ id: 1, message: { type: 'notes/all' } });
    await settle();
    expect(port.got).toEqual([{ id: 1, answer: { ok: false, error: 'notes/all is not allowed from a web page' } }]);
  });

  it.each([
    ['another extension', { ...page('https://news.example/a'), id: 'someone-else' }],
    ['an extension page (the popup)', { id: 'abc', url: `${ORIGIN}popup.html` }],
    ['no tab', { id: 'abc', url: 'https://news.example/a' }],
  ])('closes a page port from %s, answering nothing', async (_what, sender) => {
    const port = connect('page', sender);
    expect(port.disconnected).toBe(true);
  });

  it('leaves other ports (the card) alone, and messages without a number unanswered', async () => {
    const card = connect('card/0123', page('https://news.example/a'));
    expect(card.disconnected).toBe(false);
    card.send({ id: 1, message: annotate });
    const near = connect(`pages${JSON.stringify({ id: 1, message: annotate })}`, page('https://news.example/a'));
    expect(near.disconnected).toBe(false);
    const port = connect('page', page('https://news.example/a'));
    port.send({ message: annotate });
    port.send('page/annotate');
    await settle();
    expect([card.got, near.got, port.got]).toEqual([[], [], []]);
  });
});
