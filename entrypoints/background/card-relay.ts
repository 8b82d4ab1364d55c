// The card frame of each tab connects a port named "card"; card payloads from the tab's content
// script are delivered through it. A payload that arrives before the frame has connected waits.
import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import type { CardPayload } from '@/lib/card';
import type { CardRelay } from './router';

export function createCardRelay(cardUrl: string): CardRelay {
  const ports = new Map<number, Runtime.Port>();
  const pending = new Map<number, CardPayload>();

  browser.runtime.onConnect.addListener((port) => {
    const tabId = port.sender?.tab?.id;
    // Only the extension's own card page may receive cards.
    if (port.name !== 'card' || tabId === undefined || !port.sender?.url?.startsWith(cardUrl)) return port.disconnect();
    ports.set(tabId, port);
    port.onDisconnect.addListener(() => {
      if (ports.get(tabId) === port) ports.delete(tabId);
    });
    const waiting = pending.get(tabId);
    if (waiting) {
      pending.delete(tabId);
      port.postMessage({ type: 'card/show', card: waiting });
    }
  });

  return {
    show(tabId, card) {
      const port = ports.get(tabId);
      if (port) port.postMessage({ type: 'card/show', card });
      else pending.set(tabId, card);
    },
    hide(tabId) {
      pending.delete(tabId);
      ports.get(tabId)?.postMessage({ type: 'card/hide' });
    },
    closed(tabId) {
      void browser.tabs.sendMessage(tabId, { type: 'tab/cardClosed' }, { frameId: 0 }).catch(() => {});
    },
    toTab(tabId, m) {
      if (tabId >= 0) void browser.tabs.sendMessage(tabId, m, { frameId: 0 }).catch(() => {});
    },
  };
}
