// The newest records of a [time, id]-keyed store or index, found through forward windows
// (entrypoints/background/newest-first): the same records in the same order as a plain backward
// read, whatever the times look like (years old, in the future, clustered in one millisecond, far
// apart), and for a store and an index alike.
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { newestFirst, type TimeKey } from '@/entrypoints/background/newest-first';

interface Rec {
  t: number;
  id: string;
}

const NOW = Date.now();
const YEAR = 365 * 86_400_000;
const id = (i: number) => `n${String(i).padStart(6, '0')}`;
const recs = (times: number[]): Rec[] => times.map((t, i) => ({ t, id: id(i) }));
const range = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

async function stores(records: Rec[]) {
  const db = await openDB(`newest-${Math.random()}`, 1, {
    upgrade(d) {
      d.createObjectStore('byKey', { keyPath: ['t', 'id'] });
      d.createObjectStore('byId', { keyPath: 'id' }).createIndex('by-time', ['t', 'id']);
    },
  });
  const tx = db.transaction(['byKey', 'byId'], 'readwrite');
  for (const r of records) {
    void tx.objectStore('byKey').put(r);
    void tx.objectStore('byId').put(r);
  }
  await tx.done;
  return db;
}

/** What a backward read gives: the keys below `below`, highest first. */
function expected(records: Rec[], below: TimeKey | null, n: number) {
  const under = records
    .filter((r) => !below || r.t < below[0] || (r.t === below[0] && r.id < below[1]))
    .sort((a, b) => b.t - a.t || (a.id < b.id ? 1 : -1));
  return { ids: under.slice(0, n).map((r) => r.id), more: under.length > n };
}

const CASES: [string, Rec[]][] = [
  ['no records', []],
  ['fewer records than asked for', recs([NOW - 5, NOW - 3, NOW - 1])],
  ['a note a minute, years ago', recs(range(3000, (i) => NOW - 4 * YEAR + i * 60_000))],
  ['a note a minute, the newest now', recs(range(3000, (i) => NOW - (3000 - i) * 60_000))],
  ['notes dated in the future', recs(range(500, (i) => NOW + YEAR + i * 1000))],
  ['hundreds in one millisecond', recs([...range(300, () => NOW - YEAR), ...range(40, (i) => NOW - 2 * YEAR + i)])],
  ['two clusters years apart', recs([...range(200, (i) => 1000 + i), ...range(200, (i) => NOW - i * 7)])],
  ['times from the epoch on', recs(range(400, (i) => i * 3))],
  ['sparse: a note a month', recs(range(120, (i) => NOW - i * 30 * 86_400_000))],
];

describe('the newest records through forward windows', () => {
  it.each(CASES)('%s: the same pages as a backward read, from the top and from keys inside', async (_what, records) => {
    const db = await stores(records);
    const sorted = [...records].sort((a, b) => b.t - a.t || (a.id < b.id ? 1 : -1));
    const belows: (TimeKey | null)[] = [
      null,
      ...[1, 37, 250].flatMap((k) => (sorted[k] ? [[sorted[k].t, sorted[k].id] as TimeKey] : [])),
    ];
    for (const n of [1, 50, 200])
      for (const below of belows) {
        const tx = db.transaction(['byKey', 'byId']);
        const fromStore = await newestFirst<Rec>(tx.objectStore('byKey'), 'store', below, n, (r) => r.t);
        const fromIndex = await newestFirst<Rec>(
          tx.objectStore('byId').index('by-time'),
          'index',
          below,
          n,
          (r) => r.t,
        );
        const want = expected(records, below, n);
        expect({ ids: fromStore.values.map((r) => r.id), more: fromStore.more }).toEqual(want);
        expect({ ids: fromIndex.values.map((r) => r.id), more: fromIndex.more }).toEqual(want);
      }
  });

  it('pages a store through to its end without repeating or skipping a record', async () => {
    const records = recs([...range(250, (i) => NOW - Math.floor(i / 4) * 1000), ...range(30, () => 5000)]);
    const db = await stores(records);
    const seen: string[] = [];
    let below: TimeKey | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const page: { values: Rec[]; more: boolean } = await newestFirst<Rec>(
        db.transaction('byKey').store,
        'paged',
        below,
        13,
        (r) => r.t,
      );
      seen.push(...page.values.map((r) => r.id));
      const last = page.values.at(-1);
      if (!page.more || !last) break;
      below = [last.t, last.id];
    }
    expect(seen).toEqual(expected(records, null, Infinity).ids);
  });

  it('stays right when many records come newer than where the last read found the top', async () => {
    const old = recs(range(100, (i) => NOW - YEAR + i));
    const db = await stores(old);
    const first = await newestFirst<Rec>(db.transaction('byKey').store, 'moved', null, 10, (r) => r.t);
    expect(first.values.map((r) => r.id)).toEqual(expected(old, null, 10).ids);
    const added = range(500, (i) => ({ t: NOW + i, id: `m${String(i).padStart(6, '0')}` }));
    const tx = db.transaction('byKey', 'readwrite');
    for (const r of added) void tx.store.put(r);
    await tx.done;
    for (let k = 0; k < 2; k++) {
      const again = await newestFirst<Rec>(db.transaction('byKey').store, 'moved', null, 10, (r) => r.t);
      expect(again.values.map((r) => r.id)).toEqual(expected([...old, ...added], null, 10).ids);
    }
  });

  it('answers nothing, with more to come, when asked for no records', async () => {
    const db = await stores(recs([NOW]));
    expect(await newestFirst<Rec>(db.transaction('byKey').store, 'none', null, 0, (r) => r.t)).toEqual({
      values: [],
      more: true,
    });
  });
});
