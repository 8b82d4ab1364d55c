import { describe, expect, it } from 'vitest';
import { firstCorrections } from '@/entrypoints/background/first-corrections';
import type { Correction } from '@/lib/protocol/store';

const saved = new Map([['q1', { entityId: 'q1', form: 'x', fromId: 'q1' } as unknown as Correction]]);

/** A database open the test ends by hand, and a count of the reads made from it. */
function setUp() {
  let done: (db: string) => void = () => undefined;
  const opening = new Promise<string>((r) => (done = r));
  const reads: string[] = [];
  const corrections = firstCorrections(
    () => opening,
    async (db) => (reads.push(db), saved),
  );
  return { corrections, reads, open: async () => (done('db'), await opening, await Promise.resolve()) };
}
const settled = async (p: Promise<unknown>) => {
  let got = false;
  void p.then(() => (got = true));
  await new Promise((r) => setTimeout(r, 0));
  return got;
};

describe('firstCorrections', () => {
  it('answers with none, at once, while a just-installed extension opens its database', async () => {
    const { corrections, reads } = setUp();
    corrections.installed();
    const read = corrections.read();
    expect(await settled(read)).toBe(true);
    expect((await read).size).toBe(0);
    expect(reads).toEqual([]);
  });

  it('reads the database once it is open, even after an install', async () => {
    const { corrections, reads, open } = setUp();
    corrections.installed();
    void corrections.read();
    await open();
    expect(await corrections.read()).toBe(saved);
    expect(reads).toEqual(['db']);
  });

  it('waits for the database when the extension was not just installed (a browser restart, an update)', async () => {
    const { corrections, open } = setUp();
    const read = corrections.read();
    expect(await settled(read)).toBe(false);
    await open();
    expect(await read).toBe(saved);
  });

  it('waits for the database when the install is told after the read began', async () => {
    const { corrections, open } = setUp();
    const read = corrections.read();
    corrections.installed();
    expect(await settled(read)).toBe(false);
    await open();
    expect(await read).toBe(saved);
  });
});
