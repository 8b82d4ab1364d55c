// `npm run bench:page -- --floor`: what Chromium itself spends after the smallest changes Hamish
// makes to a 5 MB page, measured on the page alone (no extension) under a trace: one highlight
// range added to or taken from the registry with none or 300 others live near the viewport, and an
// element appended to the page, in each of the ways Hamish's one box could go in (where, shown how,
// in a task or an animation frame, with an iframe or not), and what an underline in the
// highlight's rule adds to a later change.
// Each change is made several times, a second apart, and the figures are medians: the longest
// main-thread task after the change, and the Paint, PrePaint, Layout and style recalculation in
// it. This is the floor under what any painting of Hamish's can cost on that page.
import type { BrowserContext } from '@playwright/test';
import { startTrace, traceEvents, type TraceEvent } from './page-trace';

const TRIALS = 5;
const FIXED =
  'position:fixed;left:0;top:0;width:100vw;height:100vh;overflow:hidden;contain:strict;' +
  'pointer-events:none;z-index:2147483646';
const HIDDEN = 'display:none';
const ZERO = 'position:fixed;left:0;top:0;width:0;height:0;overflow:visible;contain:layout style;z-index:2147483646';

/**
 * A box with `style` appended to `parent`, as a string the page evaluates; `how` is 'task' (now),
 * 'raf' (in the next animation frame) or 'popover' (a manual popover shown in the top layer).
 * `frame`: an iframe in the box's closed shadow root, as the card's frame is held, either in the
 * box itself or in a hidden inner box (C) that a later change shows. The box is B, for cleaning up.
 */
const insert = (style: string, parent: 'body' | 'documentElement', how = 'task', frame = '') =>
  `{ const d = document.createElement('div'); d.setAttribute('style', '${style}'); globalThis.B = d;` +
  (frame === 'shown' ? ` d.attachShadow({ mode: 'closed' }).append(document.createElement('iframe'));` : '') +
  (frame === 'hidden'
    ? ` globalThis.C = document.createElement('div'); C.style.display = 'none';` +
      ` C.append(document.createElement('iframe')); d.attachShadow({ mode: 'closed' }).append(C);`
    : '') +
  (how === 'popover' ? ` d.popover = 'manual';` : '') +
  ` const go = () => { document.${parent}.append(d);` +
  (how === 'popover' ? ` d.showPopover();` : '') +
  ` }; ${how === 'raf' ? 'requestAnimationFrame(go)' : 'go()'}; }`;
const SHOW_CARD =
  `C.setAttribute('style', ` + `'position:fixed;left:10px;top:10px;width:360px;height:300px;pointer-events:auto')`;
// The highlight's rule (S, a style element in the page): a fill, or a fill and an underline, as
// Hamish's rules had until session 13 (any text-decoration there makes every repainted frame walk
// the whole document in PrePaint).
const RULE = (underline: boolean) =>
  `S.textContent = '::highlight(floor){background:#ff08${underline ? ';text-decoration:underline 2px red' : ''}}'`;
const CARD_SHOWN = `${insert(FIXED, 'documentElement', 'popover', 'hidden')}; ${SHOW_CARD}`;
const MOVE_CARD = `C.style.left = (20 + 10 * i) + 'px'`;
// Down one screen, then back up: the live ranges stay near the viewport.
const SCROLL = `scrollBy(0, (i % 2 ? -1 : 1) * innerHeight)`;
const ADD_40 = 'for (let j = 0; j < 40; j++) H.add(R(100 + j, 60 + 7 * i))';

// [label, live ranges before, the change, what is set up (untimed) before each change]
const CHANGES: [string, number, string, string?][] = [
  ['one range added, none live', 0, 'H.add(R(1 + i, 60))'],
  ['one range added, 300 live', 300, 'H.add(R(1 + i, 60))'],
  ['one range taken off, 300 live', 300, 'H.delete([...H].at(-1))'],
  ['40 ranges added, 300 live', 300, 'for (let j = 0; j < 40; j++) H.add(R(100 + j, 60 + 7 * i))'],
  // What one insertion of Hamish's own box costs, by where and how it goes in.
  ['a fixed box appended to the root element', 300, insert(FIXED, 'documentElement')],
  ['a fixed box appended to body', 300, insert(FIXED, 'body')],
  ['a hidden box appended to body', 300, insert(HIDDEN, 'body')],
  ['a hidden box appended to the root element', 300, insert(HIDDEN, 'documentElement')],
  ['a zero-size fixed box appended to the root element', 300, insert(ZERO, 'documentElement')],
  [
    'a fixed box, content-visibility:hidden, to the root',
    300,
    insert(`${FIXED};content-visibility:hidden`, 'documentElement'),
  ],
  ['a fixed box appended to the root in an animation frame', 300, insert(FIXED, 'documentElement', 'raf')],
  ['a hidden box appended to the root in an animation frame', 300, insert(HIDDEN, 'documentElement', 'raf')],
  ['a fixed box shown as a popover (top layer)', 300, insert(FIXED, 'documentElement', 'popover')],
  // The card's frame: made (hidden) with the box, then shown on a hover.
  ['a fixed box holding an iframe, to the root', 300, insert(FIXED, 'documentElement', 'task', 'shown')],
  ['a hidden box holding an iframe, to the root', 300, insert(HIDDEN, 'documentElement', 'task', 'shown')],
  ['a popover holding a hidden iframe', 300, insert(FIXED, 'documentElement', 'popover', 'hidden')],
  ['the iframe shown, in a fixed box on the root', 300, SHOW_CARD, insert(FIXED, 'documentElement', 'task', 'hidden')],
  ['the iframe shown, in a popover', 300, SHOW_CARD, insert(FIXED, 'documentElement', 'popover', 'hidden')],
  // What a text-decoration in the highlight's rule adds to every later change, ours or the page's.
  ['one range added, 300 live, underlined', 300, 'H.add(R(1 + i, 60))', RULE(true)],
  ['the shown card moved, in a popover', 300, MOVE_CARD, CARD_SHOWN],
  ['the shown card moved, in a popover, underlined', 300, MOVE_CARD, `${CARD_SHOWN}; ${RULE(true)}`],
  // The band's size against paint (the near painter's band, near-paint.ts): what a move of the band
  // (40 ranges added) and a plain scroll of one screen cost with more or fewer ranges live.
  ...[0, 100, 300, 1200].map((n): [string, number, string] => [`a screen scrolled, ${n} live`, n, SCROLL]),
  ...[100, 1200].map((n): [string, number, string] => [`40 ranges added, ${n} live`, n, ADD_40]),
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** `only`: the changes whose label holds it (all by default). */
export async function floor(plain: BrowserContext, url: string, only = ''): Promise<void> {
  const page = await plain.newPage();
  await page.goto(url, { timeout: 180_000, waitUntil: 'load' });
  await page.waitForTimeout(3000);
  const cdp = await page.context().newCDPSession(page);
  const run = (expression: string) => cdp.send('Runtime.evaluate', { expression });
  // A rule for the highlight, as Hamish's content style sheet has, in the page before any change.
  await run(`{ globalThis.S = document.createElement('style'); document.head.append(S);
    const ps = [...document.querySelectorAll('article p')].slice(0, 200).map((p) => p.firstChild);
    globalThis.R = (i, o) => { const r = new Range(); r.setStart(ps[i], o); r.setEnd(ps[i], o + 6); return r; }; }`);
  await page.waitForTimeout(1500);
  const trace = await startTrace(page);
  for (const [k, [label, live, change, prepare]] of CHANGES.entries()) {
    if (!label.includes(only)) continue;
    // Up to 300 ranges in the first 60 paragraphs, more over 200 (a paragraph holds 80 characters or more).
    const spread = live > 300 ? 200 : 60;
    await run(`globalThis.B?.remove(); ${RULE(false)}; CSS.highlights.delete('floor'); globalThis.H = new Highlight();
      scrollTo(0, 0); for (let j = 0; j < ${live}; j++) H.add(R(j % ${spread}, 5 + 8 * Math.floor(j / ${spread})));
      CSS.highlights.set('floor', H);`);
    await page.waitForTimeout(1500);
    for (let i = 0; i < TRIALS; i++) {
      // Untimed (a mark that is no change's ends the last change's span): the last trial's box
      // taken off, and what this change needs set up first.
      if (prepare || change.includes('globalThis.B')) {
        await run(`performance.mark('floor:setup'); globalThis.B?.remove(); ${prepare ?? ''}`);
        await page.waitForTimeout(1000);
      }
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
  // Per change: the longest task, and the longest of each kind of work inside it.
  const KINDS = ['Paint', 'PrePaint', 'Layout', 'UpdateLayoutTree'];
  const rows = new Map<number, { task: number[]; kinds: number[][] }>();
  for (let m = 0; m + 1 < marks.length; m++) {
    const k = Number(marks[m]!.name.slice('floor:'.length));
    if (!Number.isInteger(k)) continue;
    const [a, b] = [marks[m]!.ts, marks[m + 1]!.ts];
    const row = rows.get(k) ?? { task: [], kinds: KINDS.map(() => []) };
    row.task.push(longest('RunTask', a, b));
    KINDS.forEach((name, j) => row.kinds[j]!.push(longest(name, a, b)));
    rows.set(k, row);
  }
  console.log(`5 MB page alone (no extension), medians of ${TRIALS} changes each:`);
  for (const [k, r] of rows) {
    const f = (xs: number[]) => median(xs).toFixed(1);
    console.log(
      `  ${CHANGES[k]![0]}: longest task ${f(r.task)} ms (runs ${r.task.map((x) => x.toFixed(0)).join(', ')}), ` +
        KINDS.map((name, j) => `${name === 'UpdateLayoutTree' ? 'Style' : name} ${f(r.kinds[j]!)}`).join(', '),
    );
  }
}
