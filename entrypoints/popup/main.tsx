// The popup's first module. It asks the background for the newest notes, then loads the rest of
// the popup (Preact, the protocol's schemas, the components): the background reads the notes while
// that code is fetched and evaluated, where before the request waited for all of it. The raw
// runtime API, not the polyfill, so that nothing is evaluated before the request leaves.
import '@/components/ui.css';
import { FIRST_NOTES } from './first-page';

performance.mark('hamish:popup-start');
type Runtime = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
const ext = globalThis as unknown as { browser?: Runtime; chrome: Runtime };
const asked = (ext.browser ?? ext.chrome).runtime.sendMessage(FIRST_NOTES);
// Handled where it is read (start.tsx); not an unhandled rejection before then.
asked.catch(() => undefined);
void import('./start').then((m) => m.start(asked));
