import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { pagePort } from '@/entrypoints/content/page-port';
import type { Message } from '@/lib/protocol/messages';

/** A port whose far end the test plays: `posted` holds what the content script sent. */
function fakePort() {
  const onMessage: ((m: unknown) => void)[] = [];
  const onDisconnect: ((p: unknown) => void)[] = [];
  const posted: { id: number; message: Message }[] = [];
  const port = {
    name: 'page',
    posted,
    open: true,
    onMessage: { addListener: (l: (m: unknown) => void) => onMessage.push(l) },
    onDisconnect: { addListener: (l: (p: unknown) => void) => onDisconnect.push(l) },
    postMessage(m: { id: number; message: Message }) {
      if (!port.open) throw new Error('Attempting to use a disconnected port object');
      posted.push(m);
    },
    disconnect() {},
    answer: (m: unknown) => onMessage.forEach((l) => l(m)),
    close() {
      port.open = false;
      onDisconnect.forEach((l) => l(port));
    },
  };
  return port;
}
type Fake = ReturnType<typeof fakePort>;

const msg = (text: string): Message => ({ type: 'page/annotate', text, published: null });

function setup(connect?: () => Fake) {
  const ports: Fake[] = [];
  const byMessage: Message[] = [];
  const send = pagePort(
    () => {
      const p = connect ? connect() : fakePort();
      ports.push(p);
      return p as unknown as Runtime.Port;
    },
    async (m) => (byMessage.push(m), { ok: true, value: 'by message' }),
  );
  return { send, ports, byMessage };
}

describe('pagePort', () => {
  it('opens the port at once, before anything is sent', () => {
    const { ports } = setup();
    expect(ports).toHaveLength(1);
  });

  it('pairs each answer with its message by number, in any order', async () => {
    const { send, ports } = setup();
    const a = send(msg('أ'));
    const b = send(msg('ب'));
    const [pa, pb] = ports[0]!.posted;
    expect(pa!.message).toEqual(msg('أ'));
    ports[0]!.answer({ id: pb!.id, answer: { ok: true, value: 'B' } });
    ports[0]!.answer({ id: pa!.id, answer: { ok: true, value: 'A' } });
    expect(await a).toEqual({ ok: true, value: 'A' });
    expect(await b).toEqual({ ok: true, value: 'B' });
  });

  it.each([
    ['no number', { answer: { ok: true, value: 'X' } }],
    ['a number never sent', { id: 99, answer: { ok: true, value: 'X' } }],
    ['a string for a number', { id: '1', answer: { ok: true, value: 'X' } }],
    ['not an object', 'X'],
  ])('leaves a message with %s unanswered', async (_what, stray) => {
    const { send, ports } = setup();
    const a = send(msg('أ'));
    ports[0]!.answer(stray);
    const first = await Promise.race([a, new Promise((r) => setTimeout(() => r('waiting'), 10))]);
    expect(first).toBe('waiting');
    ports[0]!.answer({ id: ports[0]!.posted[0]!.id, answer: { ok: true, value: 'A' } });
    expect(await a).toEqual({ ok: true, value: 'A' });
  });

  it('asks again by message when the port closes before the answer, and opens a new port next time', async () => {
    const { send, ports, byMessage } = setup();
    const a = send(msg('أ'));
    ports[0]!.close();
    expect(await a).toEqual({ ok: true, value: 'by message' });
    expect(byMessage).toEqual([msg('أ')]);
    void send(msg('ب'));
    expect(ports).toHaveLength(2);
    expect(ports[1]!.posted.map((p) => p.message)).toEqual([msg('ب')]);
  });

  it('sends by message when no port can be opened', async () => {
    const { send, byMessage } = setup(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(await send(msg('أ'))).toEqual({ ok: true, value: 'by message' });
    expect(byMessage).toEqual([msg('أ')]);
  });

  it('sends by message when posting fails', async () => {
    const { send, ports, byMessage } = setup();
    ports[0]!.open = false; // closed without telling
    expect(await send(msg('أ'))).toEqual({ ok: true, value: 'by message' });
    expect(byMessage).toEqual([msg('أ')]);
  });
});
