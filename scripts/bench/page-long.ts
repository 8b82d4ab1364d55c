// `npm run bench:page -- --long`: pages of 0.5, 1 and 5 MB of Arabic text in Chromium, each beside
// the same page without the extension. Per page, repeated `runs` times: the longest main-thread
// task and the count of tasks ≥ 50 ms after the content script starts (marking); in the 2 s after
// the reader's first pointer move (Hamish's one box goes in); from the first hover over a name to
// its card on screen, and the long tasks of those 2 s (the card's frame goes in); and during a
// 400-screen scroll. One more run under a Chrome trace (page-trace.ts) says which long tasks
// Hamish's own code ran in (or whose style and layout it forced), with what dominated each.
import type { BrowserContext, Page } from '@playwright/test';
import { recordLongTasks, writeBigPage } from '../../tests/support/big-page';
import { centreOf, textRect } from '../../tests/support/in-page';
import { startTrace, stopTrace, type Attribution, type TaskShare } from './page-trace';

export interface LongEnv {
  /** The browser with the extension, and one without it. */
  context: BrowserContext;
  plain: BrowserContext;
  dir: string;
  url: (file: string) => string;
  runs: number;
  /** The page sizes to run, in MB (0.5, 1, 5 unless the bench is told fewer). */
  sizes: readonly number[];
  markedMs: (page: Page) => Promise<number>;
  phases: (page: Page) => Promise<number[]>;
  printPhases: (label: string, rows: number[][]) => void;
  loadMs: (page: Page) => Promise<number>;
  PHASES: string[];
}

const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : NaN);
const fmt = (n: number) => (Number.isNaN(n) ? 'n/a' : `${n.toFixed(1)} ms`);

/** Long tasks on a page since `from` (ms on its clock): their durations, rounded. */
const tasksSince = (page: Page, from: number) =>
  page.evaluate(
    (t) =>
      (window as unknown as { tasks: [number, number][] }).tasks.filter(([s]) => s >= t).map(([, d]) => Math.round(d)),
    from,
  );

/** Scrolls the page down one screen a frame, `screens` times; returns the page clock when it began. */
const scrollThrough = (page: Page, screens: number) =>
  page.evaluate(async (n) => {
    scrollTo(0, 0);
    await new Promise((r) => setTimeout(r, 500));
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      scrollBy(0, innerHeight);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
    return t0;
  }, screens);

// Screens scrolled: from the top of the page past the end of the part Hamish reads on the 5 MB
// page (about a fifth of it, whose marks are painted as they come near); shorter pages end sooner.
const SCROLL_SCREENS = 400;
// Names of the demo article, which the long pages repeat: the first one shown near the top is hovered.
const NAMES = ['أيمن الصفدي', 'أنطونيو غوتيريش', 'عبد الفتاح البرهان', 'الخرطوم', 'القاهرة'];
const AFTER_MS = 2000;

interface LongRun {
  marked: number;
  extractMs: number;
  tasks: number[];
  /** Long tasks in the 2 s after the reader's first pointer move (Hamish's box goes in then). */
  inputTasks: number[];
  /** Ms from the pointer reaching a name to its card on screen, hover delay included. */
  cardMs: number;
  /** Long tasks in the 2 s after the first hover (the card's frame goes in, then shows). */
  hoverTasks: number[];
  scrollTasks: number[];
  ranges: number;
  chars: number;
  phases: number[];
}
type Traced = LongRun & { load?: Attribution; input?: Attribution; hover?: Attribution; scrolled?: Attribution };

// The extension's scripts, in a trace of the page's renderer (only Hamish is loaded).
const OUR_URL = 'chrome-extension://';

/**
 * The first hover over a name: ms from the pointer reaching it to the card on screen. A build
 * that marks it (`hamish:card-shown`, once the card's first frame is painted opaque) says when;
 * an older one is timed by the card page's own log of its first paint.
 */
async function firstCard(page: Page, cardLogged: () => number): Promise<number> {
  let logged = NaN;
  let at: { x: number; y: number } | null = null;
  for (const name of NAMES) {
    const r = await page.evaluate(textRect, name);
    if (r && r.y > 0 && r.y + r.height < 700) {
      at = centreOf(r);
      break;
    }
  }
  if (!at) throw new Error('no name of the demo article near the top of the page');
  await page.waitForTimeout(300);
  const t0 = Date.now();
  await page.mouse.move(at.x - 3, at.y);
  await page.mouse.move(at.x, at.y);
  const shownAt = () =>
    page.evaluate(() => {
      const m = performance.getEntriesByName('hamish:card-shown')[0];
      return m ? performance.timeOrigin + m.startTime : NaN;
    });
  let shown = NaN;
  for (const until = Date.now() + 20_000; Date.now() < until; await page.waitForTimeout(50)) {
    shown = await shownAt();
    if (!Number.isNaN(shown)) break;
    logged = cardLogged();
    // A build without the mark: its card was shown as soon as its frame painted.
    if (!Number.isNaN(logged) && Date.now() - logged > 500) break;
  }
  return (Number.isNaN(shown) ? logged : shown) - t0;
}

async function longPage(env: LongEnv, file: string, trace = false): Promise<Traced> {
  const big = await env.context.newPage();
  // The card page's log of its first paint, listened to from the start: the frame may be older
  // than the hover (an older build made it at the first input).
  let logged = NaN;
  big.on('console', (m) => {
    if (Number.isNaN(logged) && m.text().startsWith('hamish:card-latency')) logged = Date.now();
  });
  await big.addInitScript(recordLongTasks);
  let cdp = trace ? await startTrace(big) : null;
  await big.goto(env.url(file), { timeout: 180_000 });
  const marked = await env.markedMs(big);
  // A moment for the history record, the notes and the rest of the band that follow the paint.
  await big.waitForTimeout(1000);
  const load = cdp ? await stopTrace(cdp, OUR_URL, 'hamish:start') : undefined;
  // Only tasks from the moment the content script starts count: parsing and laying out a long
  // page is the browser's own work, there with or without the extension.
  const start = await big.evaluate(() => performance.getEntriesByName('hamish:start')[0]!.startTime);
  const tasks = await tasksSince(big, start);
  const bigPhases = await env.phases(big);
  const ranges = await big.evaluate(() =>
    [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].reduce(
      (n, h) => n + h.size,
      0,
    ),
  );
  const chars = await big.evaluate(() => document.querySelector('article')?.textContent?.length ?? 0);
  /** A part of the run, from a mark of the bench's, traced when this run is. */
  const part = async <T>(name: string, run: () => Promise<T>): Promise<[T, number[], Attribution | undefined]> => {
    cdp = trace ? await startTrace(big) : null;
    const from = await big.evaluate((n) => performance.mark(n).startTime, `bench:${name}`);
    const value = await run();
    await big.waitForTimeout(AFTER_MS);
    const attributed = cdp ? await stopTrace(cdp, OUR_URL, `bench:${name}`) : undefined;
    return [value, await tasksSince(big, from), attributed];
  };
  const [, inputTasks, input] = await part('input', async () => {
    await big.mouse.move(5, 5);
    await big.mouse.move(8, 8);
  });
  const [cardMs, hoverTasks, hover] = await part('hover', () => firstCard(big, () => logged));
  // Off the name, so the card closes before the scroll.
  await big.mouse.move(5, 5);
  await big.waitForTimeout(1000);
  cdp = trace ? await startTrace(big) : null;
  if (cdp) await big.evaluate(() => performance.mark('bench:scroll'));
  const scrollTasks = await tasksSince(big, await scrollThrough(big, SCROLL_SCREENS));
  const scrolled = cdp ? await stopTrace(cdp, OUR_URL, 'bench:scroll') : undefined;
  await big.close();
  const extractMs = bigPhases[env.PHASES.indexOf('extracted')]! - bigPhases[env.PHASES.indexOf('extract')]!;
  return {
    ...{ marked, extractMs, tasks, inputTasks, cardMs, hoverTasks, scrollTasks, ranges, chars, phases: bigPhases },
    ...{ load, input, hover, scrolled },
  };
}

/**
 * The first hover while the page is still being read (right after the first chunk's paint, as
 * soon as names are shown): ms from the pointer reaching a name to its card on screen, and
 * whether the read was still under way when the card came (a card asked for then is served
 * between two of the background's engine calls).
 */
async function hoverWhileReading(env: LongEnv, file: string): Promise<{ cardMs: number; reading: boolean }> {
  const big = await env.context.newPage();
  await big.goto(env.url(file), { timeout: 180_000 });
  for (const until = Date.now() + 300_000; ; await big.waitForTimeout(50)) {
    if (await big.evaluate(() => performance.getEntriesByName('hamish:painted').length)) break;
    if (Date.now() > until) throw new Error('the page was not painted within 300 s');
  }
  await big.mouse.move(5, 5);
  await big.mouse.move(8, 8);
  const cardMs = await firstCard(big, () => NaN);
  const reading = await big.evaluate(() => performance.getEntriesByName('hamish:marked').length === 0);
  await big.close();
  return { cardMs, reading };
}

/** The same page without the extension: its load, long tasks after load, and the same scroll. */
async function plainPage(env: LongEnv, file: string) {
  const bare = await env.plain.newPage();
  await bare.addInitScript(recordLongTasks);
  await bare.goto(env.url(file), { timeout: 180_000, waitUntil: 'load' });
  const load = await env.loadMs(bare);
  // From where Hamish's content script would start (document_idle, after DOMContentLoaded), over
  // a few seconds: the page's own long tasks there.
  await bare.waitForTimeout(3000);
  const tasks = await tasksSince(
    bare,
    await bare.evaluate(
      () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
    ),
  );
  // The same pointer moves as with the extension: what the page's own hover handling costs.
  const moved = await bare.evaluate(() => performance.now());
  await bare.mouse.move(5, 5);
  await bare.mouse.move(8, 8);
  await bare.waitForTimeout(AFTER_MS);
  const inputTasks = await tasksSince(bare, moved);
  const scrollTasks = await tasksSince(bare, await scrollThrough(bare, SCROLL_SCREENS));
  await bare.close();
  return { load, tasks, inputTasks, scrollTasks };
}

const longest = (t: number[]) => Math.max(0, ...t);
const taskLine = (tasks: number[][]) =>
  `longest task ${fmt(median(tasks.map(longest)))} ` +
  `(median of ${tasks.length}; runs: ${tasks.map(longest).join(', ')}), ` +
  `tasks ≥ 50 ms per run [${tasks.map((t) => t.length).join(', ')}]` +
  (tasks.some((t) => t.length) ? ` {${tasks.map((t) => t.join(' ')).join(' | ')}}` : '');

const share = (t: TaskShare) =>
  `${Math.round(t.ms)} ms (ours ${Math.round(t.ours)}: ${t.where || 'forced style/layout'}; ${t.top})`;

/** The traced run's long tasks that Hamish's code ran in, longest first, with what dominated each. */
function ours(what: string, a: Attribution): string {
  const mine = [...a.ours].sort((x, y) => y.ms - x.ms);
  const all = Math.max(0, ...a.long.map((t) => t.ms));
  return (
    `traced run, ${what}: ${a.long.length} tasks ≥ 50 ms (longest ${fmt(all)}), ` +
    `${mine.length} of them attributed to Hamish, longest ${fmt(mine[0]?.ms ?? 0)}; ` +
    `${a.paints.count} Paints, ${fmt(a.paints.ms)} in all` +
    (mine.length ? `; the longest: ${mine.slice(0, 3).map(share).join(' | ')}` : '') +
    (a.long.length > mine.length
      ? `; others: ${a.long
          .filter((t) => !mine.includes(t))
          .slice(0, 2)
          .map(share)
          .join(' | ')}`
      : '')
  );
}

/** One cell of the summary: median longest task (count ≥ 50 ms per run). */
const cell = (tasks: number[][]) =>
  `${median(tasks.map(longest)).toFixed(0)} (${tasks.map((t) => t.length).join('/')})`;

export async function long(env: LongEnv): Promise<void> {
  const sizes = (
    [
      ['half.html', '0.5 MB', 500_000],
      ['big.html', '1 MB', 1_000_000],
      ['huge.html', '5 MB', 5_000_000],
    ] as const
  ).filter(([, , bytes]) => env.sizes.includes(bytes / 1e6));
  const extract = new Map<string, number>();
  const summary: string[] = [];
  for (const [file, label, bytes] of sizes) {
    writeBigPage(env.dir, file, bytes);
    const runs: LongRun[] = [];
    const bare: Awaited<ReturnType<typeof plainPage>>[] = [];
    for (let i = 0; i < env.runs; i++) {
      runs.push(await longPage(env, file));
      bare.push(await plainPage(env, file));
    }
    const marked = median(runs.map((r) => r.marked));
    const load = median(bare.map((b) => b.load));
    extract.set(label, median(runs.map((r) => r.extractMs)));
    console.log(
      `${label} page (${(runs[0]!.chars / 1e6).toFixed(2)} M characters): marked after ${fmt(marked)} ` +
        `(median of ${runs.length}; ${(marked / load).toFixed(2)}× the page's own load without the extension, ` +
        `${fmt(load)}); ${runs[0]!.ranges} ranges highlighted near the viewport`,
    );
    console.log(`  after the content script started: ${taskLine(runs.map((r) => r.tasks))}`);
    console.log(`  the same page without the extension, after DOMContentLoaded: ${taskLine(bare.map((b) => b.tasks))}`);
    console.log(`  the reader's first pointer move, 2 s after it: ${taskLine(runs.map((r) => r.inputTasks))}`);
    console.log(`  the same moves without the extension: ${taskLine(bare.map((b) => b.inputTasks))}`);
    const cards = runs.map((r) => r.cardMs);
    console.log(
      `  the first hover over a name: card on screen after ${fmt(median(cards))} ` +
        `(runs: ${cards.map((c) => c.toFixed(0)).join(', ')}; the 150 ms hover delay included); ` +
        `2 s after it: ${taskLine(runs.map((r) => r.hoverTasks))}`,
    );
    console.log(`  scrolling ${SCROLL_SCREENS} screens: ${taskLine(runs.map((r) => r.scrollTasks))}`);
    console.log(`  same scroll without the extension: ${taskLine(bare.map((b) => b.scrollTasks))}`);
    // Only where the read takes long enough to hover during it.
    if (bytes >= 5_000_000) {
      const during: { cardMs: number; reading: boolean }[] = [];
      for (let i = 0; i < env.runs; i++) during.push(await hoverWhileReading(env, file));
      console.log(
        `  the first hover while the page is still being read: card on screen after ` +
          `${fmt(median(during.map((d) => d.cardMs)))} (runs: ${during.map((d) => d.cardMs.toFixed(0)).join(', ')}; ` +
          `read still under way when it showed: ${during.map((d) => (d.reading ? 'yes' : 'no')).join(', ')})`,
      );
    }
    const traced = await longPage(env, file, true);
    console.log(`  ${ours('marking', traced.load!)} (target: none)`);
    console.log(`  ${ours('first pointer move', traced.input!)} (target: none)`);
    console.log(`  ${ours('first hover and card', traced.hover!)} (target: none)`);
    console.log(`  ${ours('scrolling', traced.scrolled!)} (target: none)`);
    env.printPhases(
      `${label} page`,
      runs.map((r) => r.phases),
    );
    summary.push(
      `| ${label} | ${cell(runs.map((r) => r.tasks))} | ${cell(bare.map((b) => b.tasks))} | ` +
        `${cell(runs.map((r) => r.inputTasks))} | ${cell(bare.map((b) => b.inputTasks))} | ` +
        `${fmt(median(cards))}; ${cell(runs.map((r) => r.hoverTasks))} | ` +
        `${cell(runs.map((r) => r.scrollTasks))} | ${cell(bare.map((b) => b.scrollTasks))} |`,
    );
  }
  const [a, b] = [extract.get('0.5 MB'), extract.get('5 MB')];
  if (a !== undefined && b !== undefined)
    console.log(
      `growth 0.5 → 5 MB (10× the text): extraction ${fmt(a)} → ${fmt(b)} (×${(b / a).toFixed(1)}; 10× is linear)`,
    );
  console.log(
    `summary: median longest task in ms (tasks ≥ 50 ms per run), with the extension | without\n` +
      `| page | marking | page alone | first move | page alone ` +
      `| first hover: card shown; tasks | scroll | page alone |\n` +
      `|---|---|---|---|---|---|---|---|\n${summary.join('\n')}`,
  );
}
