import { browser } from 'wxt/browser';
// First: it starts reading the engine's files before the rest of the worker's script is evaluated.
import { readEngineFile, scriptStartedAt } from './engine-files';
import { loadSettings } from '@/utils/settings';
import { CardData, type ReadTimes } from './card-data';
import { createCardRelay } from './card-relay';
import { correctionMap } from './corrections-store';
import { openHamishDB } from './db';
import { shareFirstNotesIn } from './first-notes-share';
import { findNotes } from './notes-index';
import { FIRST_NOTES } from '@/lib/protocol/first-notes';
import { createEngineHost } from './engine-host';
import { firstCorrections } from './first-corrections';
import { newTimings } from './engine-timing';
import { classifySender, route, type CardTime } from './router';
import { servePagePorts } from './page-port';
import { timedPorts, timeLifecycle } from './port-timing';

export default defineBackground(() => {
  const timings = import.meta.env.MODE === 'bench' ? newTimings(scriptStartedAt) : null;
  // The bench reads where the first page's time went from the worker's global scope.
  if (timings) (globalThis as { hamishTimings?: unknown }).hamishTimings = timings;
  if (timings) timeLifecycle(timings);
  const engine = createEngineHost(readEngineFile, timings);
  let dbPromise: ReturnType<typeof openHamishDB> | null = null;
  const db = () => (dbPromise ??= openHamishDB());
  const corrections = firstCorrections(db, correctionMap);
  // Registered at the script's top level, as the browser wants, and before any page's request.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') corrections.installed();
  });
  // The bench build keeps each card's way through the worker, for `npm run bench:card` to read.
  const cardLog = import.meta.env.MODE === 'bench' ? { cards: [] as CardTime[], reads: [] as ReadTimes[] } : null;
  if (cardLog) (globalThis as { hamishCardLog?: unknown }).hamishCardLog = cardLog;
  const deps = {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    db,
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
    settings: loadSettings,
    annotate: (text: string, published: string | null) => engine.annotate(text, published, corrections.read()),
    cards: createCardRelay(),
    cardData: new CardData(db, 32, cardLog ? (t) => cardLog.reads.push(t) : undefined),
    ...(cardLog ? { cardTimes: (t: CardTime) => cardLog.cards.push(t) } : {}),
    roles: engine.roles,
  };
  // The popup's first page is shared with it in storage.session, and read again after writes.
  shareFirstNotesIn(browser.storage.session, () =>
    db().then((d) => findNotes(d, FIRST_NOTES.filter, FIRST_NOTES.after, FIRST_NOTES.limit)),
  );
  engine.warm();
  // Chrome starts an extension's worker with the browser only for an event it listens to: this
  // listener has it load the engine then, before the first page asks (the script's start does).
  browser.runtime.onStartup.addListener(() => undefined);
  // The first page's annotation reads the corrections: open the database now, not on its arrival.
  void corrections
    .read()
    .then(() => timings && (timings.dbAt = performance.now()))
    .catch(() => undefined);
  // Ask the browser not to evict the reader's notes under storage pressure.
  void navigator.storage?.persist?.().catch(() => false);

  servePagePorts((l) => browser.runtime.onConnect.addListener(timings ? timedPorts(timings, l) : l), deps);
  // sendResponse + `return true` works alike in Chrome, Firefox and the test fake.
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    if (classifySender(sender, deps) === 'foreign') return false;
    void route(raw, sender, deps).then((answer) => {
      if (answer) sendResponse(answer);
    });
    return true;
  });
});
