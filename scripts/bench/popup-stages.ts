// Where the popup's first note row spends its time, for scripts/bench/bench-popup.ts: the popup's
// own marks (entrypoints/popup/main.tsx, app.tsx) and Navigation/Resource Timing, beside what the
// background did with the first notes/find, seen from a listener and a wrapped IndexedDB read the
// bench adds to the running worker (the build itself carries no timing code there). Both sides'
// times are taken on the shared wall clock (timeOrigin + now), so they line up.
import type { Page, Worker } from '@playwright/test';

/** Each stage's end, in ms after the popup's navigation started. */
export interface Stages {
  document: number;
  parsed: number;
  evaluated: number;
  /** The first page read where the background shares it (storage.session), when it was there. */
  shared: number;
  arrived: number;
  readStart: number;
  readEnd: number;
  answered: number;
  mounted: number;
  rendered: number;
  painted: number;
}

export const STAGE_NAMES: [keyof Stages, string][] = [
  ['document', 'popup document loaded'],
  ['parsed', 'its HTML parsed'],
  ['evaluated', 'first module run, first page asked'],
  ['shared', 'first page read from storage.session'],
  ['arrived', 'request reached the background'],
  ['readStart', 'first page read started'],
  ['readEnd', 'first page read from IndexedDB'],
  ['answered', 'answer back in the popup'],
  ['mounted', 'Preact first render done'],
  ['rendered', 'note rows rendered'],
  ['painted', 'first row painted'],
];

// Strings, not functions: tsx would wrap a function's inner closures in a helper the worker lacks.
const INSTRUMENT = `(() => {
  if (globalThis.__popupBench) return;
  const log = (globalThis.__popupBench = []);
  const at = () => performance.timeOrigin + performance.now();
  chrome.runtime.onMessage.addListener((m) => {
    if (m && m.type === 'notes/find' && !(m.filter && m.filter.query)) log.push({ kind: 'arrived', t: at() });
    return false;
  });
  const wrap = (proto, name) => {
    const orig = proto[name];
    if (!orig) return;
    proto[name] = function (...args) {
      const t0 = at();
      const r = orig.apply(this, args);
      r.addEventListener('success', () => log.push({ kind: 'read', t0, t: at(), index: this.name }), { once: true });
      return r;
    };
  };
  for (const name of ['getAllRecords', 'getAll', 'getAllKeys', 'openCursor']) wrap(IDBIndex.prototype, name);
})()`;

export const instrumentWorker = (worker: Worker) => worker.evaluate(INSTRUMENT);

/** The stages of the popup load just painted (`paint` from Element Timing), then the worker's log emptied. */
export async function readStages(page: Page, worker: Worker, paint: number): Promise<Stages> {
  const log = (await worker.evaluate(`globalThis.__popupBench.splice(0)`)) as {
    kind: string;
    t: number;
    t0?: number;
    index?: string;
  }[];
  const p = (await page.evaluate(`(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const mark = (n) => performance.getEntriesByName('hamish:' + n)[0]?.startTime ?? NaN;
    return {
      origin: performance.timeOrigin,
      document: nav.responseEnd,
      parsed: nav.domInteractive,
      evaluated: mark('popup-start'),
      shared: mark('notes-shared'),
      answered: mark('notes-answered'),
      mounted: mark('app-rendered'),
      rendered: mark('notes-rendered'),
    };
  })()`)) as Omit<Stages, 'arrived' | 'readStart' | 'readEnd' | 'painted'> & { origin: number };
  const rel = (t: number | undefined) => (t === undefined ? NaN : t - p.origin);
  // The first notes/find after the popup started, and the reads of the notes by time that answered
  // it (a window's keys, then its notes): from the first one's start to the last one's end.
  const arrived = log.find((e) => e.kind === 'arrived' && e.t >= p.origin);
  const reads = log.filter(
    (e) => e.kind === 'read' && e.index === 'by-time' && arrived && e.t0! >= arrived.t && e.t <= p.origin + p.answered,
  );
  return {
    document: p.document,
    parsed: p.parsed,
    evaluated: p.evaluated,
    shared: p.shared,
    arrived: rel(arrived?.t),
    readStart: rel(reads.length ? Math.min(...reads.map((e) => e.t0!)) : undefined),
    readEnd: rel(reads.length ? Math.max(...reads.map((e) => e.t)) : undefined),
    answered: p.answered,
    mounted: p.mounted,
    rendered: p.rendered,
    painted: paint,
  };
}

/**
 * One line per stage in the order they ended (the popup renders while its request is out): the
 * median of when each ended, and how long after the one before.
 */
export function printStages(all: Stages[], median: (xs: number[]) => number) {
  // A stage the popup did not go through (a read the shared page made unneeded) is left out.
  const rows = STAGE_NAMES.map(([key, name]) => ({ key, name, at: median(all.map((s) => s[key])) }))
    .filter((r) => !Number.isNaN(r.at))
    .sort((a, b) => a.at - b.at);
  rows.forEach((r, i) => {
    const prev = rows[i - 1];
    const took = prev ? median(all.map((s) => s[r.key] - s[prev.key])) : r.at;
    console.log(`    ${r.name.padEnd(38)} at ${r.at.toFixed(1).padStart(6)} ms  (+${took.toFixed(1)})`);
  });
}
