// Where the first page's time goes in the background, for `npm run bench:page` (the bench build
// only: the shipped build passes no timings and wraps nothing). The bench reads them from the
// worker (Chrome) after the first page is marked.
import type { EngineData } from '@/lib/engine/types';

export interface EngineTimings {
  /**
   * ms after the worker started: its script began to run (compiled), its modules evaluated, the
   * engine's data loaded, the first real request.
   */
  scriptAt?: number;
  mainAt?: number;
  loadedAt?: number;
  requestAt?: number;
  /** ms after the worker started: each of the engine's files was in (the name model's is not waited for). */
  packAt?: number;
  taggerAt?: number;
  namesAt?: number;
  /** The worker's clock origin (ms since the epoch): the bench places the tab's steps on its timeline. */
  origin: number;
  /**
   * ms each part of the load took: waiting for the files (summed: each file is used when it is in,
   * while the next is read), parsing the data pack's first sections, the name model's tables, the
   * tagger, the rest (the gazetteer's index, the name model).
   */
  files?: number;
  parse?: number;
  names?: number;
  tagger?: number;
  gazetteer?: number;
  /** ms after the worker started: the tables the engine makes on first use were made (lazy-tables.ts). */
  tablesAt?: number;
  /**
   * ms after the worker started: the worker's install and activate events, a page's port connected,
   * its first message in (before the router): the hops a first request takes before the engine host.
   */
  installAt?: number;
  activateAt?: number;
  connectAt?: number;
  portMessageAt?: number;
  /** Warm-up rounds run before the first real request. */
  warmRounds: number;
  /** ms after the worker started: when each warm-up round before the first request began and ended. */
  warmSpans?: [number, number][];
  /** ms after the worker started: the engine was made from its loaded data. */
  createdAt?: number;
  /** ms after the worker started: the database was open and the corrections read. */
  dbAt?: number;
  /**
   * The first real request: ms it waited (load, a warm-up round), the engine's time, and inside it
   * the tagger's and the name model's; then the readings and facts of the answer.
   */
  first?: { waited: number; engine: number; tagger: number; names: number; after?: number };
  /** The last answer sent, which the bench measures (its JSON length, about what structured clone copies). */
  lastReply?: unknown;
  /**
   * The last request's way through the worker, in ms since the epoch (comparable with the tab's
   * clock): when the engine host had it, when the engine began and ended, when the answer was ready.
   */
  lastCall?: { received: number; engineStart: number; engineEnd: number; answered: number };
  /** Running sums, while a call is timed. */
  inTagger: number;
  inNames: number;
}

export const newTimings = (scriptAt?: number): EngineTimings => ({
  scriptAt,
  origin: performance.timeOrigin,
  mainAt: performance.now(),
  warmRounds: 0,
  inTagger: 0,
  inNames: 0,
});

/** The data with its tagger and name model timed into `t` (the engine calls them per sentence and per name). */
export function timedData(data: EngineData, t: EngineTimings): EngineData {
  const timed =
    <A extends unknown[], R>(f: (...a: A) => R, add: (ms: number) => void) =>
    (...a: A): R => {
      const t0 = performance.now();
      try {
        return f(...a);
      } finally {
        add(performance.now() - t0);
      }
    };
  const { ner, translit } = data;
  return {
    ...data,
    ner: ner && { tag: timed(ner.tag, (ms) => (t.inTagger += ms)) },
    translit: translit && {
      ...translit,
      guessToken: timed(translit.guessToken, (ms) => (t.inNames += ms)),
      guessName: timed(translit.guessName, (ms) => (t.inNames += ms)),
    },
  };
}
