// The first page after the worker starts, one line per browser start: every event of the worker's
// start and of the tab's request on the worker's clock (ms after the worker started), in the order
// they happened. The medians of bench-page.ts mix starts whose order differed (a page that came
// before the engine was loaded against one that came after 60 warm-up rounds); this shows, for
// each start, what the first page waited for.
import type { EngineTimings } from '../../entrypoints/background/engine-timing';

/** The worker's timings with the tab's steps placed on its clock (bench-page.ts fills them in). */
export type FirstPageTimings = EngineTimings & {
  tabAt?: number;
  tab?: { sent: number; annotated: number; marked: number };
};

export function printTimelines(rows: FirstPageTimings[]): void {
  for (const [i, r] of rows.entries()) {
    const epoch = (t: number | undefined) => (t === undefined ? undefined : t - r.origin);
    const call = r.lastCall;
    const events: [string, number | undefined][] = [
      ['script running', r.scriptAt],
      ['modules evaluated', r.mainAt],
      ['data pack in', r.packAt],
      ['tagger in', r.taggerAt],
      ['lazy tables made', r.tablesAt],
      ['engine loaded', r.loadedAt],
      ['engine made', r.createdAt],
      ['database open', r.dbAt],
      ...(r.warmSpans ?? []).flatMap(([a, b], k): [string, number][] => [
        [`round ${k + 1} began`, a],
        [`ended`, b],
      ]),
      ['name model in', r.namesAt],
      ['tab started', r.tabAt],
      ['tab sent', r.tab?.sent],
      ['installed', r.installAt],
      ['activated', r.activateAt],
      ['port connected', r.connectAt],
      ['port message', r.portMessageAt],
      ['request in', r.requestAt],
      // The last call is the first page's only when the bench read it right after that page.
      ['engine began', epoch(call?.engineStart)],
      ['engine ended', epoch(call?.engineEnd)],
      ['answer ready', epoch(call?.answered)],
      ['tab annotated', r.tab?.annotated],
      ['tab marked', r.tab?.marked],
    ];
    const known = events.filter((e): e is [string, number] => e[1] !== undefined && !Number.isNaN(e[1]));
    known.sort((a, b) => a[1] - b[1]);
    const marked = r.tab ? (r.tab.marked - (r.tabAt ?? NaN)).toFixed(0) : '?';
    console.log(
      `  first page, start ${i + 1} (marked ${marked} ms after the tab started; ${r.warmRounds} warm-up rounds ` +
        `before it): ` +
        known.map(([what, at]) => `${what} ${at.toFixed(0)}`).join(' · '),
    );
  }
}
