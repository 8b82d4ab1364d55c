// Text order for a page's candidates. Array.prototype.sort with a comparator costs a call per
// comparison; a page has tens of thousands of candidates, so each is packed into one number
// (start, then input position, which keeps the sort stable) and a typed array is sorted instead.
// Same order as a stable sort on start.
import type { Candidate } from './types';

const SMALL = 32;

/**
 * k % m for a packed key (an integer below 2^53) and a power of two m, without `%`: on doubles that
 * is a call to fmod, several times the cost of the rest of a sort's unpacking; this is exact.
 */
export const lowPart = (k: number, m: number): number => k - Math.floor(k / m) * m;
/**
 * start < 2^31 (a 10 MB page has about 2 million tokens) and index < 2^21:
 * start × 2^21 + index < 2^52, exact in a double.
 */
const INDEX = 2 ** 21;

/** `spans` sorted by start, ties in their input order; sorts a copy. */
export function byStart<T extends { start: number }>(spans: readonly T[]): T[] {
  const n = spans.length;
  if (n < SMALL || n >= INDEX) return [...spans].sort((a, b) => a.start - b.start);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = spans[i]!.start * INDEX + i;
  keys.sort();
  // Written over a copy, not into new Array(n): that one is holey, so the stages that read this
  // and the push-built lists alike saw two kinds of array and were compiled again for the second.
  const out = spans.slice();
  for (let i = 0; i < n; i++) out[i] = spans[lowPart(keys[i]!, INDEX)]!;
  return out;
}

/**
 * `spans` sorted by start once, so a page's thousands of questions (`overlapping`) each read only the
 * spans near it (a filter over all of them made a large page quadratic). A plain object, not a
 * closure: V8 keeps a closure made per page compiled only while one lives, so each page compiled
 * it, and the stages that inlined it, again.
 */
export interface OverlapIndex {
  readonly sorted: readonly Candidate[];
  readonly longest: number;
}

export function overlapIndex(spans: readonly Candidate[]): OverlapIndex {
  const sorted = byStart(spans);
  let longest = 0;
  for (const x of sorted) longest = Math.max(longest, x.end - x.start);
  return { sorted, longest };
}

/** The spans of the index that overlap c. */
export function overlapping(index: OverlapIndex, c: Candidate): Candidate[] {
  const { sorted, longest } = index;
  // The first span that can reach c: one starting at least `longest` tokens before c.start ends before it.
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.start <= c.start - longest) lo = mid + 1;
    else hi = mid;
  }
  const out: Candidate[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < c.end; i++)
    if (c.start < sorted[i]!.end) out.push(sorted[i]!);
  return out;
}
