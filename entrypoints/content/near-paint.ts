// On a long page only the marks near the reader are highlighted: a few screens each way, painted
// again as the reader scrolls past, with those far behind taken off. Every change to the page's
// highlights makes the browser rebuild its markers for all of them and repaint, work that grows
// with the page, so the set stays small and changes once every few screens, not on every frame.
// Session 9 tried a band of 4 screens changed at most 40 ranges a frame: on a fast scroll that
// made a change, and so a repaint of the page, in nearly every frame (715 tasks ≥ 50 ms over the
// bench's 400-screen scroll against 285 for this way, at load 22-28), so fewer, larger changes stay.
import type { Painter } from './painter';

/** Text offsets: the span of the page's text between two screen positions. */
export type TextWindow = { start: number; end: number };

/** Where the reader is: the document's scroll offset and the viewport's height, in px. */
export type Viewport = () => { y: number; h: number };

interface Mark {
  start: number;
  end: number;
}

// In screens each way: painted around the viewport, and kept while within reach. Once the reader
// is within AHEAD_SCREENS of the painted part's edge, the next paint waits for a pause in the
// scrolling (SETTLE_MS). Once the viewport itself has reached unpainted text, it waits for a
// shorter pause (LANDED_MS), but never longer than MAX_WAIT_MS of scrolling over unpainted text:
// a fast scroll or fling moves the band a couple of times a second, not every few screens (each
// move is a repaint of the whole page: session 13's bench scroll, 400 screens of the 5 MB page).
const PAINT_SCREENS = 6;
const KEEP_SCREENS = 12;
const AHEAD_SCREENS = 2;
const SETTLE_MS = 150;
const LANDED_MS = 80;
const MAX_WAIT_MS = 500;
// A scroll faster than this (screens a second, e.g. a fling or a dragged scrollbar) is not being
// read: its band waits for the scroll to pause, so a long fast scroll ends in one repaint where it
// stops instead of one every MAX_WAIT_MS at places already gone by.
const FAST_SCREENS_PER_S = 8;
// The longest a task of ours may spend building ranges: the rest of the band goes in later tasks,
// the viewport's own marks first (session 15's traced 1 MB scroll: one repaint task of 116 ms,
// the whole band's ranges at once, at load 13-17).
const BUDGET_MS = 6;

export class NearPainter<M extends Mark> {
  private marks: readonly M[] = [];
  private readonly live = new Map<M, { name: string; range: Range }>();
  private painted: TextWindow | null = null;
  private queued = false;
  private settle = 0;
  /** When the viewport was first seen on unpainted text since the last paint (0: it has not been). */
  private uncoveredSince = 0;
  /** Where the band was painted: the scroll offset, and how far the reader may go before it can move. */
  private at: { y: number; reach: number } | null = null;
  /** The scroll offset and time of the last frame looked at: how fast the reader is going. */
  private last = { y: 0, t: 0 };
  /** Bumped by each repaint and by a fast scroll: a band's later slices see they are stale. */
  private job = 0;
  private slice = 0;
  private adding = false;
  private readonly onScroll = (e: Event) => {
    // The document's own scrolling, while the reader is well inside the painted part: nothing to
    // do, so no frame callback and no layout read (a scroller inside the page moves text the
    // offset does not show, so it always looks).
    if (e.target === this.doc && this.at && Math.abs(this.viewport().y - this.at.y) < this.at.reach) return;
    if (this.queued) return;
    this.queued = true;
    requestAnimationFrame(() => {
      this.queued = false;
      const shown = this.window(0);
      clearTimeout(this.settle);
      // Never in this frame's task: the ranges are built in a task of their own, and the browser
      // repaints in the next frame (session 9's trace had one task of 62 ms: 18 ms of our range
      // building, then the repaint after it).
      let wait = SETTLE_MS;
      const now = performance.now();
      const { y, h } = this.viewport();
      // (The first frame looked at has nothing to compare with.)
      const fast = this.last.t > 0 && (Math.abs(y - this.last.y) / h) * 1000 > FAST_SCREENS_PER_S * (now - this.last.t);
      this.last = { y, t: now };
      if (fast) {
        // What is still being added belongs to a place the reader has left.
        this.cancel();
        this.uncoveredSince = 0;
        // A whole settle: on a loaded host a fling's frames come 80 ms apart or more.
        if (shown && !this.covers(shown)) wait = SETTLE_MS;
      } else if (shown && !this.covers(shown)) {
        this.uncoveredSince ||= now;
        wait = Math.max(0, Math.min(LANDED_MS, this.uncoveredSince + MAX_WAIT_MS - now));
      }
      this.settle = window.setTimeout(() => this.update(), wait);
    });
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

  /** The marks to show (sorted by start), e.g. once another chunk of the page has been read. */
  show(marks: readonly M[]): void {
    this.marks = marks;
    this.painted = null;
    this.update();
  }

  stop(): void {
    clearTimeout(this.settle);
    this.cancel();
    this.doc.removeEventListener('scroll', this.onScroll, { capture: true });
  }

  private cancel(): void {
    if (!this.adding) return;
    this.adding = false;
    this.job++;
    clearTimeout(this.slice);
    // Part of the band may be unpainted: the next look at the viewport paints it.
    this.painted = null;
  }

  private covers(w: TextWindow): boolean {
    return !!this.painted && w.start >= this.painted.start && w.end <= this.painted.end;
  }

  /** Repaints when the reader has come near the edge of the painted part. */
  private update(): void {
    this.uncoveredSince = 0;
    const near = this.window(AHEAD_SCREENS);
    if (!near || this.covers(near)) return;
    const paint = this.window(PAINT_SCREENS) ?? near;
    const keep = this.window(KEEP_SCREENS) ?? paint;
    const removed: Record<string, Range[]> = {};
    for (const [m, { name, range }] of this.live) {
      if (m.end >= keep.start && m.start <= keep.end) continue;
      this.live.delete(m);
      (removed[name] ??= []).push(range);
    }
    for (const [name, ranges] of Object.entries(removed)) this.painter.remove(name, ranges);
    // The viewport's marks, then those below it (where the reader is most likely going), then above.
    const shown = this.window(0) ?? near;
    const from = firstEndingAfter(this.marks, paint.start);
    const mid = Math.max(from, firstEndingAfter(this.marks, shown.start));
    let end = mid;
    while (end < this.marks.length && this.marks[end]!.start <= paint.end) end++;
    const todo = [...this.marks.slice(mid, end), ...this.marks.slice(from, mid).reverse()];
    clearTimeout(this.slice);
    this.addSlices(++this.job, todo, 0);
    this.painted = paint;
    const { y, h } = this.viewport();
    this.at = { y, reach: (PAINT_SCREENS - AHEAD_SCREENS) * h };
  }

  /**
   * Builds the band's ranges a budget's worth per task, and changes the highlights twice at most:
   * with the first task's ranges (the viewport's own marks), then with all the others at once in
   * the task that builds the last of them. Each change of the page's highlights is a repaint of the
   * page (on the 5 MB page alone, 12-14 ms of Paint for 40 ranges added with 100 or 1,200 live, about
   * as much as for one: `bench:page -- --floor --floor-only live`), so the band's slices no longer
   * each cost one; building them stays sliced.
   */
  private addSlices(job: number, todo: readonly M[], from: number, built: [M, { name: string; range: Range }][] = []) {
    if (job !== this.job) return;
    const t0 = performance.now();
    let i = from;
    for (; i < todo.length; i++) {
      if ((i - from) % 16 === 15 && performance.now() - t0 > BUDGET_MS) break;
      const m = todo[i]!;
      if (this.live.has(m)) continue;
      const r = this.rangeOf(m);
      if (r) built.push([m, r]);
    }
    this.adding = i < todo.length;
    if (from === 0 || !this.adding) {
      const added: Record<string, Range[]> = {};
      for (const [m, r] of built) {
        // Built twice only if a mark repeats in `todo`; it is held once.
        if (this.live.has(m)) continue;
        this.live.set(m, r);
        (added[r.name] ??= []).push(r.range);
      }
      for (const [name, ranges] of Object.entries(added)) this.painter.add(name, ranges);
      built = [];
    }
    if (this.adding) this.slice = window.setTimeout(() => this.addSlices(job, todo, i, built), 0);
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
