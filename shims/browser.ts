// What `wxt/browser` resolves to (wxt.config.ts). The webextension-polyfill's own module does the
// same (the browser's own `browser` where it has one, Firefox's and recent Chrome's, the polyfill
// over `chrome` elsewhere), but imported it came with the bundler's namespace copy of its export,
// which asked every property of the browser's `browser` for its descriptor: Chrome makes each of its
// API namespaces on the first such ask, so every content script's world made them all, on every page
// (V8's profiler: 1.5–7 ms a later page in Chrome's `get app`). Required only where it is needed, the
// polyfill is never copied.
import type { Browser } from 'webextension-polyfill';

const own = (globalThis as { browser?: Browser }).browser;
export const browser: Browser = own?.runtime?.id ? own : (require('webextension-polyfill') as Browser);
