import { describe, expect, it } from 'vitest';
import { byStart, overlapIndex, overlapping } from '../../../lib/engine/order';
import { ruleGuess } from '../../../lib/engine/types';

/** Deterministic spans with many equal starts, tagged by input position. */
function spans(n: number, seed: number): { start: number; tag: number }[] {
  let x = seed;
  return Array.from({ length: n }, (_, tag) => {
    x = (Math.imul(x, 1103515245) + 12345) | 0;
    return { start: (x >>> 8) % Math.max(1, n >> 2), tag };
  });
}

describe('byStart', () => {
  it.each([0, 1, 5, 31, 32, 33, 1000, 50_000])('%i spans: the order of a stable sort on start', (n) => {
    const input = spans(n, n + 7);
    const expected = [...input].sort((a, b) => a.start - b.start);
    const got = byStart(input);
    expect(got.map((s) => s.tag)).toEqual(expected.map((s) => s.tag));
  });

  it('keeps equal starts in input order, not reversed', () => {
    const input = Array.from({ length: 40 }, (_, tag) => ({ start: tag % 2, tag }));
    const got = byStart(input);
    expect(got.slice(0, 3).map((s) => s.tag)).toEqual([0, 2, 4]);
    expect(got.slice(20, 23).map((s) => s.tag)).toEqual([1, 3, 5]);
  });

  it('leaves its input alone', () => {
    const input = spans(100, 3);
    const copy = input.map((s) => s.tag);
    byStart(input);
    expect(input.map((s) => s.tag)).toEqual(copy);
  });

  it('orders starts of a 10 MB page (millions of tokens) exactly', () => {
    const input = [
      { start: 2_000_001 },
      { start: 1_999_999 },
      ...Array.from({ length: 40 }, () => ({ start: 2_000_000 })),
    ];
    expect(byStart(input).map((s) => s.start)).toEqual([1_999_999, ...Array(40).fill(2_000_000), 2_000_001]);
  });
});

describe('overlapping', () => {
  // A long span early on, so the search must look back past shorter spans that end before c.
  const spans = [
    ruleGuess(0, 6, 'place'),
    ruleGuess(2, 3, 'person'),
    ruleGuess(7, 9, 'person'),
    ruleGuess(9, 10, 'place'),
  ];
  const index = overlapIndex([...spans].reverse());
  it.each([
    ['a span inside the long one', 4, 5, [spans[0]]],
    ['the long one and a short one inside it', 2, 3, [spans[0], spans[1]]],
    ['the end of one and the start of the next', 8, 10, [spans[2], spans[3]]],
    ['nothing between two spans', 6, 7, []],
    ['nothing past the last', 10, 12, []],
  ])('%s', (_, start, end, expected) => {
    expect(overlapping(index, ruleGuess(start, end, 'person'))).toEqual(expected);
  });
  it('nothing in an empty index', () => {
    expect(overlapping(overlapIndex([]), ruleGuess(0, 3, 'person'))).toEqual([]);
  });
});
