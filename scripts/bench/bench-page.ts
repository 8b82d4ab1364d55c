// `npm run bench:page`: the page targets, measured in Chromium with the bench build of the extension
// (`npm run build:bench`, which `bench:page` runs first; the shipped build records no step marks):
// - the demo article: time from the content script starting to the article marked, on the first
//   page after the worker starts and on later pages, where the time goes (step marks), and the
//   page's own load without the extension as a baseline;
// - pages of 0.5, 1 and 5 MB of Arabic text (page-long.ts): the longest main-thread task and the
//   count of tasks ≥ 50 ms while marking, at the reader's first pointer move, at the first hover over
//   a name (with the time to its card) and during a scroll, beside the same page without the
//   extension, and which long tasks were Hamish's (a traced run);
// - the card's latency (scripts/bench/bench-card.ts).
// - with --load only: the worker's start alone, no page open (page-worker-load.ts), over --starts.
// - with --floor only: Chromium's own cost of the smallest changes Hamish makes to the 5 MB page
//   (page-floor.ts), on the page alone; --floor-only TEXT runs the changes whose label holds TEXT.
// Flags: --demo, --long or --card run that part only (any of them together); --runs N (default 3)
// repeats each long page; --sizes 0.5,1,5 (the default) the long pages' sizes in MB; --starts N
// (default 3) fresh browser starts for the demo's first page; --pages N (default 9) the demo's
// pages in the main browser (the first and N - 1 later ones); --restart makes those starts of one
// profile in which the extension is already installed.
import { mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/support/browsers';
import { PAGES_DIR, servePages } from '../../tests/support/server';
import { writeBigPage } from '../../tests/support/big-page';
import { benchCard } from './bench-card';
import { floor } from './page-floor';
import { long } from './page-long';
import { workerLoad } from './page-worker-load';
import { printTimelines, type FirstPageTimings } from './page-first-timeline';

const args = process.argv.slice(2);
const parts = ['demo', 'long', 'card', 'floor', 'load'].filter((p) => args.includes(`--${p}`));
const runPart = (p: string) => (parts.length === 0 && p !== 'floor' && p !== 'load') || parts.includes(p);
const runsArg = args.indexOf('--runs');
const LONG_RUNS = runsArg >= 0 ? Math.max(1, Number(args[runsArg + 1]) || 3) : 3;
const sizesArg = args.indexOf('--sizes');
const SIZES = (sizesArg >= 0 ? String(args[sizesArg + 1]) : '0.5,1,5').split(',').map(Number);
// --pages N: the demo's pages in the main browser (its first page and N - 1 later ones); the later
// pages' median moves by a few ms between runs at the shared host's load, so compare with more.
const pagesArg = args.indexOf('--pages');
const DEMO_RUNS = pagesArg >= 0 ? Math.max(2, Number(args[pagesArg + 1]) || 9) : 9;
// The first page after the worker starts swings 2x between runs: its figure is the median over
// this many fresh browser starts (the main browser's first page is one of them).
const startsArg = args.indexOf('--starts');
const FIRST_STARTS = startsArg >= 0 ? Math.max(1, Number(args[startsArg + 1]) || 3) : 3;

// HAMISH_BENCH_EXT: another bench build (e.g. an older commit's) to compare under the same bench.
const ext = resolve(process.env.HAMISH_BENCH_EXT ?? '.output/chrome-mv3-bench');
const dir = mkdtempSync(join(tmpdir(), 'hamish-bench-pages-'));
copyFileSync(join(PAGES_DIR, 'demo-article.html'), join(dir, 'demo-article.html'));
const server = await servePages(dir);

// --restart: the first page's browser starts reuse one profile in which the extension is already
// installed (a reader's browser started again), not a new profile each (a fresh install).
const RESTART = args.includes('--restart');
const restartProfile = mkdtempSync(join(tmpdir(), 'hamish-bench-restart-'));
const launch = (extension: boolean, profile = mkdtempSync(join(tmpdir(), 'hamish-bench-'))) =>
  chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath() ?? undefined,
    channel: 'chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, ...(extension ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : [])],
  });
/**
 * The extension's worker, once the browser has started it. It may have started before the bench
 * listens for it: waiting for the event then would time out after 30 s, and the "first page after
 * the worker starts" would come to a worker long since warm.
 */
const workerOf = async (c: BrowserContext) => c.serviceWorkers()[0] ?? (await c.waitForEvent('serviceworker'));
const context = await launch(true);
await workerOf(context);
// The same pages in a browser without the extension: what the page costs on its own, in this run.
const plain = await launch(false);

const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : NaN);
const fmt = (n: number) => `${n.toFixed(1)} ms`;

async function markedMs(page: Page): Promise<number> {
  // Polled through the DevTools protocol with a plain expression: Playwright's waitForFunction
  // would first inject its own script into the page (hundreds of ms of compiling, traced on the
  // page's main thread in the middle of the marking it measures) and poll every frame.
  const cdp = await page.context().newCDPSession(page);
  const ask = async (expression: string) =>
    Number((await cdp.send('Runtime.evaluate', { expression, returnByValue: true })).result.value);
  for (const until = Date.now() + 300_000; ; await new Promise((r) => setTimeout(r, 50))) {
    if (await ask(`performance.getEntriesByName('hamish:marked').length`)) break;
    if (Date.now() > until) throw new Error('the page was not marked within 300 s');
  }
  const ms = await ask(
    `performance.getEntriesByName('hamish:marked')[0].startTime -
      performance.getEntriesByName('hamish:start')[0].startTime`,
  );
  await cdp.detach();
  return ms;
}

// When each step was reached, in ms after the content script started, from the content script's
// own performance marks: where the time goes. The settings are read while the article is read and
// annotated, so "settings" overlaps the steps after it.
const PHASES = ['settings', 'decide', 'extract', 'extracted', 'sent', 'annotated', 'painted', 'marked'];
// After them, the engine's own time in the background (the "annotated" mark's detail): the rest of
// the round trip from "sent" to "annotated" is messaging and waiting for the worker; then the
// content script's evaluation, from its first module's mark to its last one's (before "start", and
// not in the figures above).
async function phases(page: Page): Promise<number[]> {
  // No named function inside: tsx would wrap it in a helper the page does not have.
  return page.evaluate(
    (names) => [
      ...names.map(
        (n) =>
          (performance.getEntriesByName(`hamish:${n}`)[0]?.startTime ?? NaN) -
          performance.getEntriesByName('hamish:start')[0]!.startTime,
      ),
      Number((performance.getEntriesByName('hamish:annotated')[0] as PerformanceMark | undefined)?.detail ?? NaN),
      (performance.getEntriesByName('hamish:evaluated')[0]?.startTime ?? NaN) -
        (performance.getEntriesByName('hamish:evaluating')[0]?.startTime ?? NaN),
    ],
    PHASES,
  );
}
function printPhases(label: string, rows: number[][]): void {
  const medians = PHASES.map((name, k) => `${name} ${median(rows.map((r) => r[k]!)).toFixed(1)}`);
  const engine = median(rows.map((r) => r[PHASES.length]!)).toFixed(1);
  const evaluation = median(rows.map((r) => r[PHASES.length + 1]!)).toFixed(1);
  console.log(
    `  ${label}, ms after start (medians): ${medians.join(' | ')}; engine's own time ${engine}; ` +
      `content script's modules evaluated in ${evaluation}`,
  );
}

/** The page's own load, navigation start to the end of its load event (no extension). */
const loadMs = (page: Page) =>
  page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);

// The article's way from "sent" to "annotated", in ms: to the worker's engine host, waiting there
// (the engine's load, a warm-up round), the engine, the readings and facts after it, and the
// answer's way back to the tab (messaging, structured clone, the content script's turn).
const WAY = ['to the worker', 'waiting there', 'engine', 'readings after it', 'answer back to the tab'];

/** The step marks' "sent" to "annotated" split by the worker's record of the request (NaN without it). */
async function wayOf(page: Page, c: BrowserContext): Promise<number[]> {
  const [sent, annotated] = await page.evaluate(() =>
    ['sent', 'annotated'].map(
      (n) => performance.timeOrigin + (performance.getEntriesByName(`hamish:${n}`)[0]?.startTime ?? NaN),
    ),
  );
  const call = (await workerTimings(c))?.lastCall;
  if (!call) return WAY.map(() => NaN);
  const { received, engineStart, engineEnd, answered } = call;
  return [
    received - sent!,
    engineStart - received,
    engineEnd - engineStart,
    answered - engineEnd,
    annotated! - answered,
  ];
}

/**
 * The demo article in a tab of `c`: ms from the content script's start to marked, the step marks,
 * its way, and when the content script started (ms since the epoch).
 */
async function demoPage(c: BrowserContext): Promise<[number, number[], number[], number]> {
  const page = await c.newPage();
  await page.goto(server.url('demo-article.html'));
  const ms = await markedMs(page);
  const steps = await phases(page);
  const way = await wayOf(page, c);
  const started = await page.evaluate(
    () => performance.timeOrigin + performance.getEntriesByName('hamish:start')[0]!.startTime,
  );
  await page.close();
  return [ms, steps, way, started];
}
const printWay = (label: string, rows: number[][]) =>
  console.log(
    `  ${label}, from sent to annotated (medians): ` +
      WAY.map((w, k) => `${w} ${median(rows.map((r) => r[k]!)).toFixed(1)}`).join(' | '),
  );

async function demo(): Promise<void> {
  const runs: number[] = [];
  const phaseRows: number[][] = [];
  const wayRows: number[][] = [];
  const loads: number[] = [];
  let firstWorker: WorkerTimings | null = null;
  for (let i = 0; i < DEMO_RUNS; i++) {
    const [ms, steps, way, started] = await demoPage(context);
    runs.push(ms);
    phaseRows.push(steps);
    wayRows.push(way);
    if (i === 0) firstWorker = withTab(await workerTimings(context), started, steps);
    const bare = await plain.newPage();
    await bare.goto(server.url('demo-article.html'), { waitUntil: 'load' });
    await bare.waitForFunction(() => performance.getEntriesByType('navigation')[0]?.toJSON().loadEventEnd > 0);
    loads.push(await loadMs(bare));
    await bare.close();
  }
  const firsts = [runs[0]!];
  const firstRows = [phaseRows[0]!];
  const firstWays = [wayRows[0]!];
  const workerRows = [firstWorker];
  if (RESTART) await (await launch(true, restartProfile)).close();
  for (let i = 1; i < FIRST_STARTS; i++) {
    const fresh = await launch(true, RESTART ? restartProfile : undefined);
    await workerOf(fresh);
    const [ms, steps, way, started] = await demoPage(fresh);
    firsts.push(ms);
    firstRows.push(steps);
    firstWays.push(way);
    workerRows.push(withTab(await workerTimings(fresh), started, steps));
    await fresh.close();
  }
  const first = median(firsts);
  const later = median(runs.slice(1));
  const load = median(loads);
  console.log(
    `demo article marked after content script start: first page after the worker started ${fmt(first)} ` +
      `(median of ${firsts.length} browser starts: ${firsts.map((x) => x.toFixed(1)).join(', ')}; target 60 ms), ` +
      `then median ${fmt(later)} of ${runs.length - 1} (target 20 ms); ` +
      `baseline: the page's own load without the extension, median ${fmt(load)} ` +
      `(marked later pages = ${(later / load).toFixed(2)}× it, first page ${(first / load).toFixed(2)}×)`,
  );
  printPhases('first page', firstRows);
  printWay('first page', firstWays);
  printWorker(workerRows);
  printTimelines(workerRows.filter((r): r is WorkerTimings => r !== null));
  printPhases('later pages', phaseRows.slice(1));
  printWay('later pages', wayRows.slice(1));
  // What the background sends back for the article: structured clone copies about this much.
  const reply = await (
    await workerOf(context)
  ).evaluate(() => {
    const t = (globalThis as { hamishTimings?: { lastReply?: { entities: unknown[] } } }).hamishTimings;
    return t?.lastReply ? [JSON.stringify(t.lastReply).length, t.lastReply.entities.length] : null;
  });
  if (reply) console.log(`  the answer for the article: ${reply[0]} characters as JSON, ${reply[1]} entities`);
}

// The background's own record of its start and first request (entrypoints/background/engine-timing.ts),
// with when the tab's content script started, in ms after the worker started.
type WorkerTimings = FirstPageTimings;
const withTab = (t: WorkerTimings | null, started: number, steps: number[]): WorkerTimings | null => {
  if (!t) return null;
  const at = (step: string) => started + steps[PHASES.indexOf(step)]! - t.origin;
  return {
    ...t,
    tabAt: started - t.origin,
    tab: { sent: at('sent'), annotated: at('annotated'), marked: at('marked') },
  };
};

/** None from a build without them (HAMISH_BENCH_EXT of an older commit). */
async function workerTimings(c: BrowserContext): Promise<WorkerTimings | null> {
  const got = await (await workerOf(c)).evaluate(() => (globalThis as { hamishTimings?: unknown }).hamishTimings);
  return (got as WorkerTimings | undefined) ?? null;
}
function printWorker(rows: (WorkerTimings | null)[]): void {
  const got = rows.filter((r): r is WorkerTimings => r !== null);
  if (!got.length) return;
  // A figure some starts lack (no name needed the name model's tables) is the median of those that
  // have it, "none" when no start has it: a NaN in the median's sort gave "NaN".
  const m = (f: (r: WorkerTimings) => number | undefined) => {
    const known = got.map(f).filter((v): v is number => v !== undefined && !Number.isNaN(v));
    return known.length ? median(known).toFixed(1) : 'none';
  };
  console.log(
    `  first page in the background (medians of ${got.length}), ms after the worker started: ` +
      `the tab's content script started ${m((r) => r.tabAt)}, ` +
      `its script compiled and running ${m((r) => r.scriptAt)}, its modules evaluated ${m((r) => r.mainAt)} ` +
      `(${m((r) => (r.scriptAt === undefined ? undefined : r.mainAt! - r.scriptAt))} of evaluation), ` +
      `engine loaded ${m((r) => r.loadedAt)}, request ${m((r) => r.requestAt)} ` +
      `(after ${m((r) => r.warmRounds)} warm-up rounds; runs ${got.map((r) => r.warmRounds).join(', ')}); ` +
      `files in: data pack ${m((r) => r.packAt)}, tagger ${m((r) => r.taggerAt)}, ` +
      `name model ${m((r) => r.namesAt)} (not waited for); ` +
      `load: waiting for files ${m((r) => r.files)}, data parsed ${m((r) => r.parse)}, tagger ${m((r) => r.tagger)}, ` +
      `gazetteer index and the rest ${m((r) => r.gazetteer)}; the request waited ${m((r) => r.first?.waited)}, ` +
      `then the engine ${m((r) => r.first?.engine)}: tagger ${m((r) => r.first?.tagger)}, ` +
      `name model ${m((r) => r.first?.names)}, rules, gazetteer and first-call compiling the rest; ` +
      `readings and facts after it ${m((r) => r.first?.after)}; ` +
      `the name model's tables, made when a name first needed them: ${m((r) => r.names)}`,
  );
}

async function card(c: BrowserContext): Promise<void> {
  await benchCard(c, server.url('demo-article.html'));
}

if (runPart('demo')) await demo();
if (runPart('long'))
  await long({
    ...{ context, plain, dir, url: (f: string) => server.url(f), runs: LONG_RUNS, sizes: SIZES },
    ...{ markedMs, phases, printPhases, loadMs, PHASES },
  });
if (runPart('card')) await card(context);
if (runPart('load')) await workerLoad(() => launch(true), workerOf, FIRST_STARTS);
// --floor-only TEXT: only the floor's changes whose label holds TEXT (e.g. "live" or "scrolled").
const floorOnly = args.includes('--floor-only') ? String(args[args.indexOf('--floor-only') + 1]) : '';
if (runPart('floor')) await floor(plain, server.url(writeBigPage(dir, 'floor.html', 5_000_000)), floorOnly);

await plain.close();
await context.close();
await server.close();
