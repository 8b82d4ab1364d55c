// The article's text goes to the background through a port opened as soon as the page reads as
// news, while the article is still being read: runtime.sendMessage opens a channel to the worker
// for each message and its message waits for that channel, so the text would wait for it too.
// Only the background's own router reads the port (it checks the sender as for any message), and
// ports are between the extension's own contexts: the page sees none of it.
import type { Runtime } from 'webextension-polyfill';
import type { Message } from '@/lib/protocol/messages';
import { isRecord } from '@/lib/protocol/check';

/**
 * A transport for `createClient`: each message goes through the port, its answer comes back with
 * its number. Without a port (none could be opened, or the worker stopped and closed it), or
 * when the port closes before the answer, the message goes by `fallback` (runtime.sendMessage).
 */
export function pagePort(
  connect: () => Runtime.Port,
  fallback: (m: Message) => Promise<unknown>,
): (m: Message) => Promise<unknown> {
  let port: Runtime.Port | null = null;
  let seq = 0;
  const waiting = new Map<number, { m: Message; done: (answer: Promise<unknown> | unknown) => void }>();
  const open = () => {
    try {
      const p = connect();
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
    } catch {
      port = null;
    }
  };
  open();
  return (m) => {
    if (!port) open();
    const p = port;
    if (!p) return fallback(m);
    const id = ++seq;
    return new Promise((resolve) => {
      waiting.set(id, { m, done: resolve });
      try {
        p.postMessage({ id, message: m });
      } catch {
        waiting.delete(id);
        resolve(fallback(m));
      }
    });
  };
}
