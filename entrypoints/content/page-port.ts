// The article's text goes to the background through a port: runtime.sendMessage opens a channel to
// the worker for each message, and a message waits for its channel's opening. A plain port is opened
// as soon as the page reads as news, while the article is read, so that a stopped worker starts then;
// the text, once ready, opens the port it goes through, in its name (lib/protocol/client.ts), so
// that it does not wait for the opening's round trip (on a fresh install's first page, 22–78 ms
// after the connect). Only the background's own router reads the port (it checks the sender as for
// any message), and ports are between the extension's own contexts: the page sees none of it.
import type { Runtime } from 'webextension-polyfill';
import type { Message } from '@/lib/protocol/messages';
import { isRecord } from '@/lib/protocol/check';
import { pagePortName } from '@/lib/protocol/client';

/**
 * A transport for `createClient`: the first message opens the port it goes through (closing the
 * plain one opened at once), the next are posted on it, and each answer comes back with its number.
 * Without a port (none could be opened, or the worker stopped and closed it), or when the port
 * closes before the answer, the message goes by `fallback` (runtime.sendMessage).
 */
export function pagePort(
  connect: (name: string) => Runtime.Port,
  fallback: (m: Message) => Promise<unknown>,
): (m: Message) => Promise<unknown> {
  let waking: Runtime.Port | null = null;
  try {
    waking = connect(pagePortName());
  } catch {
    // The first message tries again, then falls back.
  }
  let port: Runtime.Port | null = null;
  let seq = 0;
  const waiting = new Map<number, { m: Message; done: (answer: Promise<unknown> | unknown) => void }>();
  const open = (first: { id: number; message: Message }) => {
    const p = connect(pagePortName(first));
    p.onMessage.addListener((raw: unknown) => {
      if (!isRecord(raw) || typeof raw.id !== 'number') return;
      const w = waiting.get(raw.id);
      waiting.delete(raw.id);
      w?.done(raw.answer);
    });
    p.onDisconnect.addListener(() => {
      if (port === p) port = null;
      // The worker stopped (or the extension was reloaded) before answering: ask again the usual way.
      for (const [id, w] of waiting) {
        waiting.delete(id);
        w.done(fallback(w.m));
      }
    });
    port = p;
    waking?.disconnect();
    waking = null;
  };
  return (m) => {
    const id = ++seq;
    return new Promise((resolve) => {
      waiting.set(id, { m, done: resolve });
      try {
        if (port) port.postMessage({ id, message: m });
        else open({ id, message: m });
      } catch {
        waiting.delete(id);
        resolve(fallback(m));
      }
    });
  };
}
