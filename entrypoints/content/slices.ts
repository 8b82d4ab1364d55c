// Work on a page of megabytes runs in slices of a few milliseconds, with the page's own tasks (input,
// scrolling, painting) in between, so no task of Hamish's holds the main thread for long.

/** How long one slice of work may run before the page gets its turn. */
export const SLICE_MS = 8;

type Yielding = { scheduler?: { yield?: () => Promise<void> } };
let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];

/**
 * Gives the page its turn: `scheduler.yield()` where the browser has it (the rest of the work
 * goes ahead of other queued work, and behind input). Elsewhere a private MessageChannel, which
 * the browser does not clamp as it clamps a chain of `setTimeout(0)` to 4 ms a step; its
 * messages go between the content script's own ports, never through the page's window.
 */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as Yielding).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  if (typeof MessageChannel !== 'function') return new Promise((r) => setTimeout(r, 0));
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  const port = channel.port2;
  return new Promise((r) => {
    waiting.push(r);
    port.postMessage(null);
  });
}

/** A slice's clock: `due()` once it has run its time; `pause()` yields and starts the next slice. */
export class Slice {
  private t0 = performance.now();
  constructor(private readonly ms = SLICE_MS) {}
  due(): boolean {
    return performance.now() - this.t0 > this.ms;
  }
  async pause(): Promise<void> {
    await yieldToPage();
    this.t0 = performance.now();
  }
  /** Starts a new slice without yielding (after a wait that let the page run). */
  restart(): void {
    this.t0 = performance.now();
  }
  /** Yields only when the slice has run its time. */
  async next(): Promise<void> {
    if (this.due()) await this.pause();
  }
}

/** Runs steps (a generator that pauses between small pieces of work) to the end, in slices. */
export async function runSteps<T>(steps: Generator<void, T>, slice = new Slice()): Promise<T> {
  for (let r = steps.next(); ; r = steps.next()) {
    if (r.done) return r.value;
    await slice.next();
  }
}
