import { describe, expect, it } from 'vitest';
import { encodeWordTable, WordTable, wordTableAt } from '../../../lib/ner/model/word-table';

const fail = (why: string): never => {
  throw new Error(why);
};
const lists = ['دمشق حلب', '', ' بيروت  حلب ', 'a ab abc'];
const values = [1, 2, 3, 4];
const built = new WordTable(lists, values);
const bytes = encodeWordTable(built);
const stored = wordTableAt(bytes, 0, bytes.length, fail);

describe('word table', () => {
  // [word, value]: undefined where the lists do not hold the word
  const cases: [string, number | undefined][] = [
    ['دمشق', 1],
    ['بيروت', 3],
    ['حلب', 3], // in lists 0 and 2: the last list's value, as Map.set in order gives
    ['a', 4],
    ['ab', 4],
    ['abc', 4],
    ['abcd', undefined], // a longer word that begins with a listed one
    ['b', undefined], // the end of a listed word
    ['دمشق حلب', undefined], // two words are not a word
    ['حلب ', undefined],
    ['', undefined],
    [' ', undefined],
    ['دمش', undefined],
  ];
  it.each(cases)('reads %j as %j, built and stored', (w, v) => {
    for (const t of [built, stored]) {
      expect(t.get(w)).toBe(v);
      expect(t.has(w)).toBe(v !== undefined);
    }
  });

  it('counts each word once', () => {
    expect([built.size, stored.size]).toEqual([6, 6]);
  });

  it('agrees with a Map built by splitting, on many words, built and stored', () => {
    const many = Array.from({ length: 7 }, (_, k) =>
      Array.from({ length: 3000 }, (_, i) => `w${(i * 7919 + k * 31) % 9000}`).join(' '),
    );
    const map = new Map<string, number>();
    many.forEach((l, k) => l.split(' ').forEach((w) => map.set(w, k * 10)));
    const t = new WordTable(
      many,
      many.map((_, k) => k * 10),
    );
    const b = encodeWordTable(t);
    const s = wordTableAt(b, 0, b.length, fail);
    expect([t.size, s.size]).toEqual([map.size, map.size]);
    for (let i = 0; i < 10000; i++)
      expect([t.get(`w${i}`), s.get(`w${i}`)]).toEqual([map.get(`w${i}`), map.get(`w${i}`)]);
  });

  it('refuses a value a stored table cannot hold', () => {
    expect(() => new WordTable(['a'], [70000])).toThrow(/out of range/);
  });

  const cut = (b: Uint8Array, at: number, v: number): Uint8Array => {
    const c = b.slice();
    new DataView(c.buffer).setUint32(at, v, true);
    return c;
  };
  const bad: [string, Uint8Array, number, RegExp][] = [
    ['cut short', bytes.subarray(0, bytes.length - 4), bytes.length - 4, /truncated/],
    ['shorter than its header', bytes.subarray(0, 8), 8, /truncated/],
    ['a bucket count not a power of two', cut(bytes, 0, 3), bytes.length, /3 buckets/],
    ['more words than it holds', cut(bytes, 4, 7), bytes.length, /truncated or damaged|damaged/],
  ];
  it.each(bad)('refuses a stored table %s', (_, b, end, message) => {
    expect(() => wordTableAt(b, 0, end, fail)).toThrow(message);
  });
});
