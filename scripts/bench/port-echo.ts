// `npx tsx scripts/bench/port-echo.ts [BUILD] [--pages N]`: the floor under a page's way from
// "sent" to "annotated". On N demo pages of a bench build, once each page is marked and quiet, the
// bench runs in the content script's own world (found over DevTools) a series of requests through
// the same port the article goes by: a one-letter text (messaging and the router, the engine's
// call on nothing), the article's paragraphs, and a one-letter text by
// runtime.sendMessage; medians of 15 each. The same text's way while the page loads is what
// `bench:page` calls "sent" to "annotated"; the difference is the turns the tab, the browser and
// the worker take during a page's load, not the message.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/support/browsers';
import { PAGES_DIR, servePages } from '../../tests/support/server';

const args = process.argv.slice(2);
const pagesArg = args.indexOf('--pages');
const PAGES = pagesArg >= 0 ? Math.max(1, Number(args[pagesArg + 1]) || 3) : 3;
const ext = resolve(
  args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--pages') ?? '.output/chrome-mv3-bench',
);

const dir = mkdtempSync(join(tmpdir(), 'hamish-echo-'));
copyFileSync(join(PAGES_DIR, 'demo-article.html'), join(dir, 'demo-article.html'));
const server = await servePages(dir);
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'hamish-echo-')), {
  executablePath: chromiumPath() ?? undefined,
  channel: 'chromium',
  headless: true,
  args: [...CHROMIUM_ARGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
});
if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker');

// Runs in the content script's world: `chrome` there is the extension's API, as the script has it.
const SERIES = `(async () => {
  const port = chrome.runtime.connect({ name: 'page' });
  let seq = 0;
  const viaPort = (message) => new Promise((done) => {
    const id = ++seq;
    const t0 = performance.now();
    const heard = (raw) => {
      if (raw.id !== id) return;
      port.onMessage.removeListener(heard);
      done(performance.now() - t0);
    };
    port.onMessage.addListener(heard);
    port.postMessage({ id, message });
  });
  const viaSend = async (message) => {
    const t0 = performance.now();
    await chrome.runtime.sendMessage(message);
    return performance.now() - t0;
  };
  const article = [...document.querySelectorAll('article p')].map((p) => p.textContent).join('\\n');
  const median = async (f) => {
    const xs = [];
    for (let k = 0; k < 15; k++) xs.push(await f());
    return xs.sort((a, b) => a - b)[7];
  };
  const one = { type: 'page/annotate', text: 'x', published: null };
  const whole = { type: 'page/annotate', text: article, published: '2024-03-12' };
  const out = [await median(() => viaPort(one)), await median(() => viaPort(whole)), await median(() => viaSend(one))];
  port.disconnect();
  return [...out, whole.text.length];
})()`;

const rows: number[][] = [];
for (let i = 0; i < PAGES; i++) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const worlds: { id: number; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
  await cdp.send('Runtime.enable');
  await page.goto(server.url('demo-article.html'));
  for (
    const until = Date.now() + 60_000;
    !(await page.evaluate(() => performance.getEntriesByName('hamish:marked').length));
  ) {
    if (Date.now() > until) throw new Error('not marked within 60 s');
    await new Promise((r) => setTimeout(r, 50));
  }
  await new Promise((r) => setTimeout(r, 500)); // the page and the worker quiet
  const world = worlds.filter((w) => w.auxData?.type === 'isolated').pop();
  if (!world) throw new Error("the content script's world was not found");
  const r = await cdp.send('Runtime.evaluate', {
    expression: SERIES,
    contextId: world.id,
    awaitPromise: true,
    returnByValue: true,
  });
  if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? 'the series failed');
  rows.push(r.result.value as number[]);
  await page.close();
}
await context.close();
await server.close();
const med = (k: number) =>
  rows
    .map((r) => r[k]!)
    .sort((a, b) => a - b)
    [rows.length >> 1]!.toFixed(1);
console.log(
  `a marked, quiet demo page (${PAGES} pages, medians of their medians of 15): through the page's port, a ` +
    `one-letter text ${med(0)} ms and the article's paragraphs (${rows[0]![3]} characters) ${med(1)} ms ` +
    `(the engine's call included); by runtime.sendMessage, a one-letter text ${med(2)} ms`,
);
