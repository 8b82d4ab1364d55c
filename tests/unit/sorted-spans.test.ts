import { describe, expect, it } from 'vitest';
import { firstEndingAfter } from '@/lib/sorted-spans';

const spans = [
  { start: 0, end: 4 },
  { start: 5, end: 9 },
  { start: 12, end: 20 },
];

describe('firstEndingAfter', () => {
  it.each([
    // [at, lo, index]
    [-1, 0, 0],
    [0, 0, 0],
    [3, 0, 0],
    // A span that ends exactly at `at` does not end after it.
    [4, 0, 1],
    [8, 0, 1],
    [9, 0, 2],
    [10, 0, 2],
    [19, 0, 2],
    // None ends after the last end: the length.
    [20, 0, 3],
    [99, 0, 3],
    // The search starts at `lo`: an earlier span that would qualify is not returned.
    [0, 1, 1],
    [3, 2, 2],
    [25, 2, 3],
  ])('at %i from %i → %i', (at, lo, index) => {
    expect(firstEndingAfter(spans, at, lo)).toBe(index);
  });

  it('answers the length for no spans', () => {
    expect(firstEndingAfter([], 5)).toBe(0);
  });
});
