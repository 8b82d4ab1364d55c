// Binary search over spans sorted by start that do not overlap, so their ends are sorted too: the
// timeline's sentences and the content script's marks both ask it.

/** Index of the first span from `lo` on that ends after `at` (`xs.length` when none does). */
export function firstEndingAfter(xs: readonly { end: number }[], at: number, lo = 0): number {
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
