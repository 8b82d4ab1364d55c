// The newest records of a store or index keyed [time, id] (the notes by time, the notes' term
// records), read with forward requests only. Chromium reads these stores backwards very slowly: 51
// term records took 150–4,450 ms read highest first and 2–4 ms read lowest first, at 10,000 notes.
// So a window of times just wide enough is found by counting its keys (a capped getAllKeys, which
// costs no more than the cap however wide the window), and then read forwards in one request.
import { readRecords } from './read-records';

export type TimeKey = [number, string];

/** What the reader needs of an idb store or index (wrapped) keyed [time, id], whatever its schema types. */
interface Source<V> {
  getAll(range: IDBKeyRange | null, count?: number): Promise<V[]>;
  getAllKeys(range: IDBKeyRange | null, count?: number): Promise<unknown[]>;
  openCursor(
    range: IDBKeyRange | null,
    direction: IDBCursorDirection,
  ): Promise<{ value: V; continue(): Promise<unknown> } | null>;
}

/** Where the last search of a source ended: its newest time and how many records per ms lie near it. */
interface Hint {
  top: number;
  rate: number;
}

const DAY = 86_400_000;
/** Windows tried before the plain backward read takes over: only many records within one ms get there. */
const MAX_STEPS = 48;
/**
 * Where each source's last window was: only a first guess for the next (any guess gives the same
 * records; a good one saves requests). Kept per source name for the worker's life.
 */
const hints = new Map<string, Hint>();

/** The records at or after `from` (everything when -Infinity) and below `below` (exclusive; null: no bound). */
function windowOf(from: number, below: TimeKey | null): IDBKeyRange | null {
  if (from === -Infinity) return below ? IDBKeyRange.upperBound(below, true) : null;
  return below ? IDBKeyRange.bound([from], below, false, true) : IDBKeyRange.lowerBound([from]);
}

/**
 * The narrowest window (of the form windowOf) that holds more than `n` records, or all of them, and
 * no more than `cap`: the width grows until the window holds enough, then is halved between the
 * widths known too narrow and too wide. Null when `cap` records share one millisecond.
 */
async function findWindow(
  source: Source<unknown>,
  below: TimeKey | null,
  n: number,
  cap: number,
  hint: Hint | undefined,
): Promise<{ range: IDBKeyRange | null; held: number } | null> {
  const top = below?.[0] ?? hint?.top ?? Date.now();
  let width = hint && hint.rate > 0 ? ((n + 1) * 1.5) / hint.rate : DAY;
  let narrow = 0;
  let wide = Infinity;
  for (let step = 0; step < MAX_STEPS; step++) {
    // Times start at the epoch: a window reaching back past it holds everything below.
    const from = top - width <= 0 ? -Infinity : top - width;
    const range = windowOf(from, below);
    const held = (await source.getAllKeys(range, cap)).length;
    if (held < cap && (held > n || from === -Infinity)) return { range, held };
    if (held >= cap) wide = width;
    else narrow = width;
    if (wide - narrow < 1) return null;
    if (wide === Infinity) width *= held ? Math.min(64, Math.max(2, (2 * (n + 1)) / held)) : 16;
    else width = narrow > 0 && wide / narrow > 4 ? Math.sqrt(narrow * wide) : (narrow + wide) / 2;
  }
  return null;
}

/**
 * The `n` newest records below `below` (a [time, id] key, exclusive; null: from the newest), newest
 * first, and whether older ones remain. `name` keeps this source's hint; `timeOf` reads a record's time.
 */
export async function newestFirst<V>(
  source: Source<V>,
  name: string,
  below: TimeKey | null,
  n: number,
  timeOf: (v: V) => number,
): Promise<{ values: V[]; more: boolean }> {
  if (n <= 0) return { values: [], more: true };
  const cap = 2 * n + 16;
  const hint = hints.get(name);
  const found = await findWindow(source as Source<unknown>, below, n, cap, hint);
  // Many records in one ms, or many newer than the hint's top (an import): read backwards once.
  if (!found) {
    const read = await readRecords(source, below ? IDBKeyRange.upperBound(below, true) : null, 'prev', n);
    const [newest, oldest] = [read.values[0], read.values.at(-1)];
    if (newest !== undefined && !below) hints.set(name, rated(timeOf(newest), read.values.length, newest, oldest!));
    return read;
  }
  const all = await source.getAll(found.range);
  const values = all.slice(-n).reverse();
  const newest = values[0];
  if (newest !== undefined)
    hints.set(name, rated(below ? (hint?.top ?? timeOf(newest)) : timeOf(newest), all.length, newest, all[0]!));
  return { values, more: all.length > n };

  function rated(top: number, count: number, newest: V, oldest: V): Hint {
    const span = timeOf(newest) - timeOf(oldest);
    return { top, rate: span > 0 ? count / span : (hint?.rate ?? 0) };
  }
}
