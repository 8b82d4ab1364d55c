// The background's end of a news page's port (content/page-port.ts): each message is routed as a
// runtime message from the same sender would be, and its answer goes back with its number.
import type { Runtime } from 'webextension-polyfill';
import { isRecord } from '@/lib/protocol/check';
import { PAGE_PORT } from '@/lib/protocol/messages';
import { classifySender, route, type RouterDeps } from './router';

export function servePagePorts(onConnect: (listener: (port: Runtime.Port) => void) => void, deps: RouterDeps): void {
  onConnect((port) => {
    if (port.name !== PAGE_PORT) return;
    const sender = port.sender;
    // Only a web page's content script of this extension: the popup and the card use messages.
    if (!sender || classifySender(sender, deps) !== 'content') return port.disconnect();
    port.onMessage.addListener((raw: unknown) => {
      if (!isRecord(raw) || typeof raw.id !== 'number') return;
      const id = raw.id;
      void route(raw.message, sender, deps).then((answer) => {
        try {
          if (answer) port.postMessage({ id, answer });
        } catch {
          // The tab went away meanwhile.
        }
      });
    });
  });
}
