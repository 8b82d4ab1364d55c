// First paint of the popup's notes list with 10,000 notes, in headless Chromium with the built
// extension (npm run build first). Seeds the notes through the popup's own runtime message
// (notes/import of a generated JSON-LD), reloads the popup at #notes five times and prints the
// median time from navigation start to the first note row painted (Element Timing), and to the
// app's own mark after that frame.
//   npx tsx scripts/bench/bench-popup.ts [count]   (HAMISH_EXTENSION_DIR=dir to bench another build)
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { toJsonLd } from '../../lib/notes/export';
import type { Note } from '../../lib/protocol/note';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/support/browsers';

const COUNT = Number(process.argv[2] ?? 10_000);
const RUNS = 5;
const EXTENSION_DIR = resolve(process.env.HAMISH_EXTENSION_DIR ?? resolve(import.meta.dirname, '../../.output/chrome-mv3'));

const PEOPLE = [
  ['Q311440', 'António Guterres', 'أنطونيو غوتيريش'],
  ['Q57643', 'Olaf Scholz', 'أولاف شولتس'],
  ['Q1000', 'Ayman Safadi', 'أيمن الصفدي'],
] as const;
const QUOTES = ['دعا الأمين العام إلى وقف إطلاق النار', 'وصل الوفد إلى القاهرة مساء الثلاثاء', 'ارتفعت أسعار النفط في الأسواق', 'قال المتحدث باسم الوزارة إن المحادثات مستمرة'];

function makeNotes(n: number): Note[] {
  const start = Date.parse('2023-01-01T00:00:00Z');
  return Array.from({ length: n }, (_, i) => {
    const p = PEOPLE[i % PEOPLE.length]!;
    const hex = i.toString(16).padStart(12, '0');
    return {
      id: `0b1c2d3e-0000-4000-8000-${hex}`,
      created: start + i * 60_000,
      updated: start + i * 60_000,
      url: `https://news${i % 20}.example/article/${Math.floor(i / 3)}`,
      title: `مقال رقم ${Math.floor(i / 3)} عن المحادثات`,
      site: `news${i % 20}.example`,
      publishedAt: '2024-03-12',
      quote: { exact: QUOTES[i % QUOTES.length]!, prefix: 'في بيان ', suffix: ' اليوم' },
      position: { start: 10, end: 40 },
      entity: i % 4 === 3 ? null : { id: p[0], type: 'person', english: p[1], arabic: p[2] },
      body: `Note ${i}: follow up on this statement`,
      format: 'text',
      tags: [`tag${i % 7}`],
    };
  });
}

// A string, not a function: tsx would wrap a function's inner closures in a helper the page lacks.
const WAIT_FOR_PAINT = `new Promise((done) => {
  let paint = null;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.identifier === 'first-note' && paint === null) paint = e.renderTime || e.startTime;
  }).observe({ type: 'element', buffered: true });
  const check = () => {
    const mark = performance.getEntriesByName('hamish:notes-painted')[0];
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    if (paint !== null && mark) done({ paint, mark: mark.startTime, start: at('hamish:popup-start'), received: at('hamish:notes-received'), rendered: at('hamish:notes-rendered'), rows: document.querySelectorAll('li.note').length });
    else setTimeout(check, 20);
  };
  check();
})`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const dir = mkdtempSync(join(tmpdir(), 'hamish-bench-'));
const context = await chromium.launchPersistentContext(dir, {
  executablePath: chromiumPath() ?? undefined,
  channel: 'chromium',
  headless: true,
  viewport: { width: 400, height: 560 },
  args: [...CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const url = `chrome-extension://${new URL(worker.url()).host}/popup.html#notes`;
  const page = await context.newPage();
  await page.goto(url);
  const json = toJsonLd(makeNotes(COUNT));
  const seeded = await page.evaluate((j) => (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<{ ok: boolean }> } } }).chrome.runtime.sendMessage({ type: 'notes/import', json: j }), json);
  if (!seeded?.ok) throw new Error(`seeding failed: ${JSON.stringify(seeded)}`);
  console.log(`seeded ${COUNT} notes (${(json.length / 1e6).toFixed(1)} MB of JSON-LD)`);

  const paint: number[] = [];
  const marks: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    // A reader opens the popup on an idle extension: let the previous run's full read of the
    // store finish first, or this run would queue behind it.
    await page.waitForTimeout(3000);
    await page.reload();
    const t = (await page.evaluate(WAIT_FOR_PAINT)) as { paint: number; mark: number; start: number; received: number; rendered: number; rows: number };
    paint.push(t.paint);
    marks.push(t.mark);
    console.log(`run ${run + 1}: first note painted ${t.paint.toFixed(0)} ms (script start ${t.start.toFixed(0)}, notes received ${t.received.toFixed(0)}, rendered ${t.rendered.toFixed(0)}, app mark ${t.mark.toFixed(0)}), ${t.rows} rows in the DOM`);
  }
  console.log(`popup first note paint with ${COUNT} notes: median ${median(paint).toFixed(0)} ms (app mark median ${median(marks).toFixed(0)} ms) over ${RUNS} runs`);
} finally {
  await context.close();
  rmSync(dir, { recursive: true, force: true });
}
