// `npx tsx scripts/bench/page-pair.ts OLD_BUILD NEW_BUILD [--pages N] [--starts N]`: two bench builds
// (`npm run build:bench` output, e.g. a copy of an older commit's) compared on the demo article
// under the same load. At the shared host's load a run's median moved by 5–10 ms from one run to
// the next, more than the changes measured, so the builds do not run in turns: each has its own
// browser, both open at once, and their pages alternate one by one (old, new, old, new...), so
// both see the same moments of the machine. Prints, for each build, the medians of the later
// pages' step marks (ms after the content script starts) and the median of the pairs' ratios;
// with --starts N also the first page of N fresh installs of each, alternated. With --note each
// later page is opened as a note is saved (from an extension page of the same browser), as a
// reader does who saves a note and goes on to the next article: the page's answer and the write's
// work in the worker overlap.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/support/browsers';
import { PAGES_DIR, servePages } from '../../tests/support/server';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Math.max(0, Number(args[i + 1]) || fallback) : fallback;
};
const builds = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')).map((b) => resolve(b));
if (builds.length !== 2) throw new Error('usage: page-pair.ts OLD_BUILD NEW_BUILD [--pages N] [--starts N]');
const PAGES = option('pages', 25);
const STARTS = option('starts', 0);
const NOTE = args.includes('--note');

const dir = mkdtempSync(join(tmpdir(), 'hamish-pair-'));
copyFileSync(join(PAGES_DIR, 'demo-article.html'), join(dir, 'demo-article.html'));
const server = await servePages(dir);
const url = server.url('demo-article.html');

const launch = (ext: string) =>
  chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'hamish-pair-')), {
    executablePath: chromiumPath() ?? undefined,
    channel: 'chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
  });
const workerOf = async (c: BrowserContext) => c.serviceWorkers()[0] ?? (await c.waitForEvent('serviceworker'));

// The step marks of the bench build (entrypoints/content/timing.ts), in ms after "start".
const STEPS = ['extract', 'extracted', 'sent', 'annotated', 'painted', 'marked'];

/** The demo article in a new tab of `c`: its step marks once it is marked, and the engine's own time. */
async function demoPage(c: BrowserContext): Promise<number[]> {
  const page: Page = await c.newPage();
  await page.goto(url);
  // Polled over the DevTools protocol with a plain expression, as bench-page.ts does: Playwright's
  // waitForFunction would inject its own script into the page in the middle of the marking.
  const cdp = await c.newCDPSession(page);
  const ask = async (expression: string) =>
    (await cdp.send('Runtime.evaluate', { expression, returnByValue: true })).result.value as unknown;
  for (const until = Date.now() + 120_000; ; await new Promise((r) => setTimeout(r, 50))) {
    if (await ask(`performance.getEntriesByName('hamish:marked').length`)) break;
    if (Date.now() > until) throw new Error('the page was not marked within 120 s');
  }
  const row = (await ask(
    `(() => { const at = (n) => performance.getEntriesByName('hamish:' + n)[0];
      const t0 = at('start').startTime;
      return [${STEPS.map((s) => `at('${s}').startTime - t0`).join(', ')}, Number(at('annotated').detail),
        at('evaluated').startTime - at('evaluating').startTime,
        at('marked').startTime - at('evaluating').startTime]; })()`,
  )) as number[];
  await cdp.detach();
  await page.close();
  return row;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
function report(label: string, rows: number[][][]): void {
  const marked = STEPS.indexOf('marked');
  for (const [b, build] of builds.entries()) {
    const steps = STEPS.map((s, k) => `${s} ${median(rows[b]!.map((r) => r[k]!)).toFixed(1)}`);
    const engine = median(rows[b]!.map((r) => r[STEPS.length]!)).toFixed(1);
    // The content script's evaluation comes before its start: not in the steps above.
    const evaluation = median(rows[b]!.map((r) => r[STEPS.length + 1]!)).toFixed(1);
    // From the script's first line (eval-start.ts) to the page marked: its own start-up included.
    const whole = median(rows[b]!.map((r) => r[STEPS.length + 2]!)).toFixed(1);
    console.log(
      `  ${label}, ${build}: ${steps.join(' | ')}; engine ${engine}; script evaluated in ${evaluation};` +
        ` marked ${whole} after the script's first line (medians of ${rows[b]!.length})`,
    );
  }
  const ratios = rows[0]!.map((r, i) => rows[1]![i]![marked]! / r[marked]!);
  console.log(`  ${label}: marked, new / old, median of the pairs' ratios ${median(ratios).toFixed(2)}`);
  const evals = rows[0]!.map((r, i) => rows[1]![i]![STEPS.length + 1]! / r[STEPS.length + 1]!);
  console.log(`  ${label}: script's evaluation, new / old, median of the pairs' ratios ${median(evals).toFixed(2)}`);
  const wholes = rows[0]!.map((r, i) => rows[1]![i]![STEPS.length + 2]! / r[STEPS.length + 2]!);
  console.log(
    `  ${label}: marked from the first line, new / old, median of the pairs' ratios ${median(wholes).toFixed(2)}`,
  );
}

/** An extension page of `c` kept open; the function it returns saves the n-th note from it. */
async function noteSaver(c: BrowserContext): Promise<(n: number) => Promise<boolean>> {
  const id = new URL((await workerOf(c)).url()).host;
  const page = await c.newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  const draft = {
    url,
    title: 'demo',
    site: new URL(url).host,
    publishedAt: null,
    quote: { exact: 'demo', prefix: '', suffix: '' },
    position: null,
  };
  const full = { ...draft, entity: null, format: 'text', tags: [] };
  return (n) =>
    page.evaluate(
      async (d) => {
        const send = (
          globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }
        ).chrome.runtime.sendMessage;
        const answer = (await send({ type: 'notes/save', id: null, draft: d })) as { ok: boolean };
        return answer.ok;
      },
      { ...full, body: `note ${n}` },
    );
}

const load = () => {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'unknown';
  }
};

console.log(`load average before: ${load()}`);
const contexts = [await launch(builds[0]!), await launch(builds[1]!)];
for (const c of contexts) await workerOf(c);
const savers = NOTE ? await Promise.all(contexts.map(noteSaver)) : null;
const later: number[][][] = [[], []];
// The pairs alternate which build goes first (old, new, new, old...): the second page of a pair
// was marked some 20% slower, whichever build it was (two runs with the builds swapped, load 13-15).
const turns = (i: number) => (i % 2 ? [1, 0] : [0, 1]);
for (let i = 0; i < PAGES; i++)
  for (const b of turns(i)) {
    const c = contexts[b]!;
    const saving = i > 0 ? savers?.[b]!(i) : undefined;
    const row = await demoPage(c);
    if ((await saving) === false) throw new Error('a note was not saved');
    if (i > 0) later[b]!.push(row); // each browser's first page is its worker's first
  }
for (const c of contexts) await c.close();
report('later pages', later);

const first: number[][][] = [[], []];
for (let i = 0; i < STARTS; i++)
  for (const b of turns(i)) {
    const build = builds[b]!;
    const c = await launch(build);
    await workerOf(c);
    first[b]!.push(await demoPage(c));
    await c.close();
  }
if (STARTS) report('first page, fresh install', first);
console.log(`load average after: ${load()}`);
await server.close();
