// `npm run bench:page -- --floor`: what Chromium itself spends after the smallest changes Hamish
// makes to a 5 MB page, measured on the page alone (no extension) under a trace: one highlight
// range added to or taken from the registry with none or 300 others live near the viewport, and an
// element appended to the page (the mark layer's fixed box, a hidden box like the card's host).
// Each change is made several times, a second apart, and the figures are medians: the longest
// main-thread task after the change, and the Paint and PrePaint in it. This is the floor under
// what any painting of Hamish's can cost on that page.
import type { BrowserContext } from '@playwright/test';
import { startTrace, traceEvents, type TraceEvent } from './page-trace';

const TRIALS = 5;
const FIXED =
  'position:fixed;left:0;top:0;width:100vw;height:100vh;overflow:hidden;contain:strict;' +
  'pointer-events:none;z-index:2147483646';

// [label, live ranges before, the change]
const CHANGES: [string, number, string][] = [
  ['one range added, none live', 0, 'H.add(R(1 + i, 60))'],
  ['one range added, 300 live', 300, 'H.add(R(1 + i, 60))'],
  ['one range taken off, 300 live', 300, 'H.delete([...H].at(-1))'],
  ['40 ranges added, 300 live', 300, 'for (let j = 0; j < 40; j++) H.add(R(100 + j, 60 + 7 * i))'],
  [
    'a fixed box appended (mark layer)',
    300,
    `{ const d = document.createElement('div'); d.setAttribute('style', '${FIXED}');` +
      ' document.documentElement.append(d); }',
  ],
  [
    'a hidden box appended to body (card host)',
    300,
    `{ const d = document.createElement('div'); d.style.display = 'none'; document.body.append(d); }`,
  ],
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export async function floor(plain: BrowserContext, url: string): Promise<void> {
  const page = await plain.newPage();
  await page.goto(url, { timeout: 180_000, waitUntil: 'load' });
  await page.waitForTimeout(3000);
  const cdp = await page.context().newCDPSession(page);
  const run = (expression: string) => cdp.send('Runtime.evaluate', { expression });
  // A rule for the highlight, as Hamish's content style sheet has, in the page before any change.
  await run(`{ const s = document.createElement('style'); s.textContent = '::highlight(floor){background:#ff08}';
    document.head.append(s);
    const ps = [...document.querySelectorAll('article p')].slice(0, 200).map((p) => p.firstChild);
    globalThis.R = (i, o) => { const r = new Range(); r.setStart(ps[i], o); r.setEnd(ps[i], o + 6); return r; }; }`);
  await page.waitForTimeout(1500);
  const trace = await startTrace(page);
  for (const [k, [, live, change]] of CHANGES.entries()) {
    await run(`CSS.highlights.delete('floor'); globalThis.H = new Highlight();
      for (let j = 0; j < ${live}; j++) H.add(R(j % 60, 5 + 8 * Math.floor(j / 60)));
      CSS.highlights.set('floor', H);`);
    await page.waitForTimeout(1500);
    for (let i = 0; i < TRIALS; i++) {
      await run(`performance.mark('floor:${k}'); { const i = ${i}; ${change}; }`);
      await page.waitForTimeout(1000);
    }
  }
  await run(`performance.mark('floor:end')`);
  const events = await traceEvents(trace);
  await cdp.detach();
  await page.close();
  const marks = events.filter((e) => e.name.startsWith('floor:') && e.ph !== 'e').sort((a, b) => a.ts - b.ts);
  if (!marks.length) return console.log('floor: no marks in the trace');
  const { pid, tid } = marks[0]!;
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
  const longest = (name: string, a: number, b: number) =>
    Math.max(
      0,
      ...main.filter((e: TraceEvent) => e.name === name && e.ts >= a && e.ts < b).map((e) => (e.dur ?? 0) / 1e3),
    );
  const rows = new Map<number, { task: number[]; paint: number[]; pre: number[] }>();
  for (let m = 0; m + 1 < marks.length; m++) {
    const k = Number(marks[m]!.name.slice('floor:'.length));
    if (!Number.isInteger(k)) continue;
    const [a, b] = [marks[m]!.ts, marks[m + 1]!.ts];
    const row = rows.get(k) ?? { task: [], paint: [], pre: [] };
    row.task.push(longest('RunTask', a, b));
    row.paint.push(longest('Paint', a, b));
    row.pre.push(longest('PrePaint', a, b));
    rows.set(k, row);
  }
  console.log(`5 MB page alone (no extension), medians of ${TRIALS} changes each:`);
  for (const [k, r] of rows) {
    const f = (xs: number[]) => median(xs).toFixed(1);
    console.log(
      `  ${CHANGES[k]![0]}: longest task ${f(r.task)} ms (runs ${r.task.map((x) => x.toFixed(0)).join(', ')}), ` +
        `Paint ${f(r.paint)} ms, PrePaint ${f(r.pre)} ms`,
    );
  }
}
