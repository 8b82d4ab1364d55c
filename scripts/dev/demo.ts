// `npm run demo`: builds the extension, serves the bundled demo article on 127.0.0.1 and opens
// Chromium with Hamish loaded. Without a display it runs headless, saves .output/demo.png and
// prints what the extension found.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath, HOW_TO_GET } from '../../tests/support/browsers';
import { servePages } from '../../tests/support/server';
import { namesPainted, waitRecorded } from '../../tests/support/marks';
import { ENTITY_TYPES } from '../../lib/types';

const exe = chromiumPath();
if (!exe) {
  console.error(`hamish demo: Chromium not found; ${HOW_TO_GET}.`);
  process.exit(1);
}
if (spawnSync('npm run -s build', { stdio: 'inherit', shell: true }).status !== 0) process.exit(1);

const ext = resolve('.output/chrome-mv3');
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const server = await servePages(undefined, Number(process.env.PORT ?? 0));
const articleUrl = server.url('demo-article.html');
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'hamish-demo-')), {
  executablePath: exe,
  channel: 'chromium',
  headless,
  viewport: { width: 1100, height: 900 },
  args: [...CHROMIUM_ARGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(articleUrl);
console.log(`Demo article: ${articleUrl}`);
console.log(`Popup: chrome-extension://${extensionId}/popup.html`);

// Wait for the marks, not for a time: the first painted name, then the background's record of the
// page, which the content script sends once every name is marked.
let marked = await page
  .waitForFunction(namesPainted, null, { timeout: 60_000 })
  .then(() => true)
  .catch(() => false);
const popup = await context.newPage();
await popup.goto(`chrome-extension://${extensionId}/popup.html`);
if (marked)
  marked = await waitRecorded(popup, articleUrl).then(
    () => true,
    () => false,
  );
await page.bringToFront();
if (!marked) console.error('hamish demo: nothing was marked within 60 s (is the extension loaded?)');
// The callback runs in the page, which sees only its arguments, not this module's imports.
const found = await page.evaluate((types) => {
  const out: Record<string, string[]> = {};
  for (const type of types) {
    const h = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get(`hamish-${type}`);
    out[type] = h ? [...h].map((r) => r.toString()) : [];
  }
  return out;
}, ENTITY_TYPES);
const recorded = await popup.evaluate(() =>
  (
    globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }
  ).chrome.runtime.sendMessage({ type: 'pages/recent', limit: 5 }),
);
console.log('Marked on the page:', JSON.stringify(found, null, 1));
console.log('Recorded by the background:', JSON.stringify(recorded, null, 1).slice(0, 4000));
await popup.close();

if (headless) {
  await page.screenshot({ path: '.output/demo.png', fullPage: true });
  console.log('No display: ran headless; screenshot saved to .output/demo.png');
  await context.close();
  await server.close();
} else {
  console.log('Chromium is open with Hamish loaded; close its window (or press Ctrl+C) to stop.');
  context.on('close', () => void server.close().then(() => process.exit(0)));
}
