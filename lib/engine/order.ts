// Text order for a page's candidates. Array.prototype.sort with a comparator costs a call per
// comparison; a page has tens of thousands of candidates, so each is packed into one number
// (start, then input position, which keeps the sort stable) and a typed array is sorted instead.
// Same order as a stable sort on start.

const SMALL = 32;
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
  const out = new Array<T>(n);
  for (let i = 0; i < n; i++) out[i] = spans[keys[i]! % INDEX]!;
  return out;
}
