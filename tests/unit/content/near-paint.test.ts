import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NearPainter, type TextWindow } from '@/entrypoints/content/near-paint';
import type { Painter } from '@/entrypoints/content/painter';

// A page of 100 screens, 1,000 characters of text each, with a mark every 100 characters; `top` is
// the screen at the top of the viewport. What the fake painter holds is what the page shows.
const SCREEN = 1000;
const marks = Array.from({ length: 1000 }, (_, i) => ({ start: i * 100, end: i * 100 + 5 }));
let top = 0;
const windowAt = (margin: number): TextWindow => ({
  start: Math.max(0, (top - margin) * SCREEN),
  end: Math.min(100 * SCREEN, (top + 1 + margin) * SCREEN),
});

class FakePainter {
  held = new Set<Range>();
  changes = 0;
  adds = 0;
  add(_name: string, ranges: Range[]) {
    for (const r of ranges) this.held.add(r);
    this.changes++;
    this.adds++;
  }
  remove(_name: string, ranges: Range[]) {
    for (const r of ranges) this.held.delete(r);
    this.changes++;
  }
}

const ranges = new Map<Range, (typeof marks)[number]>();
const rangeOf = (m: (typeof marks)[number]) => {
  const range = document.createRange();
  ranges.set(range, m);
  return { name: 'hamish-person', range };
};
/** The screens (by mark offset) whose marks are highlighted, lowest and highest. */
const heldScreens = (p: FakePainter) => {
  const screens = [...p.held].map((r) => Math.floor(ranges.get(r)!.start / SCREEN));
  return [Math.min(...screens), Math.max(...screens)];
};
const PX = 800; // a screen's height in px
// The clock is the test's (fake timers): a loaded host stretches real frames and timers past the
// painter's own thresholds, and these tests are about which of them it reads, not the host's speed.
const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);
const frame = () => wait(16);
const settle = () => wait(300);
const scrollTo = async (screen: number) => {
  top = screen;
  document.dispatchEvent(new Event('scroll'));
  await frame();
};
/** Scrolls `step` screens every 30 ms for about `ms`; resolves with the time it took. */
const scrollSteadily = async (step: number, ms: number) => {
  const t0 = performance.now();
  for (let s = step; performance.now() - t0 < ms && s < 98; s += step) {
    await scrollTo(s);
    await wait(30);
  }
  return performance.now() - t0;
};

let near: NearPainter<(typeof marks)[number]> | null = null;
beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'],
  });
});
afterEach(() => {
  near?.stop();
  vi.useRealTimers();
  vi.restoreAllMocks();
  top = 0;
});

function start() {
  const painter = new FakePainter();
  near = new NearPainter(document, painter as unknown as Painter, rangeOf, windowAt, () => ({ y: top * PX, h: PX }));
  return { painter, near };
}

/** A painter showing the marks with the viewport at `screen`, once every slice of its first band is
 * in (a loaded host may need more than one task). */
async function shownAt(screen: number) {
  top = screen;
  const made = start();
  made.near.show(marks);
  await settle();
  return made;
}

describe('NearPainter', () => {
  it('paints the marks a few screens around the viewport, not the rest of the page', () => {
    top = 40;
    const { painter, near } = start();
    near.show(marks);
    expect(painter.held.size).toBeGreaterThan(0);
    const [lo, hi] = heldScreens(painter);
    expect(lo).toBeGreaterThanOrEqual(30);
    expect(hi).toBeLessThanOrEqual(50);
    expect(lo).toBeLessThanOrEqual(38);
    expect(hi).toBeGreaterThanOrEqual(42);
  });

  it('leaves the highlights alone while the reader scrolls inside the painted part', async () => {
    const { painter } = await shownAt(40);
    const before = painter.changes;
    await scrollTo(41);
    await settle();
    expect(painter.changes).toBe(before);
  });

  it('asks for no frame while the reader scrolls well inside the painted part', async () => {
    const { painter } = await shownAt(40);
    const before = painter.changes;
    const raf = vi.spyOn(window, 'requestAnimationFrame');
    await scrollTo(41);
    await scrollTo(39);
    await settle();
    expect(raf).not.toHaveBeenCalled(); // the test's frames come from its clock, so these would be the painter's
    expect(painter.changes).toBe(before);
  });

  it('paints soon after the viewport lands on unpainted text, and drops marks far behind', async () => {
    const { painter } = await shownAt(0);
    const before = painter.changes;
    await scrollTo(30);
    // Not in the frame's own task, where the browser repaints: its ranges are built in another.
    expect(painter.changes).toBe(before);
    // A short pause is enough (shorter than near the edge of the painted part).
    await wait(120);
    expect(painter.changes).toBeGreaterThan(before);
    const [lo, hi] = heldScreens(painter);
    expect(lo).toBeGreaterThanOrEqual(18);
    expect(hi).toBeGreaterThanOrEqual(31);
    expect(heldScreens(painter)[0]).toBeGreaterThan(0);
  });

  it('moves the band a few times a second during a long steady scroll, not every few screens', async () => {
    const { painter } = await shownAt(0);
    const before = painter.adds;
    // A fifth of a screen every 30 ms (under 7 screens a second, slower than a fling), for 2.4 s:
    // the band's edge is reached every second or so, and the scroll never pauses.
    const elapsed = await scrollSteadily(0.2, 2400);
    // Each move adds the band's new ranges in one change (they are quick to build here); at most
    // one move per 500 ms, and at least one.
    const moves = painter.adds - before;
    expect(moves).toBeGreaterThanOrEqual(1);
    expect(moves).toBeLessThanOrEqual(Math.ceil(elapsed / 500) + 1);
    await settle();
    const [lo, hi] = heldScreens(painter);
    expect(lo).toBeLessThanOrEqual(top);
    expect(hi).toBeGreaterThanOrEqual(top);
  });

  it('during a fast scroll, waits for its end and paints once where it stops', async () => {
    const { painter } = await shownAt(0);
    const before = painter.changes;
    const adds = painter.adds;
    // Two screens every 30 ms (a fling, about 60 screens a second), for about 1.2 s.
    await scrollSteadily(2, 1200);
    expect(painter.changes).toBe(before);
    await settle();
    expect(painter.adds).toBe(adds + 1);
    expect(painter.changes).toBe(before + 2); // the marks far behind off, the new band on
    const [lo, hi] = heldScreens(painter);
    expect(lo).toBeLessThanOrEqual(top);
    expect(lo).toBeGreaterThan(0);
    expect(hi).toBeGreaterThanOrEqual(top);
  });

  it('builds a band too slow to build at once in bounded tasks, the viewport first', async () => {
    // The task budget is read from the real clock, which the slow ranges below spend.
    vi.useRealTimers();
    top = 40;
    const painter = new FakePainter();
    // Ranges built per task: a task ends when the timer queued at its first range runs.
    const tasks: number[] = [];
    let built = 0;
    // Each range takes 1 ms: the band's 130 marks would take 130 ms in one task.
    const slowRangeOf = (m: (typeof marks)[number]) => {
      const t = performance.now();
      if (built++ === 0)
        setTimeout(() => {
          tasks.push(built);
          built = 0;
        }, 0);
      while (performance.now() - t < 1);
      return rangeOf(m);
    };
    near = new NearPainter(document, painter as unknown as Painter, slowRangeOf, windowAt, () => ({
      y: top * PX,
      h: PX,
    }));
    near.show(marks);
    // The first task holds the viewport's own marks.
    const first = heldScreens(painter);
    expect(first[0]).toBeLessThanOrEqual(40);
    expect(first[1]).toBeGreaterThanOrEqual(40);
    expect(painter.held.size).toBeLessThan(130);
    // The rest follows a slice at a time (a loaded host stretches the slices: wait for them).
    await vi.waitFor(() => expect(heldScreens(painter)).toEqual([34, 47]), { timeout: 5000, interval: 50 });
    expect(painter.held.size).toBeGreaterThanOrEqual(120);
    expect(tasks.length).toBeGreaterThan(4);
    // However many tasks built it, the highlights changed twice (each change repaints the page):
    // the viewport's marks, then all the rest at once. Never once per task.
    expect(painter.adds).toBe(2);
    expect(painter.changes).toBe(2);
    // A budget of 6 ms, checked every 16 ranges: a task stops within 16 ranges (16 ms here).
    expect(Math.max(...tasks)).toBeLessThanOrEqual(16);
  });

  it('near the edge of the painted part, paints once the scrolling pauses', async () => {
    const { painter } = await shownAt(40);
    const before = painter.changes;
    await scrollTo(45);
    expect(painter.changes).toBe(before);
    await settle();
    expect(painter.changes).toBeGreaterThan(before);
    expect(heldScreens(painter)[1]).toBeGreaterThanOrEqual(50);
  });

  it('does nothing more once stopped', async () => {
    top = 0;
    const { painter, near } = start();
    near.show(marks);
    near.stop();
    const before = painter.changes;
    await scrollTo(60);
    await settle();
    expect(painter.changes).toBe(before);
  });
});
