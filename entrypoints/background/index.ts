import { browser } from 'wxt/browser';
import { loadSettings } from '@/utils/settings';
import { createCardRelay } from './card-relay';
import { correctionMap } from './corrections-store';
import { openHamishDB } from './db';
import { NER_MODEL_FILE } from '@/lib/engine/files';
import { createEngineHost } from './engine-host';
import { classifySender, route } from './router';

export default defineBackground(() => {
  const engine = createEngineHost(readTagger);
  let dbPromise: ReturnType<typeof openHamishDB> | null = null;
  const db = () => (dbPromise ??= openHamishDB());
  const deps = {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    db,
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
    settings: loadSettings,
    annotate: (text: string, published: string | null) => engine.annotate(text, published, db().then(correctionMap)),
    cards: createCardRelay(),
    roles: engine.roles,
  };
  engine.warm();
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

/** The tagger's binary file, packed by the build beside this script (not web-accessible). */
async function readTagger(): Promise<Uint8Array> {
  const res = await fetch(new URL(NER_MODEL_FILE, browser.runtime.getURL('/')));
  if (!res.ok) throw new Error(`${NER_MODEL_FILE}: ${res.status} ${res.statusText}`);
  return new Uint8Array(await res.arrayBuffer());
}
