import { describe, expect, it, vi } from 'vitest';
import { createEngineHost } from '@/entrypoints/background/engine-host';
import { newTimings } from '@/entrypoints/background/engine-timing';

// Each table's maker, recorded in the order they ran (the tables themselves are made by the engine
// on first use all the same).
const made: string[] = [];
vi.mock('@/lib/engine/lazy-tables', () => ({
  LAZY_TABLES: ['calendar', 'dates', 'cues'].map((name) => () => void made.push(name)),
}));

const tick = () => new Promise((r) => setTimeout(r, 0));
const never = () => new Promise<Uint8Array>(() => undefined);

describe('the tables the engine makes on first use, made while its files are read', () => {
  it('are made by warm(), one per task, before any file is in', async () => {
    made.length = 0;
    const timings = newTimings();
    createEngineHost(never, timings).warm();
    expect(made).toEqual([]); // not in the script's own task
    await tick();
    expect(made).toEqual(['calendar']);
    for (let i = 0; i < 4; i++) await tick();
    expect(made).toEqual(['calendar', 'dates', 'cues']);
    expect(timings.tablesAt).toBeGreaterThan(0);
  });

  it('are not made by a host that is not warmed (the tests, a card asked for roles)', async () => {
    made.length = 0;
    const timings = newTimings();
    createEngineHost(never, timings);
    for (let i = 0; i < 5; i++) await tick();
    expect(made).toEqual([]);
    expect(timings.tablesAt).toBeUndefined();
  });
});
