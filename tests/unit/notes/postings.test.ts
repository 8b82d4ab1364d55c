// The sorted (time, doc) lists of the word index: merging a prefix's terms, intersecting the
// conditions, and rewriting stored chunks after a write, checked against plain set arithmetic.
import { describe, expect, it } from 'vitest';
import { intersect, rechunk, sortPairs, union, without, type Chunk, type Pairs } from '@/lib/notes/postings';

const P = (...pairs: [number, number][]) => sortPairs(pairs.flat());
const list = (p: Pairs) => Array.from({ length: p.length / 2 }, (_, i) => [p[2 * i], p[2 * i + 1]]);

describe('sortPairs', () => {
  it('orders by time, then doc, and drops repeats', () => {
    expect(list(sortPairs([5, 2, 1, 9, 5, 1, 5, 2, 1, 3]))).toEqual([
      [1, 3],
      [1, 9],
      [5, 1],
      [5, 2],
    ]);
  });
});

describe('union and intersect', () => {
  it.each<[string, Pairs[], [number, number][], [number, number][]]>([
    [
      'one list',
      [P([1, 1], [2, 2])],
      [
        [1, 1],
        [2, 2],
      ],
      [
        [1, 1],
        [2, 2],
      ],
    ],
    ['no lists', [], [], []],
    [
      'disjoint lists',
      [P([1, 1], [3, 3]), P([2, 2], [4, 4])],
      [
        [1, 1],
        [2, 2],
        [3, 3],
        [4, 4],
      ],
      [],
    ],
    [
      'shared pairs',
      [P([1, 1], [2, 2], [3, 3]), P([2, 2], [3, 3], [9, 9])],
      [
        [1, 1],
        [2, 2],
        [3, 3],
        [9, 9],
      ],
      [
        [2, 2],
        [3, 3],
      ],
    ],
    // Same time, other doc: not the same note.
    [
      'same time, other doc',
      [P([5, 1]), P([5, 2])],
      [
        [5, 1],
        [5, 2],
      ],
      [],
    ],
    ['an empty list', [P([1, 1]), P()], [[1, 1]], []],
    [
      'three lists',
      [P([1, 1], [2, 2], [3, 3], [4, 4]), P([2, 2], [4, 4]), P([0, 0], [4, 4], [2, 2])],
      [
        [0, 0],
        [1, 1],
        [2, 2],
        [3, 3],
        [4, 4],
      ],
      [
        [2, 2],
        [4, 4],
      ],
    ],
  ])('%s', (_what, lists, merged, common) => {
    expect(list(union(lists.length ? lists : [P()]))).toEqual(merged);
    expect(list(intersect(lists))).toEqual(common);
  });

  it('agrees with set arithmetic on long random lists', () => {
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const lists = [40, 400, 4000].map((n) =>
      P(...Array.from({ length: n }, (): [number, number] => [rand(500), rand(20)])),
    );
    const key = (p: (number | undefined)[]) => p.join(',');
    const sets = lists.map((l) => new Set(list(l).map(key)));
    const want = [...sets[0]!].filter((k) => sets.every((s) => s.has(k)));
    expect(list(intersect(lists)).map(key)).toEqual(want.sort((a, b) => cmpKeys(a, b)));
    expect(list(union(lists)).map(key)).toEqual([...new Set(sets.flatMap((s) => [...s]))].sort(cmpKeys));
    expect(list(without(lists[2]!, lists[1]!)).map(key)).toEqual(
      [...sets[2]!].filter((k) => !sets[1]!.has(k)).sort(cmpKeys),
    );
  });
});

function cmpKeys(a: string, b: string) {
  const [x, y] = [a.split(',').map(Number), b.split(',').map(Number)];
  return x[0]! - y[0]! || x[1]! - y[1]!;
}

describe('rechunk', () => {
  const chunk = (...pairs: [number, number][]): Chunk => ({ low: pairs[0]!, pairs: P(...pairs) });
  /** The chunks after a rewrite: the untouched ones, then the new ones, each read whole, oldest first. */
  const apply = (chunks: Chunk[], add: Pairs, drop: Pairs, max: number) => {
    const plan = rechunk(chunks, add, drop, max);
    const dropped = new Set(plan.drop.map((l) => l.join()));
    const kept = chunks.filter((c) => !dropped.has(c.low.join())).map((c) => c.pairs);
    return { plan, all: [...kept, ...plan.put].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!) };
  };

  it('puts a new term in chunks of at most `max`, split evenly', () => {
    const { plan } = apply([], P([1, 1], [2, 2], [3, 3], [4, 4], [5, 5]), P(), 2);
    expect(plan.drop).toEqual([]);
    expect(plan.put.map(list)).toEqual([
      [[1, 1]],
      [
        [2, 2],
        [3, 3],
      ],
      [
        [4, 4],
        [5, 5],
      ],
    ]);
  });

  it('rewrites only the chunk a new pair falls in', () => {
    const chunks = [chunk([1, 1], [2, 2]), chunk([5, 5], [6, 6])];
    const { plan, all } = apply(chunks, P([7, 7]), P(), 4);
    expect(plan.drop).toEqual([[5, 5]]);
    expect(all.map(list)).toEqual([
      [
        [1, 1],
        [2, 2],
      ],
      [
        [5, 5],
        [6, 6],
        [7, 7],
      ],
    ]);
  });

  it('puts a pair older than every chunk in the first, which gets a new key', () => {
    const { plan, all } = apply([chunk([5, 5], [6, 6])], P([1, 9]), P(), 4);
    expect(plan.drop).toEqual([[5, 5]]);
    expect(plan.put.map((p) => [p[0], p[1]])).toEqual([[1, 9]]);
    expect(all.flatMap(list)).toEqual([
      [1, 9],
      [5, 5],
      [6, 6],
    ]);
  });

  it('splits a chunk that grew past `max`, drops an emptied one, and leaves equal ones alone', () => {
    const chunks = [chunk([1, 1]), chunk([3, 3], [4, 4]), chunk([8, 8])];
    const { plan, all } = apply(chunks, P([5, 5], [6, 6]), P([1, 1], [7, 7]), 2);
    expect(plan.drop).toEqual([
      [1, 1],
      [3, 3],
    ]);
    expect(all.map(list)).toEqual([
      [
        [3, 3],
        [4, 4],
      ],
      [
        [5, 5],
        [6, 6],
      ],
      [[8, 8]],
    ]);
    // A pair dropped and added in one write (a note put back as it was) stays.
    expect(apply(chunks, P([3, 3]), P([3, 3]), 2).all.flatMap(list)).toEqual([
      [1, 1],
      [3, 3],
      [4, 4],
      [8, 8],
    ]);
    // Dropping a pair no chunk holds changes nothing.
    expect(rechunk(chunks, P(), P([2, 2]), 2)).toEqual({ drop: [], put: [] });
  });
});
