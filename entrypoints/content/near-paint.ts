// On a long page only the marks near the reader are highlighted: a band of a few screens each way,
// moved as the reader scrolls, with those far behind taken off. Every change to the page's
// highlights makes the browser rebuild its markers for all live ranges and repaint (about 20-30 ms
// on a 5 MB page with 300 live, `bench:page -- --floor`), so the band stays small, and the ranges
// that enter or leave it go on or off at most PER_FRAME at a time, one change per frame, the ones
// on screen first. While the reader scrolls inside the band, nothing runs, not even a frame
// callback: a scroll event only compares the scroll offset with the band's reach.
import type { Painter } from './painter';

/** Text offsets: the span of the page's text between two screen positions. */
export type TextWindow = { start: number; end: number };

/** Where the reader is: the document's scroll offset and the viewport's height, in px. */
export type Viewport = () => { y: number; h: number };

interface Mark {
  start: number;
  end: number;
}

// In screens each way: painted around the viewport, and kept while within reach (a margin, so
// scrolling back a little changes nothing). The band moves once the reader is within
// AHEAD_SCREENS of its edge.
const BAND_SCREENS = 4;
const KEEP_SCREENS = 6;
const AHEAD_SCREENS = 2;
/** Ranges put on or taken off in one frame. */
export const PER_FRAME = 40;

export class NearPainter<M extends Mark> {
  private marks: readonly M[] = [];
  private readonly live = new Map<M, { name: string; range: Range }>();
  /** Marks still to put on (nearest the viewport first) and to take off. */
  private adds: M[] = [];
  private drops: M[] = [];
  /** Where the band was planned: the scroll offset, and how far the reader may go before it moves. */
  private planned: { y: number; reach: number } | null = null;
  private frame = 0;
  private stale = true;
  private readonly onScroll = (e: Event) => {
    // The document's own scrolling: compared with the band's reach, no layout read. A scroller
    // inside the page moves text the offset does not show, so it plans again.
    if (e.target === this.doc && this.planned) {
      const { y } = this.viewport();
      if (Math.abs(y - this.planned.y) < this.planned.reach) return;
    }
    this.stale = true;
    this.schedule();
  };

  constructor(
    private readonly doc: Document,
    private readonly painter: Painter,
    private readonly rangeOf: (m: M) => { name: string; range: Range } | null,
    /** The text from `margin` screens above the viewport to `margin` screens below it. */
    private readonly window: (margin: number) => TextWindow | null,
    private readonly viewport: Viewport,
  ) {
    doc.addEventListener('scroll', this.onScroll, { passive: true, capture: true });
  }

  /**
   * The marks to show (sorted by start), e.g. once another chunk of the page has been read. The
   * first frame's worth goes on now, in the caller's task; the rest in the frames that follow.
   */
  show(marks: readonly M[]): void {
    this.marks = marks;
    this.stale = true;
    this.step();
  }

  stop(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.adds = [];
    this.drops = [];
    this.doc.removeEventListener('scroll', this.onScroll, { capture: true });
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.step();
    });
  }

  /** Plans the band again if the reader moved out of reach, then makes one bounded change. */
  private step(): void {
    if (this.stale) this.plan();
    const adds = this.adds.splice(0, PER_FRAME);
    const drops = this.drops.splice(0, PER_FRAME - adds.length);
    const added: Record<string, Range[]> = {};
    const removed: Record<string, Range[]> = {};
    for (const m of drops) {
      const r = this.live.get(m);
      if (!r) continue;
      this.live.delete(m);
      (removed[r.name] ??= []).push(r.range);
    }
    for (const m of adds) {
      if (this.live.has(m)) continue;
      const r = this.rangeOf(m);
      if (!r) continue;
      this.live.set(m, r);
      (added[r.name] ??= []).push(r.range);
    }
    for (const [name, ranges] of Object.entries(removed)) this.painter.remove(name, ranges);
    for (const [name, ranges] of Object.entries(added)) this.painter.add(name, ranges);
    if (this.adds.length || this.drops.length) this.schedule();
  }

  /** What should be live around the viewport now, against what is. */
  private plan(): void {
    this.stale = false;
    const band = this.window(BAND_SCREENS);
    const keep = this.window(KEEP_SCREENS) ?? band;
    const seen = this.window(0) ?? band;
    const { y, h } = this.viewport();
    this.planned = { y, reach: (BAND_SCREENS - AHEAD_SCREENS) * h };
    if (!band || !keep || !seen) return;
    this.drops = [...this.live.keys()].filter((m) => m.end < keep.start || m.start > keep.end);
    const onScreen: M[] = [];
    const near: M[] = [];
    for (let i = firstEndingAfter(this.marks, band.start); i < this.marks.length; i++) {
      const m = this.marks[i]!;
      if (m.start > band.end) break;
      if (this.live.has(m)) continue;
      (m.end >= seen.start && m.start <= seen.end ? onScreen : near).push(m);
    }
    this.adds = [...onScreen, ...near];
  }
}

/** Index of the first mark (sorted by start, not overlapping) that ends at or after `offset`. */
function firstEndingAfter(marks: readonly Mark[], offset: number): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid]!.end < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
