import { describe, expect, it } from 'vitest';
import { createDecoder } from '../../../lib/translit/decode';
import type { TranslitModel } from '../../../lib/translit/types';

// The decoder reads a history's count of a unit from the history's row of followers: short rows are
// scanned, long ones (over 16 followers) through an index. Either way a follower listed twice keeps
// its last count, and a unit the row does not hold counts 0 (the history's mass goes to the backoff).
const LETTERS = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي'.split('');
const units = ['|', ...LETTERS.map((l, i) => `${l}|${String.fromCharCode(97 + (i % 26))}${i >= 26 ? 'x' : ''}`)];

/** An order-2 Witten-Bell model whose root row lists `followers` units, then `rest` after them. */
function model(followers: number, rest: number[]): TranslitModel {
  const row = Array.from({ length: followers }, (_, i) => [i + 1, 10]).flat();
  return { version: 1, order: 2, units, ngrams: { '': [1_000, followers, ...row, ...rest] }, table: {} };
}

const logProb = (m: TranslitModel, key: string) => createDecoder(m).decode(key, 1)[0]!.logProb;

describe('the decoder reads each count from its history row', () => {
  it.each([
    ['a short row (scanned)', 4],
    ['a long row (indexed)', 20],
  ])('%s: a repeated follower keeps its last count, an unlisted unit counts 0', (_what, n) => {
    const b = LETTERS[0]!; // unit 1, listed first with 10
    const twice = model(n, [1, 300]);
    const last = model(n, []);
    (last.ngrams[''] as number[])[3] = 300;
    const first = model(n, []);
    expect(logProb(twice, b)).toBeCloseTo(logProb(last, b), 12);
    expect(logProb(twice, b)).not.toBeCloseTo(logProb(first, b), 3);
    // A unit past the row reads as one listed with a count of 0, not as another row's count.
    const unlisted = LETTERS[n]!;
    expect(logProb(first, unlisted)).toBeCloseTo(logProb(model(n, [n + 1, 0]), unlisted), 12);
    expect(logProb(first, unlisted)).not.toBeCloseTo(logProb(model(n, [n + 1, 300]), unlisted), 3);
  });
});
