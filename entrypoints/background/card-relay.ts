// Delivers card payloads from a tab's content script to the card frame that content script made,
// and to nothing else. The content script registers a fresh random token for its frame and hands
// it to the frame alone (card-frame.ts); a card port is accepted only if it is named after the
// tab's current token. Any other frame of card.html (one a page embeds, at any time) is refused.
// The frame's URL is not what is compared: in Chrome the card is loaded from a per-session URL
// while the frame reports the extension's fixed origin, and a URL proves nothing a page's own
// frame of the card could not show. A payload that arrives before the frame has connected waits.
//
// Tokens are kept in storage.session as well as in memory: a Chrome service worker stopped while
// idle forgets its memory, and the card frame then reconnects with the token it holds. Session
// storage lives in memory, is not readable by content scripts, and ends with the browser.
import type { Runtime, Storage } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import type { CardExtras, CardPortMessage } from '@/lib/protocol/card';
import { isPagePort } from '@/lib/protocol/client';
import type { CardRelay } from './router';

const TOKENS_KEY = 'cardTokens';
const PORT_NAME = /^card\/([0-9a-f]{32})$/;

/** What the relay needs of the browser; unit tests pass fakes of these. */
export interface RelayEnv {
  extensionId: string;
  onConnect: (listener: (port: Runtime.Port) => void) => void;
  /** storage.session, where the browser has it. */
  session: Pick<Storage.StorageArea, 'get' | 'set'> | undefined;
  sendToTab: (tabId: number, m: unknown, frameId: number) => Promise<unknown>;
}

export const browserRelayEnv = (): RelayEnv => ({
  extensionId: browser.runtime.id,
  onConnect: (listener) => browser.runtime.onConnect.addListener(listener),
  session: browser.storage.session as Storage.StorageArea | undefined,
  sendToTab: (tabId, m, frameId) => browser.tabs.sendMessage(tabId, m, { frameId }),
});

export function createCardRelay(env: RelayEnv = browserRelayEnv()): CardRelay {
  const ports = new Map<number, Runtime.Port>();
  const pending = new Map<number, CardPortMessage & { type: 'card/show' }>();
  let seq = 0;
  let tokens: Promise<Record<string, string>> | null = null;
  const loadTokens = () =>
    (tokens ??= Promise.resolve(env.session?.get(TOKENS_KEY))
      .then((r) => (r?.[TOKENS_KEY] ?? {}) as Record<string, string>)
      .catch(() => ({}))) as Promise<Record<string, string>>;

  env.onConnect((port) => {
    if (isPagePort(port.name)) return; // a page's article: page-port.ts
    const token = PORT_NAME.exec(port.name)?.[1];
    const tabId = port.sender?.tab?.id;
    if (!token || tabId === undefined || port.sender?.id !== env.extensionId) return port.disconnect();
    // Until the token is checked, the port is neither bound nor told anything.
    void loadTokens().then((known) => {
      if (known[tabId] !== token) return port.disconnect();
      const before = ports.get(tabId);
      if (before && before !== port) before.disconnect();
      ports.set(tabId, port);
      port.onDisconnect.addListener(() => {
        if (ports.get(tabId) === port) ports.delete(tabId);
      });
      port.postMessage({ type: 'card/bound' });
      const waiting = pending.get(tabId);
      if (waiting) {
        pending.delete(tabId);
        port.postMessage(waiting);
      }
    });
  });

  /** The extras of a card, to the frame showing it, or with the card while it waits for the frame. */
  const deliver = (tabId: number, m: CardPortMessage & { type: 'card/show' }, extras: CardExtras | null) => {
    if (pending.get(tabId) === m) {
      if (extras) pending.set(tabId, { ...m, extras });
    } else ports.get(tabId)?.postMessage({ type: 'card/extras', seq: m.seq, extras });
  };

  return {
    async register(tabId, token) {
      const known = await loadTokens();
      // The port bound with the old token stays until the new one binds: it is the same frame (or
      // one that is gone), and a card already on its way to it is not lost.
      known[tabId] = token;
      await env.session?.set({ [TOKENS_KEY]: known }).catch(() => {});
    },
    show(tabId, card, extras) {
      const port = ports.get(tabId);
      const ready = extras && !(extras instanceof Promise) ? extras : undefined;
      const m = { type: 'card/show' as const, seq: ++seq, card, ...(ready ? { extras: ready } : {}) };
      if (port) port.postMessage(m);
      else pending.set(tabId, m);
      if (extras instanceof Promise)
        void extras.then(
          (x) => deliver(tabId, m, x),
          () => deliver(tabId, m, null),
        );
      return !!port;
    },
    hide(tabId) {
      pending.delete(tabId);
      ports.get(tabId)?.postMessage({ type: 'card/hide' });
    },
    closed(tabId) {
      void env.sendToTab(tabId, { type: 'tab/cardClosed' }, 0).catch(() => {});
    },
    isCard(tabId, frameId) {
      const bound = ports.get(tabId)?.sender?.frameId;
      return bound !== undefined && bound === frameId;
    },
    toTab(tabId, m) {
      if (tabId >= 0) void env.sendToTab(tabId, m, 0).catch(() => {});
    },
  };
}
