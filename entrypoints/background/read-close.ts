// Records of many keys read in one request when the keys lie close together. A search's page is 50
// notes whose doc numbers and times are often neighbours (a word in most notes, a word being typed):
// one get per key was 100 requests per page, where one ranged getAll from the lowest key to the
// highest reads them all, with the few records between them. Only for close keys: in Chromium a
// ranged read of 200 notes for 50 took longer (60–120 ms at load 25) than 50 gets.

interface RangeSource<K extends IDBValidKey, V> {
  getAll(range: IDBKeyRange, count: number): Promise<V[]>;
  get(key: K): Promise<V | undefined>;
}

/** Fewer keys than this are read one by one: a range read would not save a request. */
const FEW = 3;
/** Keys are close when their range holds at most this many records per key. */
const CLOSE = 1.25;

/** Whether sorted whole numbers (doc numbers) lie close enough for one ranged read. */
export const closeNumbers = (sorted: readonly number[]) =>
  sorted.length >= FEW && sorted.at(-1)! - sorted[0]! + 1 <= sorted.length * CLOSE;

/**
 * The records of `keys` (in the source's key order, lowest first, each once), in that order, and
 * undefined where there is none. One getAll over the keys' range, of at most `spread` records per
 * key, reads the keys it reaches; a key beyond its reach (the keys lie far apart) is read alone.
 */
export async function readClose<K extends IDBValidKey, V>(
  source: RangeSource<K, V>,
  keys: readonly K[],
  keyOf: (value: V) => K,
  spread = CLOSE,
): Promise<(V | undefined)[]> {
  if (keys.length < FEW) return Promise.all(keys.map((k) => source.get(k)));
  const count = Math.ceil(keys.length * spread);
  const read = await source.getAll(IDBKeyRange.bound(keys[0]!, keys.at(-1)!), count);
  const byKey = new Map(read.map((v) => [JSON.stringify(keyOf(v)), v]));
  // Short of its count, the read reached the range's end; else it reached its last record.
  const reached = read.length < count ? null : keyOf(read.at(-1)!);
  return Promise.all(
    keys.map((k) => {
      const found = byKey.get(JSON.stringify(k));
      if (found !== undefined || reached === null || indexedDB.cmp(k, reached) <= 0) return found;
      return source.get(k);
    }),
  );
}
