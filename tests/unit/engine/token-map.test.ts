import { describe, expect, it } from 'vitest';
import { TokenMap } from '../../../lib/engine/token-map';

const a = { start: 2, end: 4 };
const b = { start: 2, end: 3 };
const c = { start: 0, end: 1 };

describe('TokenMap', () => {
  const m = TokenMap.of(5, [a, c, b], (x) => x.start);
  it.each([
    ['the later of two at one position, as Map.set keeps it', 2, b],
    ['position 0', 0, c],
    ['a free position', 1, undefined],
    ['the last position, free', 4, undefined],
    ['before the first position', -1, undefined],
    ['past the last position', 5, undefined],
    ['a fraction', 0.5, undefined],
  ])('get: %s', (_, i, expected) => {
    expect(m.get(i)).toBe(expected);
    expect(m.has(i)).toBe(expected !== undefined);
  });

  it('agrees with a Map on the same writes', () => {
    const ref = new Map<number, number>();
    const tm = new TokenMap<number>(50);
    for (let k = 0; k < 200; k++) {
      const pos = (k * 37) % 50;
      ref.set(pos, k);
      tm.set(pos, k);
    }
    for (let i = -2; i < 52; i++) expect([tm.has(i), tm.get(i)]).toEqual([ref.has(i), ref.get(i)]);
  });

  it('refuses a position it has no slot for instead of dropping the candidate', () => {
    expect(() => new TokenMap(3).set(3, a)).toThrow(RangeError);
    expect(() => new TokenMap(3).set(-1, a)).toThrow(RangeError);
  });
});
