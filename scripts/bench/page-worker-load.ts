// `npm run bench:page -- --load`: the worker's own start in Chromium, with no page competing for the
// two cores (the demo's first page times it against a tab that starts at the same moment, so its
// figure swings with which of the two is ahead). Each fresh browser start is left alone for 3 s,
// then the bench build's timings are read (entrypoints/background/engine-timing.ts): when the
// worker's script began to run, its modules were evaluated, each of the engine's files was in and
// the engine was loaded, in ms after the worker started; medians over the starts.
import type { BrowserContext, Worker } from '@playwright/test';
import type { EngineTimings } from '../../entrypoints/background/engine-timing';

const IDLE_MS = 3000;

export async function workerLoad(
  launch: () => Promise<BrowserContext>,
  workerOf: (c: BrowserContext) => Promise<Worker>,
  starts: number,
): Promise<void> {
  const rows: EngineTimings[] = [];
  for (let i = 0; i < starts; i++) {
    const c = await launch();
    const w = await workerOf(c);
    await new Promise((r) => setTimeout(r, IDLE_MS));
    const t = await w.evaluate(() => (globalThis as { hamishTimings?: unknown }).hamishTimings);
    if (t) rows.push(t as EngineTimings);
    await c.close();
  }
  if (!rows.length) return console.log('worker load: this build records no timings');
  const m = (f: (r: EngineTimings) => number | undefined) => {
    const xs = rows
      .map(f)
      .filter((x): x is number => x !== undefined)
      .sort((a, b) => a - b);
    return xs.length ? xs[Math.floor(xs.length / 2)]!.toFixed(1) : '–';
  };
  console.log(
    `worker load with no page (medians of ${rows.length} browser starts), ms after the worker started: ` +
      `script running ${m((r) => r.scriptAt)}, modules evaluated ${m((r) => r.mainAt)}, ` +
      `files in: data pack ${m((r) => r.packAt)}, tagger ${m((r) => r.taggerAt)}, name model ${m((r) => r.namesAt)}; ` +
      `engine loaded ${m((r) => r.loadedAt)} (runs ${rows.map((r) => r.loadedAt?.toFixed(0)).join(', ')}); ` +
      `waiting for files ${m((r) => r.files)}, data parsed ${m((r) => r.parse)}, tagger ${m((r) => r.tagger)}`,
  );
}
