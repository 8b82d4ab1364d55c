// Reads of a run of records of a store or an index in one request where the browser can: the notes
// list's first page, a search checked note by note and each page of an export read the first or
// last records of a key range, and a cursor pays one round trip per record (its 50 steps took
// longer than the rest of the popup's first page).
import { unwrap, wrap } from 'idb';

/** IndexedDB's getAllRecords (Chromium 141+): records read in either direction in one request. */
interface RecordsSource<V> {
  getAllRecords(o: {
    query: IDBKeyRange | null;
    direction: IDBCursorDirection;
    count: number;
  }): IDBRequest<{ value: V }[]>;
}

/** What the reader needs of an idb store or index (wrapped), whatever its schema types. */
interface Source<V> {
  getAll(range: IDBKeyRange | null, count: number): Promise<V[]>;
  openCursor(
    range: IDBKeyRange | null,
    direction: IDBCursorDirection,
  ): Promise<{ value: V; continue(): Promise<unknown> } | null>;
}

/**
 * The first `n` records of `range` in `direction` ('next': lowest keys first, 'prev': highest
 * first), and whether more remain. One getAll going up; going down one getAllRecords where the
 * browser has it, else one cursor. A key cursor's advance and one getAll would be fewer requests,
 * but in Chromium 156 such a read after advance() came back unbounded.
 */
export async function readRecords<V>(
  source: Source<V>,
  range: IDBKeyRange | null,
  direction: 'next' | 'prev',
  n: number,
): Promise<{ values: V[]; more: boolean }> {
  if (direction === 'next') {
    const values = await source.getAll(range, n + 1);
    return { values: values.slice(0, n), more: values.length > n };
  }
  const raw = unwrap(source as never) as unknown as Partial<RecordsSource<V>>;
  if (typeof raw.getAllRecords === 'function') {
    const records = await wrap(raw.getAllRecords({ query: range, direction: 'prev', count: n + 1 }));
    return { values: records.slice(0, n).map((r) => r.value), more: records.length > n };
  }
  const values: V[] = [];
  type Step = Awaited<ReturnType<Source<V>['openCursor']>>;
  let c: Step = await source.openCursor(range, 'prev');
  for (; c && values.length < n; c = (await c.continue()) as Step) values.push(c.value);
  return { values, more: c !== null };
}
