import { browser } from 'wxt/browser';
import { loadSettings } from '@/utils/settings';
import { createCardRelay } from './card-relay';
import { correctionMap } from './corrections-store';
import { openHamishDB } from './db';
import { annotatePage, entityRoles, warmEngine } from './engine-host';
import { classifySender, route } from './router';

export default defineBackground(() => {
  let dbPromise: ReturnType<typeof openHamishDB> | null = null;
  const db = () => (dbPromise ??= openHamishDB());
  const deps = {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    db,
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
    settings: loadSettings,
    annotate: async (text: string, published: string | null) =>
      annotatePage(text, published, await correctionMap(await db())),
    cards: createCardRelay(),
    roles: entityRoles,
  };
  warmEngine();
  // The first page's annotation reads the corrections: open the database now, not on its arrival.
  void db()
    .then(correctionMap)
    .catch(() => undefined);
  // Ask the browser not to evict the reader's notes under storage pressure.
  void navigator.storage?.persist?.().catch(() => false);

  // sendResponse + `return true` works alike in Chrome, Firefox and the test fake.
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    if (classifySender(sender, deps) === 'foreign') return false;
    void route(raw, sender, deps).then((answer) => {
      if (answer) sendResponse(answer);
    });
    return true;
  });
});
