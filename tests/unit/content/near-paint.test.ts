import { afterEach, describe, expect, it, vi } from 'vitest';
import { NearPainter, PER_FRAME, type TextWindow } from '@/entrypoints/content/near-paint';
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
  add(_name: string, ranges: Range[]) {
    for (const r of ranges) this.held.add(r);
    this.changes++;
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
const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await frame();
};
const PX = 800; // a screen's height in px
const scrollTo = async (screen: number) => {
  top = screen;
  document.dispatchEvent(new Event('scroll'));
  await frame();
};

let near: NearPainter<(typeof marks)[number]> | null = null;
afterEach(() => {
  near?.stop();
  vi.restoreAllMocks();
  top = 0;
});

function start() {
  const painter = new FakePainter();
  near = new NearPainter(document, painter as unknown as Painter, rangeOf, windowAt, () => ({ y: top * PX, h: PX }));
  return { painter, near };
}

describe('NearPainter', () => {
  it('paints a band of about four screens each way around the viewport, not the rest of the page', async () => {
    top = 40;
    const { painter, near } = start();
    near.show(marks);
    await frames(5);
    const [lo, hi] = heldScreens(painter);
    expect([lo, hi]).toEqual([36, 45]);
    expect(painter.held.size).toBe(91); // offsets 36,000 to 45,000
  });

  it('puts at most 40 ranges on a frame, the ones on screen in the first', async () => {
    top = 40;
    const { painter, near } = start();
    near.show(marks);
    // The first frame's worth in the caller's task: the viewport's 10 marks among them.
    expect(painter.held.size).toBe(PER_FRAME);
    expect([...painter.held].filter((r) => Math.floor(ranges.get(r)!.start / SCREEN) === 40)).toHaveLength(10);
    const sizes = [painter.held.size];
    for (let i = 0; i < 4; i++) {
      await frame();
      sizes.push(painter.held.size);
    }
    expect(sizes).toEqual([40, 80, 91, 91, 91]);
  });

  it('leaves the highlights alone, with no frame callback, while the reader scrolls inside the band', async () => {
    top = 40;
    const { painter, near } = start();
    near.show(marks);
    await frames(4);
    const before = painter.changes;
    const raf = vi.spyOn(window, 'requestAnimationFrame');
    await scrollTo(41);
    await scrollTo(39);
    expect(raf).toHaveBeenCalledTimes(2); // the test's own two frames, none of the painter's
    expect(painter.changes).toBe(before);
  });

  it('past the band, paints the new part and drops what is far behind, a bounded change a frame', async () => {
    top = 0;
    const { painter, near } = start();
    near.show(marks);
    await frames(3);
    top = 30;
    document.dispatchEvent(new Event('scroll'));
    let last = new Set(painter.held);
    for (let i = 0; i < 8; i++) {
      await frame();
      const now = new Set(painter.held);
      const changed = [...now].filter((r) => !last.has(r)).length + [...last].filter((r) => !now.has(r)).length;
      expect(changed).toBeLessThanOrEqual(PER_FRAME);
      last = now;
    }
    expect(heldScreens(painter)).toEqual([26, 35]);
  });

  it('does nothing more once stopped', async () => {
    top = 0;
    const { painter, near } = start();
    near.show(marks);
    near.stop();
    const before = painter.changes;
    await scrollTo(60);
    await frames(3);
    expect(painter.changes).toBe(before);
  });
});
