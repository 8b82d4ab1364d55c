// The posting lists' reads as a search makes them (fake-indexeddb): which terms a prefix opens
// onto, with the keys of their chunks, and one term's chunks read newest first in growing runs.
import { describe, expect, it } from 'vitest';
import { openHamishDB } from '@/entrypoints/background/db';
import { chunkKeys, NewestFirst, type ChunkKey } from '@/entrypoints/background/postings-store';
import { concat } from '@/lib/notes/postings';

/** A postings store holding `chunks` chunks of two pairs for each term. */
async function store(terms: Record<string, number>) {
  const db = await openHamishDB(`postings-${Math.random()}`);
  const tx = db.transaction('postings', 'readwrite');
  for (const [term, chunks] of Object.entries(terms))
    for (let c = 0; c < chunks; c++)
      void tx.store.put(Float64Array.of(10 * c, c, 10 * c + 5, c + 1000), [term, 10 * c, c] as ChunkKey);
  await tx.done;
  return db;
}

const TERMS = { cairo: 3, cairn: 1, cake: 200, car: 2, 'cairo\u0000x': 1, ca: 1, dog: 5 };

describe('chunkKeys', () => {
  it.each<[string, string, number, boolean, Record<string, number> | null]>([
    ['a prefix of a few terms', 'cai', 10, false, { cairn: 1, cairo: 3, 'cairo\u0000x': 1 }],
    ['a term with more chunks than one batch of keys', 'cak', 10, false, { cake: 200 }],
    ['a prefix opening onto more terms than allowed', 'ca', 4, false, null],
    [
      'exactly as many terms as allowed',
      'ca',
      6,
      false,
      { ca: 1, cairn: 1, cairo: 3, 'cairo\u0000x': 1, cake: 200, car: 2 },
    ],
    ['a prefix no term has', 'cb', 10, false, {}],
    ['an exact term, not its longer neighbours', 'cairo', 1, true, { cairo: 3 }],
    ['an exact term that is absent', 'cai', 1, true, {}],
    ['a term is a prefix of itself', 'dog', 1, false, { dog: 5 }],
  ])('%s: %j', async (_what, prefix, max, exact, want) => {
    const db = await store(TERMS);
    const got = await chunkKeys(db.transaction('postings').store, prefix, max, exact);
    if (want === null) return expect(got).toBeNull();
    expect(Object.fromEntries([...got!].map(([t, keys]) => [t, keys.length]))).toEqual(want);
    // Each term's keys are its own, oldest first.
    for (const [t, keys] of got!) {
      expect(keys.every((k) => k[0] === t)).toBe(true);
      expect(keys.map((k) => k[1])).toEqual([...keys.map((k) => k[1])].sort((a, b) => a - b));
    }
  });
});

describe('NewestFirst', () => {
  it.each<[string, number | null, number[]]>([
    ['from the newest chunk', null, [1, 2, 4, 3]],
    ['from the chunk holding a time', 45, [1, 2, 2]],
    ['from a time before every chunk', -1, []],
  ])('reads %s in runs of 1, 2, 4...', async (_what, upTo, runs) => {
    const db = await store({ t: 10 });
    const tx = db.transaction('postings');
    const keys = (await chunkKeys(tx.store, 't', 1, true))!.get('t') ?? [];
    const s = new NewestFirst(tx.store, keys, upTo);
    const read: number[] = [];
    let chunks = 0;
    while (!s.done) {
      await s.more();
      const now = s.pairs().length / 4;
      read.push(now - chunks);
      chunks = now;
      // The oldest pair read is the first of the oldest chunk read; none once all are read.
      expect(s.low).toEqual(s.done ? null : [s.pairs()[0], s.pairs()[1]]);
    }
    expect(read).toEqual(runs);
    const start = upTo === null ? 9 : Math.floor(upTo / 10);
    const want = Array.from({ length: Math.max(0, start + 1) }, (_, c) =>
      Float64Array.of(10 * c, c, 10 * c + 5, c + 1000),
    );
    expect(s.pairs()).toEqual(concat(want.length ? want : [new Float64Array(0)]));
  });
});
