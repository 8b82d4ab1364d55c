import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { pagePort } from '@/entrypoints/content/page-port';
import { isPagePort, pagePortFirst } from '@/lib/protocol/client';
import type { Message } from '@/lib/protocol/messages';

/** A port whose far end the test plays: `posted` holds what the content script sent. */
function fakePort(name: string) {
  const onMessage: ((m: unknown) => void)[] = [];
  const onDisconnect: ((p: unknown) => void)[] = [];
  const posted: { id: number; message: Message }[] = [];
  const port = {
    name,
    posted,
    open: true,
    closedHere: false,
    onMessage: { addListener: (l: (m: unknown) => void) => onMessage.push(l) },
    onDisconnect: { addListener: (l: (p: unknown) => void) => onDisconnect.push(l) },
    postMessage(m: { id: number; message: Message }) {
      if (!port.open) throw new Error('Attempting to use a disconnected port object');
      posted.push(m);
    },
    disconnect() {
      port.closedHere = true;
    },
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

/** The message a port was opened with, read as the background reads it. */
const first = (p: Fake) => pagePortFirst(p.name) as { id: number; message: Message } | undefined;

function setup(connect?: (name: string) => Fake) {
  const ports: Fake[] = [];
  const byMessage: Message[] = [];
  const send = pagePort(
    (name) => {
      const p = connect ? connect(name) : fakePort(name);
      ports.push(p);
      return p as unknown as Runtime.Port;
    },
    async (m) => (byMessage.push(m), { ok: true, value: 'by message' }),
  );
  return { send, ports, byMessage };
}

describe('pagePort', () => {
  it('opens a plain port at once, before anything is sent', () => {
    const { ports } = setup();
    expect(ports.map((p) => [isPagePort(p.name), first(p)])).toEqual([[true, undefined]]);
  });

  it('opens a port with the first message in its name, closes the plain one, and posts the next', () => {
    const { send, ports } = setup();
    void send(msg('أ'));
    void send(msg('ب'));
    expect(ports).toHaveLength(2);
    expect(ports[0]!.closedHere).toBe(true);
    expect([ports[0]!.posted, ports[1]!.closedHere]).toEqual([[], false]);
    expect(isPagePort(ports[1]!.name)).toBe(true);
    expect(first(ports[1]!)?.message).toEqual(msg('أ'));
    expect(ports[1]!.posted.map((p) => p.message)).toEqual([msg('ب')]);
  });

  it('pairs each answer with its message by number, in any order', async () => {
    const { send, ports } = setup();
    const a = send(msg('أ'));
    const b = send(msg('ب'));
    const pa = first(ports[1]!);
    const [pb] = ports[1]!.posted;
    expect(pa!.message).toEqual(msg('أ'));
    ports[1]!.answer({ id: pb!.id, answer: { ok: true, value: 'B' } });
    ports[1]!.answer({ id: pa!.id, answer: { ok: true, value: 'A' } });
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
    ports[1]!.answer(stray);
    const waited = await Promise.race([a, new Promise((r) => setTimeout(() => r('waiting'), 10))]);
    expect(waited).toBe('waiting');
    ports[1]!.answer({ id: first(ports[1]!)!.id, answer: { ok: true, value: 'A' } });
    expect(await a).toEqual({ ok: true, value: 'A' });
  });

  it('asks again by message when the port closes before the answer, and opens a new port next time', async () => {
    const { send, ports, byMessage } = setup();
    const a = send(msg('أ'));
    ports[1]!.close();
    expect(await a).toEqual({ ok: true, value: 'by message' });
    expect(byMessage).toEqual([msg('أ')]);
    void send(msg('ب'));
    expect(ports).toHaveLength(3);
    expect([first(ports[2]!)?.message, ports[2]!.posted]).toEqual([msg('ب'), []]);
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
    void send(msg('أ'));
    ports[1]!.open = false; // closed without telling
    expect(await send(msg('ب'))).toEqual({ ok: true, value: 'by message' });
    expect(byMessage).toEqual([msg('ب')]);
  });
});
