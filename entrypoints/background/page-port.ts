// The background's end of a news page's port (content/page-port.ts): its first message may come in
// its name (lib/protocol/client.ts), the others as messages; each is routed as a runtime message from the
// same sender would be, and its answer goes back with its number.
import type { Runtime } from 'webextension-polyfill';
import { isRecord } from '@/lib/protocol/check';
import { isPagePort, pagePortFirst } from '@/lib/protocol/client';
import { classifySender, route, type RouterDeps } from './router';

export function servePagePorts(onConnect: (listener: (port: Runtime.Port) => void) => void, deps: RouterDeps): void {
  onConnect((port) => {
    if (!isPagePort(port.name)) return;
    const sender = port.sender;
    // Only a web page's content script of this extension: the popup and the card use messages.
    if (!sender || classifySender(sender, deps) !== 'content') return port.disconnect();
    const serve = (raw: unknown) => {
      if (!isRecord(raw) || typeof raw.id !== 'number') return;
      const id = raw.id;
      void route(raw.message, sender, deps).then((answer) => {
        try {
          if (answer) port.postMessage({ id, answer });
        } catch {
          // The tab went away meanwhile.
        }
      });
    };
    port.onMessage.addListener(serve);
    const first = pagePortFirst(port.name);
    if (first !== undefined) serve(first);
  });
}
