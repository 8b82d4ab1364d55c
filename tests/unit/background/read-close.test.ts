// Many records read by key, close ones in one ranged request (entrypoints/background/read-close):
// the same records as one get per key, in the keys' order, whether the keys are neighbours, far
// apart, partly absent or beyond the ranged read's reach, with the number of requests it took.
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { closeNumbers, readClose } from '@/entrypoints/background/read-close';

interface Rec {
  d: number;
  name: string;
}

/** A store of records numbered 1..n (every `gap`-th number only), counting the requests made to it. */
async function store(n: number, gap = 1) {
  const db = await openDB(`close-${Math.random()}`, 1, {
    upgrade: (db) => void db.createObjectStore('r', { keyPath: 'd' }),
  });
  const tx = db.transaction('r', 'readwrite');
  for (let d = 1; d <= n; d += gap) void tx.store.put({ d, name: `n${d}` });
  await tx.done;
  const requests = { get: 0, getAll: 0 };
  const source = {
    get: (k: number) => (requests.get++, db.get('r', k)),
    getAll: (range: IDBKeyRange, count: number) => (requests.getAll++, db.getAll('r', range, count)),
  };
  return { source, requests };
}

const expected = (keys: number[], present: (d: number) => boolean) =>
  keys.map((d) => (present(d) ? { d, name: `n${d}` } : undefined));

describe('readClose', () => {
  it.each<[string, number[], number, { get: number; getAll: number }]>([
    ['neighbours: one ranged read', [10, 11, 12, 13, 14, 15], 1, { get: 0, getAll: 1 }],
    ['every other one: one ranged read', [10, 12, 14, 16, 18, 20], 1, { get: 0, getAll: 1 }],
    ['two keys: read alone', [10, 500], 1, { get: 2, getAll: 0 }],
    ['far apart: the ranged read reaches the first, the rest alone', [1, 2, 3, 400, 800], 1, { get: 2, getAll: 1 }],
    ['absent keys inside the range are undefined, not read again', [5, 6, 7, 8, 9, 10], 2, { get: 0, getAll: 1 }],
    ['absent keys beyond the reach are asked and undefined', [1, 3, 5, 700, 901], 2, { get: 2, getAll: 1 }],
  ])('%s', async (_, keys, gap, requests) => {
    const s = await store(1000, gap);
    const got = await readClose(s.source, keys, (r: Rec) => r.d, 4);
    expect(got).toEqual(expected(keys, (d) => (d - 1) % gap === 0 && d <= 1000));
    expect(s.requests).toEqual(requests);
  });

  it.each<[string, number[], boolean]>([
    ['neighbours', [4, 5, 6, 7, 8, 9, 10, 11], true],
    ['a few gaps', [4, 5, 7, 8, 9, 10, 11, 12], true],
    ['every other one', [2, 4, 6, 8, 10, 12], false],
    ['one far away', [1, 2, 3, 4, 5, 6, 7, 100], false],
    ['too few to gain a request', [1, 2], false],
  ])('keys are close enough for one ranged read: %s', (_, keys, close) => {
    expect(closeNumbers(keys)).toBe(close);
  });

  it('reads [time, id] keys of an index as one get per key would', async () => {
    const db = await openDB(`close-idx-${Math.random()}`, 1, {
      upgrade: (db) => void db.createObjectStore('n', { keyPath: 'id' }).createIndex('t', ['t', 'id']),
    });
    const tx = db.transaction('n', 'readwrite');
    // Several notes share a time, so the key's id decides their order.
    for (let i = 0; i < 60; i++) void tx.store.put({ id: `id-${String(i).padStart(2, '0')}`, t: Math.floor(i / 3) });
    await tx.done;
    const index = db.transaction('n').store.index('t');
    const keys: [number, string][] = [
      [2, 'id-06'],
      [2, 'id-08'],
      [3, 'id-10'],
      [9, 'id-27'],
      [19, 'id-59'],
      [19, 'id-99'],
    ];
    const one = await Promise.all(keys.map((k) => index.get(k)));
    expect(await readClose(index, keys, (n: { t: number; id: string }) => [n.t, n.id])).toEqual(one);
    expect(one.at(-1)).toBeUndefined();
  });
});
