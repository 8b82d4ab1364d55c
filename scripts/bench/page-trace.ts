// Who caused a page's long tasks: a Chrome trace (CDP Tracing, with V8's sampling profiler) of a
// page Hamish marks, split per main-thread task. A task is Hamish's when the profiler caught the
// content script running in it (a sample whose stack has a frame of the extension's scripts; the
// style and layout work our DOM reads force show up under our frames too) or when a style or
// layout event in it carries a stack trace through our script. Everything else in a long task
// (parsing, the page's own layout, rendering frames, garbage collection) is the page's or Chromium's.
import type { CDPSession, Page } from '@playwright/test';

// Trace categories: tasks and their timeline events, the stacks of forced layouts, the profiler,
// and the page's performance marks (the bench build's hamish:* marks align the trace's clock).
const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
  'v8',
];

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: Record<string, unknown>;
}

export interface TaskShare {
  /** Task duration in ms. */
  ms: number;
  /** Ms of it the profiler caught in the extension's code (including layout it forced). */
  ours: number;
  /** The longest kinds of work in the task, "Layout 40" etc., for the breakdown line. */
  top: string;
  /** Our functions the profiler caught most often in it ("paint 30 < run", leaf < our caller). */
  where: string;
}

export interface Attribution {
  /** Every main-thread task ≥ 50 ms after the content script started. */
  long: TaskShare[];
  /** Of those, the ones Hamish's code ran in. */
  ours: TaskShare[];
  /** The main thread's Paint events after the mark, long or not: how many, and their ms summed. */
  paints: { count: number; ms: number };
}

export async function startTrace(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'] },
  });
  return cdp;
}

/** Stops tracing and returns the trace's events. */
export async function traceEvents(cdp: CDPSession): Promise<TraceEvent[]> {
  const done = new Promise<string>((resolve) =>
    cdp.once('Tracing.tracingComplete', (e) => resolve((e as { stream: string }).stream)),
  );
  await cdp.send('Tracing.end');
  const stream = await done;
  const parts: string[] = [];
  for (;;) {
    const r = await cdp.send('IO.read', { handle: stream, size: 4 << 20 });
    parts.push(r.base64Encoded ? Buffer.from(r.data, 'base64').toString('utf8') : r.data);
    if (r.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  await cdp.detach();
  const parsed = JSON.parse(parts.join('')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

/** Stops tracing and splits the long tasks after the page's mark `from` between Hamish and the rest. */
export async function stopTrace(cdp: CDPSession, ourUrl: string, from: string): Promise<Attribution> {
  return attribute(await traceEvents(cdp), ourUrl, from);
}

const hasUrl = (v: unknown, url: string): boolean => JSON.stringify(v ?? null).includes(url);

function attribute(events: TraceEvent[], ourUrl: string, from: string): Attribution {
  const start = events.find((e) => e.name === from);
  if (!start) return { long: [], ours: [], paints: { count: 0, ms: 0 } };
  const { pid, tid } = start;
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.ts >= start.ts && (e.dur ?? 0) >= 50e3);
  const samples = ourSamples(events, pid, tid, ourUrl);
  // Events that name our script: a call into it (a timer, an animation frame, an event handler,
  // its first evaluation), or style and layout work whose stack trace runs through it (forced).
  const named = onMain.filter((e) => e.args && e.name !== 'RunTask' && hasUrl(e.args, ourUrl));
  const long: TaskShare[] = [];
  const ours: TaskShare[] = [];
  for (const t of tasks) {
    const end = t.ts + t.dur!;
    const inTask = (ts: number) => ts >= t.ts && ts <= end;
    let oursUs = 0;
    const fns = new Map<string, number>();
    for (const [ts, dt, fn] of samples)
      if (inTask(ts)) {
        oursUs += dt;
        fns.set(fn, (fns.get(fn) ?? 0) + dt / 1e3);
      }
    const forcedHere = named.some((e) => inTask(e.ts));
    const where = [...fns]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([f, ms]) => `${f} ${Math.round(ms)}`)
      .join(', ');
    const share = { ms: t.dur! / 1e3, ours: Math.min(oursUs, t.dur!) / 1e3, top: topKinds(onMain, t), where };
    long.push(share);
    if (oursUs > 0 || forcedHere) ours.push(share);
  }
  const painted = onMain.filter((e) => e.name === 'Paint' && e.ph === 'X' && e.ts >= start.ts);
  return { long, ours, paints: { count: painted.length, ms: painted.reduce((sum, e) => sum + (e.dur ?? 0) / 1e3, 0) } };
}

type Frame = { functionName?: string; url?: string; lineNumber?: number };
const frameName = (f: Frame | undefined) => (f ? `${f.functionName || '(anonymous)'}:${(f.lineNumber ?? 0) + 1}` : '?');

/**
 * [time, interval in µs, "leaf < our innermost frame"] of each profiler sample on the main thread
 * whose stack runs through our script.
 */
function ourSamples(events: TraceEvent[], pid: number, tid: number, ourUrl: string): [number, number, string][] {
  const profiles = new Map<string, number>(); // profile id → start time, for the main thread's profiles
  for (const e of events)
    if (e.name === 'Profile' && e.pid === pid && e.tid === tid && e.id)
      profiles.set(e.id, Number((e.args?.['data'] as { startTime?: number })?.startTime ?? e.ts));
  const out: [number, number, string][] = [];
  for (const [id, t0] of profiles) {
    const parent = new Map<number, number>();
    const frames = new Map<number, Frame>();
    // The innermost frame of our script on a node's stack, or null when none is.
    const ours = new Map<number, number | null>();
    const ourFrame = (n: number): number | null => {
      const known = ours.get(n);
      if (known !== undefined) return known;
      const p = parent.get(n);
      const v = frames.get(n)?.url?.startsWith(ourUrl) ? n : p !== undefined ? ourFrame(p) : null;
      ours.set(n, v);
      return v;
    };
    let t = t0;
    for (const e of events) {
      if (e.name !== 'ProfileChunk' || e.id !== id || e.pid !== pid) continue;
      const data = e.args?.['data'] as {
        cpuProfile?: {
          nodes?: { id: number; parent?: number; callFrame: Frame }[];
          samples?: number[];
        };
        timeDeltas?: number[];
      };
      for (const n of data.cpuProfile?.nodes ?? []) {
        if (n.parent !== undefined) parent.set(n.id, n.parent);
        frames.set(n.id, n.callFrame);
      }
      const samples = data.cpuProfile?.samples ?? [];
      const deltas = data.timeDeltas ?? [];
      for (let i = 0; i < samples.length; i++) {
        t += deltas[i] ?? 0;
        const dt = Math.max(0, deltas[i + 1] ?? 100); // samples may arrive out of order
        const leaf = samples[i]!;
        const mine = ourFrame(leaf);
        if (mine === null) continue;
        const name =
          mine === leaf
            ? frameName(frames.get(leaf))
            : `${frameName(frames.get(leaf))} < ${frameName(frames.get(mine))}`;
        out.push([t, dt, name]);
      }
    }
  }
  return out;
}

// The kinds of work in a task, longest first (nested events are counted at each level they
// appear, so the figures overlap: a guide to what dominates, not a sum).
const WRAPPERS = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadPool_RunTask']);
function topKinds(onMain: TraceEvent[], t: TraceEvent): string {
  const end = t.ts + t.dur!;
  const by = new Map<string, number>();
  for (const e of onMain)
    if (e !== t && e.ph === 'X' && e.ts >= t.ts && e.ts < end && !WRAPPERS.has(e.name))
      by.set(e.name, (by.get(e.name) ?? 0) + (e.dur ?? 0) / 1e3);
  return [...by]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([k, ms]) => `${k} ${Math.round(ms)}`)
    .join(', ');
}
