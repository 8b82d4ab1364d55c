// The popup's first module. It reads the newest notes where the background shares them
// (storage.session: one call to the browser, no round trip through the background, which may be
// stopped), asks the background only when they are not there, and meanwhile loads the rest of the
// popup (Preact, the protocol's schemas, the components, the stylesheet). The raw extension API, not
// the polyfill, so that nothing is evaluated before the read leaves. No stylesheet here: a module
// script of the HTML waits for the stylesheets before it (script-blocking), so the read would wait
// for it; start.tsx imports it, and is run once it is loaded, before anything is drawn.
import { FIRST_NOTES, FIRST_NOTES_KEY } from '@/lib/protocol/first-notes';

performance.mark('hamish:popup-start');
interface Api {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  storage?: { session?: { get(key: string): Promise<Record<string, unknown>> } };
}
const ext = globalThis as unknown as { browser?: Api; chrome: Api };
const api = ext.browser ?? ext.chrome;
const shared = api.storage?.session?.get(FIRST_NOTES_KEY).then(
  (items) => items[FIRST_NOTES_KEY],
  () => undefined,
);
const asked = Promise.resolve(shared).then((page) => {
  if (page !== undefined) performance.mark('hamish:notes-shared');
  return page ?? api.runtime.sendMessage(FIRST_NOTES);
});
// Handled where it is read (start.tsx); not an unhandled rejection before then.
asked.catch(() => undefined);
void import('./start').then((m) => m.start(asked));
