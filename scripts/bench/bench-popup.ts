// `npm run bench:popup`: the popup's notes at 10,000 and at 100,000 notes, in headless Chromium
// with the built extension (npm run build first). For each size it seeds the store through the
// popup's own runtime message (notes/import of generated JSON-LD, in files of 10,000), then prints
// the median over several runs of: the first note row painted after the popup opens (Element
// Timing), a search answered by the background (the word index), and for the large store the
// streamed JSON-LD export (time and the popup's peak JS heap while it runs). Last, how each grew
// from 10k to 100k notes (10× the notes).
//   npx tsx scripts/bench/bench-popup.ts [small] [large]   (HAMISH_EXTENSION_DIR=dir to bench another build)
import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { toJsonLd } from '../../lib/notes/export';
import type { Note } from '../../lib/protocol/note';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/support/browsers';

const SIZES = [Number(process.argv[2] ?? 10_000), Number(process.argv[3] ?? 100_000)];
const PAINT_RUNS = 5;
const EXPORT_RUNS = 3;
const BATCH = 10_000;
const EXTENSION_DIR = resolve(
  process.env.HAMISH_EXTENSION_DIR ?? resolve(import.meta.dirname, '../../.output/chrome-mv3'),
);

const PEOPLE = [
  ['Q311440', 'António Guterres', 'أنطونيو غوتيريش'],
  ['Q57643', 'Olaf Scholz', 'أولاف شولتس'],
  ['Q1000', 'Ayman Safadi', 'أيمن الصفدي'],
] as const;
const QUOTES = [
  'دعا الأمين العام إلى وقف إطلاق النار',
  'وصل الوفد إلى القاهرة مساء الثلاثاء',
  'ارتفعت أسعار النفط في الأسواق',
  'قال المتحدث باسم الوزارة إن المحادثات مستمرة',
];
const WORDS = [
  'ceasefire',
  'talks',
  'delegation',
  'oil',
  'prices',
  'statement',
  'minister',
  'border',
  'aid',
  'sanctions',
  'election',
  'protest',
  'budget',
  'drought',
  'refugees',
  'summit',
];

/** Notes of a reader: words repeat across notes as in real ones, and each note has a rare word too. */
function makeNotes(from: number, n: number): Note[] {
  const start = Date.parse('2023-01-01T00:00:00Z');
  return Array.from({ length: n }, (_, k) => {
    const i = from + k;
    const p = PEOPLE[i % PEOPLE.length]!;
    return {
      id: `0b1c2d3e-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
      created: start + i * 60_000,
      updated: start + i * 60_000,
      url: `https://news${i % 20}.example/article/${Math.floor(i / 3)}`,
      title: `مقال رقم ${Math.floor(i / 3)} عن المحادثات`,
      site: `news${i % 20}.example`,
      publishedAt: '2024-03-12',
      quote: { exact: QUOTES[i % QUOTES.length]!, prefix: 'في بيان ', suffix: ' اليوم' },
      position: { start: 10, end: 40 },
      entity: i % 4 === 3 ? null : { id: p[0], type: 'person', english: p[1], arabic: p[2] },
      body:
        `Note ${i}: follow up on the ${WORDS[i % WORDS.length]} and ${WORDS[(i * 7) % WORDS.length]} ` +
        `(ref k${i.toString(36)})`,
      format: 'text',
      tags: [`tag${i % 7}`],
    };
  });
}

// Strings, not functions: tsx would wrap a function's inner closures in a helper the page lacks.
const WAIT_FOR_PAINT = `new Promise((done) => {
  let paint = null;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.identifier === 'first-note' && paint === null) paint = e.renderTime || e.startTime;
  }).observe({ type: 'element', buffered: true });
  const check = () => (paint !== null ? done(paint) : setTimeout(check, 20));
  check();
})`;

const SEARCH = `async (query) => {
  const t0 = performance.now();
  const r = await chrome.runtime.sendMessage({ type: 'notes/find', filter: { query }, after: null, limit: 50 });
  return { ms: performance.now() - t0, rows: r.value.notes.length, total: r.value.total };
}`;

// Clicks the JSON-LD export and samples the JS heap until the file's link is there.
const EXPORT = `async () => {
  document.querySelector('a[data-export]')?.remove();
  const before = performance.memory.usedJSHeapSize;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, performance.memory.usedJSHeapSize)), 10);
  const t0 = performance.now();
  [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'JSON-LD').click();
  while (!document.querySelector('a[data-export]')) await new Promise((r) => setTimeout(r, 10));
  const ms = performance.now() - t0;
  clearInterval(timer);
  const size = (await fetch(document.querySelector('a[data-export]').href).then((r) => r.blob())).size;
  return { ms, peak: Math.max(peak, performance.memory.usedJSHeapSize), before, size };
}`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const send = (page: Page, m: object) =>
  page.evaluate(
    (msg) =>
      (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage: (m: unknown) => Promise<{ ok: boolean; error?: string }> } };
        }
      ).chrome.runtime.sendMessage(msg),
    m,
  );

const dir = mkdtempSync(join(tmpdir(), 'hamish-bench-'));
const context = await chromium.launchPersistentContext(dir, {
  executablePath: chromiumPath() ?? undefined,
  channel: 'chromium',
  headless: true,
  viewport: { width: 400, height: 560 },
  args: [
    ...CHROMIUM_ARGS,
    '--enable-precise-memory-info',
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
  ],
});
const results: {
  size: number;
  paint: number;
  search: number;
  searchMax: number;
  exportMs?: number;
  heapMb?: number;
}[] = [];
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const url = `chrome-extension://${new URL(worker.url()).host}/popup.html#notes`;
  const page = await context.newPage();
  await page.goto(url);
  let seeded = 0;
  for (const size of SIZES) {
    const t0 = Date.now();
    for (; seeded < size; seeded += BATCH) {
      const r = await send(page, {
        type: 'notes/import',
        json: toJsonLd(makeNotes(seeded, Math.min(BATCH, size - seeded))),
      });
      if (!r?.ok) throw new Error(`seeding failed: ${JSON.stringify(r).slice(0, 300)}`);
    }
    console.log(`\n${size} notes in the store (seeded in ${((Date.now() - t0) / 1000).toFixed(0)} s)`);

    const paints: number[] = [];
    for (let run = 0; run < PAINT_RUNS; run++) {
      await page.waitForTimeout(1000);
      await page.reload();
      paints.push((await page.evaluate(WAIT_FOR_PAINT)) as number);
    }
    console.log(
      `  first note row painted: ${paints.map((p) => p.toFixed(0)).join(', ')} ms; ` +
        `median ${median(paints).toFixed(0)} ms`,
    );

    // Queries a reader types: a rare word, common words, Arabic with a proclitic, a name, and
    // a prefix so common that the index hands it to the newest-first scan.
    const queries = [
      `k${(size - 7).toString(36)}`,
      'ceasefire talks',
      'القاهرة',
      'guterres',
      'المحادثات مستمرة',
      'tag3',
      'ال',
      'fol',
    ];
    const times: number[] = [];
    for (const q of queries) {
      const runs = [];
      for (let i = 0; i < 3; i++)
        runs.push(
          (await page.evaluate(`(${SEARCH})(${JSON.stringify(q)})`)) as {
            ms: number;
            rows: number;
            total: number | null;
          },
        );
      const ms = median(runs.map((r) => r.ms));
      times.push(ms);
      console.log(
        `  search ${JSON.stringify(q).padEnd(20)} ${ms.toFixed(1).padStart(6)} ms  ` +
          `(${runs[0]!.rows} rows shown, ${runs[0]!.total ?? 'uncounted'} matches)`,
      );
    }
    const row: (typeof results)[number] = {
      size,
      paint: median(paints),
      search: median(times),
      searchMax: Math.max(...times),
    };

    if (size === SIZES.at(-1)) {
      const ex: { ms: number; peak: number; before: number; size: number }[] = [];
      for (let run = 0; run < EXPORT_RUNS; run++) {
        await page.reload();
        await page.evaluate(WAIT_FOR_PAINT);
        ex.push((await page.evaluate(`(${EXPORT})()`)) as (typeof ex)[number]);
        const e = ex.at(-1)!;
        console.log(
          `  export run ${run + 1}: ${(e.ms / 1000).toFixed(1)} s, ${(e.size / 1e6).toFixed(0)} MB file, ` +
            `popup JS heap ${(e.before / 1e6).toFixed(0)} → peak ${(e.peak / 1e6).toFixed(0)} MB`,
        );
      }
      row.exportMs = median(ex.map((e) => e.ms));
      row.heapMb = median(ex.map((e) => e.peak / 1e6));
    }
    results.push(row);
  }
  const [small, large] = results as [(typeof results)[0], (typeof results)[0]];
  console.log(
    `\npopup with ${small.size} notes: first row ${small.paint.toFixed(0)} ms, ` +
      `search median ${small.search.toFixed(1)} ms (slowest query ${small.searchMax.toFixed(1)} ms)`,
  );
  console.log(
    `popup with ${large.size} notes: first row ${large.paint.toFixed(0)} ms, ` +
      `search median ${large.search.toFixed(1)} ms (slowest query ${large.searchMax.toFixed(1)} ms)`,
  );
  console.log(
    `export of ${large.size} notes (JSON-LD, streamed): ${((large.exportMs ?? 0) / 1000).toFixed(1)} s, ` +
      `popup peak JS heap ${(large.heapMb ?? 0).toFixed(0)} MB`,
  );
  console.log(
    `growth ${small.size} → ${large.size} notes (×${large.size / small.size}): ` +
      `first row ×${(large.paint / small.paint).toFixed(2)}, search ×${(large.search / small.search).toFixed(2)}`,
  );
} finally {
  await context.close();
  rmSync(dir, { recursive: true, force: true });
}
