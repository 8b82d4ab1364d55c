// Everything the popup needs from the browser, in one place, so app.tsx stays testable.
import { browser } from 'wxt/browser';
import { createClient, parseTabAnswer, type AskTab, type Message, type Send } from '@/lib/protocol/messages';
import { err } from '@/lib/result';
import type { Settings } from '@/lib/settings';
import { loadSettings, saveSettings } from '@/utils/settings';

export interface PopupApi {
  send: Send;
  /** Asks the content script of the active tab; an error value when the tab has none. */
  askTab: AskTab;
  settings: () => Promise<Settings>;
  saveSettings: (s: Settings) => Promise<void>;
  download: (filename: string, data: Blob) => void;
  /** Bytes this extension may still write to disk, as the browser estimates them; null if it does not say. */
  freeSpace: () => Promise<number | null>;
  close: () => void;
  openOptions: () => void;
  /** Set only where a file picker would close the popup (Firefox's action popup). */
  importElsewhere: (() => void) | undefined;
}

let lastLink: HTMLAnchorElement | null = null;

// No `downloads` permission: a blob URL on an <a download> saves the file. The last link stays in
// the page (hidden) until the next export, so the blob is not revoked before the save starts.
function download(filename: string, data: Blob) {
  if (lastLink) {
    URL.revokeObjectURL(lastLink.href);
    lastLink.remove();
  }
  const a = document.createElement('a');
  a.href = URL.createObjectURL(data);
  a.download = filename;
  a.hidden = true;
  a.dataset.export = filename;
  document.body.append(a);
  a.click();
  lastLink = a;
}

async function freeSpace(): Promise<number | null> {
  const e = await navigator.storage?.estimate?.();
  return e?.quota !== undefined && e.usage !== undefined ? e.quota - e.usage : null;
}

async function activeTabId(): Promise<number> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('no active tab');
  return tab.id;
}

/** Messages to the background, as Result values. */
export const messageClient = (): Send => createClient((m: Message) => browser.runtime.sendMessage(m));

export async function browserApi(send: Send = messageClient()): Promise<PopupApi> {
  const isFirefox = typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';
  // tabs.getCurrent() is undefined in the action popup and a tab when this page runs in a tab.
  const inPopup = isFirefox && !(await browser.tabs.getCurrent().catch(() => undefined));
  return {
    send,
    askTab: async (m) => {
      try {
        return parseTabAnswer(m.type, await browser.tabs.sendMessage(await activeTabId(), m));
      } catch (e) {
        return err(e instanceof Error ? e.message : String(e));
      }
    },
    settings: loadSettings,
    saveSettings,
    download,
    freeSpace,
    close: () => window.close(),
    openOptions: () => void browser.runtime.openOptionsPage(),
    importElsewhere: inPopup
      ? () => {
          void browser.tabs.create({ url: browser.runtime.getURL('/popup.html#notes') });
          window.close();
        }
      : undefined,
  };
}
