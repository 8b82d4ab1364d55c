// `npx tsx scripts/bench/demo-tasks.ts [BUILD] [--pages N] [--quiet]`: the tab's main-thread tasks of
// N later demo pages, from the content script's evaluation to the page marked (a Chrome trace of
// each): each task's start and length in ms after `hamish:start`, its longest kinds of work, the
// functions sampled in it, and the step marks between them: where a later page waits. Then the
// medians of the main thread's own CPU (the trace's thread time, which the host's other work does
// not stretch as it stretches wall-clock time and the profiler's samples): the script's compile, its
// modules' evaluation, the tab's tasks up to "sent", and how much of the wait from "sent" to
// "annotated" the tab itself ran. --quiet traces without the profiler (whose sampling would be much
// of the thread time) and prints only the medians, with every step mark's and the thread time from
// each mark to the next in the same task (add bench-only `mark()` calls to split a step further).
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/support/browsers';
import { PAGES_DIR, servePages } from '../../tests/support/server';
import { startTrace, traceEvents, type TraceEvent } from './page-trace';

const args = process.argv.slice(2);
const pagesArg = args.indexOf('--pages');
const PAGES = pagesArg >= 0 ? Math.max(1, Number(args[pagesArg + 1]) || 3) : 3;
const ext = resolve(
  args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--pages') ?? '.output/chrome-mv3-bench',
);
const dir = mkdtempSync(join(tmpdir(), 'hamish-tasks-'));
copyFileSync(join(PAGES_DIR, 'demo-article.html'), join(dir, 'demo-article.html'));
const server = await servePages(dir);
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'hamish-tasks-')), {
  executablePath: chromiumPath() ?? undefined,
  channel: 'chromium',
  headless: true,
  args: [...CHROMIUM_ARGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
});
if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker');

const QUIET = args.includes('--quiet');
const tts = (m: TraceEvent | undefined) => (m as { tts?: number } | undefined)?.tts;
const cpus: number[][] = [];
const atMark: Record<string, number[]> = {};
const evalCpu: number[] = [];
const compileCpu: number[] = [];
const gcCpu: number[] = [];
const cpuBetween: Record<string, number[]> = {};
// The profiler's samples during the modules' evaluation, ms a page by stack (without --quiet).
const inEvaluation = new Map<string, number>();
const WRAPPERS = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadPool_RunTask']);
for (let i = 0; i <= PAGES; i++) {
  const page = await context.newPage();
  let cdp;
  if (QUIET) {
    // Without the profiler, whose sampling would be most of the thread time measured.
    cdp = await page.context().newCDPSession(page);
    await cdp.send('Tracing.start', {
      transferMode: 'ReturnAsStream',
      traceConfig: {
        includedCategories: [
          'toplevel',
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'blink.user_timing',
          'v8',
        ],
        excludedCategories: ['*'],
      },
    });
  } else cdp = await startTrace(page);
  await page.goto(server.url('demo-article.html'));
  for (const until = Date.now() + 60_000; ; await new Promise((r) => setTimeout(r, 50))) {
    if (await page.evaluate(() => performance.getEntriesByName('hamish:marked').length)) break;
    if (Date.now() > until) throw new Error('not marked within 60 s');
  }
  await new Promise((r) => setTimeout(r, 100));
  const events: TraceEvent[] = await traceEvents(cdp);
  await page.close();
  if (i === 0) continue;
  const marks = events.filter(
    (e) => e.name.startsWith('hamish:') && (e.ph === 'R' || e.ph === 'I' || e.ph === 'n' || e.ph === 'b'),
  );
  const start = marks.find((e) => e.name === 'hamish:start');
  const end = marks.find((e) => e.name === 'hamish:marked');
  if (!start || !end) {
    console.log('no marks in the trace');
    continue;
  }
  const first = marks.find((e) => e.name === 'hamish:evaluating') ?? start;
  const { pid, tid } = start;
  const t0 = start.ts;
  const ms = (ts: number) => ((ts - t0) / 1e3).toFixed(1);
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid);
  const tasks = onMain.filter(
    (e) => e.name === 'RunTask' && e.ph === 'X' && e.ts + (e.dur ?? 0) >= first.ts - 5e3 && e.ts <= end.ts + 2e3,
  );
  // Thread time (tdur): the main thread's CPU, which the host's other work does not stretch.
  const cpu = (ts: TraceEvent[]) => ts.reduce((sum, t) => sum + ((t as { tdur?: number }).tdur ?? 0) / 1e3, 0);
  const evalTask = tasks.find((t) => t.ts <= first.ts && t.ts + t.dur! >= first.ts);
  const sent = marks.find((e) => e.name === 'hamish:sent')!;
  const ann = marks.find((e) => e.name === 'hamish:annotated')!;
  const cpuAll = cpu(tasks.filter((t) => t.ts <= end.ts));
  const cpuToSent = cpu(tasks.filter((t) => t.ts <= sent.ts));
  const cpuWait = cpu(tasks.filter((t) => t.ts > sent.ts && t.ts + t.dur! < ann.ts));
  cpus.push([cpu(evalTask ? [evalTask] : []), cpuAll, cpuToSent, cpuWait, (ann.ts - sent.ts) / 1e3]);
  for (const m of marks)
    if (m.ts >= first.ts - 1 && m.ts <= end.ts + 1) (atMark[m.name] ??= []).push((m.ts - t0) / 1e3);
  // Thread time from each mark to the next one in the same task (the marks in one task run back to back).
  const inOrder = marks.filter((m) => m.ts >= first.ts - 1 && m.ts <= end.ts + 1).sort((a, b) => a.ts - b.ts);
  for (let k = 1; k < inOrder.length; k++) {
    const [a, b] = [inOrder[k - 1]!, inOrder[k]!];
    const task = tasks.find((t) => t.ts <= a.ts && a.ts <= t.ts + t.dur!);
    if (task && b.ts <= task.ts + task.dur! && tts(a) !== undefined && tts(b) !== undefined)
      (cpuBetween[`${a.name.slice(7)}→${b.name.slice(7)}`] ??= []).push((tts(b)! - tts(a)!) / 1e3);
  }
  const evaluated = marks.find((e) => e.name === 'hamish:evaluated');
  if (evalTask) {
    const inEval = onMain.filter((e) => e.ph === 'X' && e.ts >= evalTask.ts && e.ts < evalTask.ts + evalTask.dur!);
    const compiles = inEval.filter((e) => e.name === 'v8.compile' || e.name === 'V8.CompileCode');
    compileCpu.push(compiles.reduce((sum, e) => sum + ((e as { tdur?: number }).tdur ?? 0) / 1e3, 0));
    const gcs = inEval.filter((e) => /^(MinorGC|MajorGC|V8\.GC_SCAVENGER|V8\.GC_MARK_COMPACTOR)$/.test(e.name));
    gcCpu.push(gcs.reduce((sum, e) => sum + ((e as { tdur?: number }).tdur ?? 0) / 1e3, 0));
  }
  if (tts(first) !== undefined && tts(evaluated) !== undefined) evalCpu.push((tts(evaluated)! - tts(first)!) / 1e3);
  if (QUIET) continue;
  console.log(`page ${i}:`);
  const samples = allSamples(events, pid, tid);
  const evaluatedAt = marks.find((e) => e.name === 'hamish:evaluated')?.ts ?? start.ts;
  for (const [ts, dt, fn] of samples)
    if (ts >= first.ts && ts <= evaluatedAt) inEvaluation.set(fn, (inEvaluation.get(fn) ?? 0) + dt / 1e3 / PAGES);
  const lines: [number, string][] = [];
  for (const m of marks)
    if (m.ts >= first.ts - 1 && m.ts <= end.ts + 1) lines.push([m.ts, `    ${ms(m.ts)} ${m.name}`]);
  for (const t of tasks) {
    if ((t.dur ?? 0) < 300) continue;
    const tEnd = t.ts + t.dur!;
    const by = new Map<string, number>();
    for (const e of onMain)
      if (e !== t && e.ph === 'X' && e.ts >= t.ts && e.ts < tEnd && !WRAPPERS.has(e.name))
        by.set(e.name, (by.get(e.name) ?? 0) + (e.dur ?? 0) / 1e3);
    const kinds = [...by]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([k, v]) => `${k} ${v.toFixed(1)}`)
      .join(', ');
    const fns = new Map<string, number>();
    for (const [ts, dt, fn] of samples) if (ts >= t.ts && ts <= tEnd) fns.set(fn, (fns.get(fn) ?? 0) + dt / 1e3);
    const top = [...fns]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([k, v]) => `${k} ${v.toFixed(1)}`)
      .join(', ');
    lines.push([t.ts, `  ${ms(t.ts)} +${(t.dur! / 1e3).toFixed(1)}: ${kinds}\n        ${top}`]);
  }
  lines.sort((a, b) => a[0] - b[0]);
  for (const [, l] of lines) console.log(l);
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(
  `${ext}: main thread's CPU, medians of ${cpus.length} later pages: the evaluation's task ` +
    `${med(cpus.map((c) => c[0]!)).toFixed(1)} ms, ` +
    `every task to marked ${med(cpus.map((c) => c[1]!)).toFixed(1)} ms, ` +
    `of it to sent ${med(cpus.map((c) => c[2]!)).toFixed(1)}; between sent and annotated the tab ran ` +
    `${med(cpus.map((c) => c[3]!)).toFixed(1)} ms of ${med(cpus.map((c) => c[4]!)).toFixed(1)}`,
);
if (evalCpu.length)
  console.log(
    `  thread time, medians: the script's compile ${med(compileCpu).toFixed(2)} ms, ` +
      `its modules' evaluation ${med(evalCpu).toFixed(2)} ms, ` +
      `garbage collection in that task ${med(gcCpu).toFixed(2)} ms`,
  );
console.log(
  '  marks, medians: ' +
    Object.entries(atMark)
      .sort((a, b) => med(a[1]) - med(b[1]))
      .map(([k, v]) => `${k.slice(7)} ${med(v).toFixed(1)}`)
      .join(' | '),
);
if (inEvaluation.size)
  console.log(
    `  sampled during the modules' evaluation, ms a page:\n` +
      [...inEvaluation]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 15)
        .map(([k, v]) => `    ${v.toFixed(2)} ${k}`)
        .join('\n'),
  );
console.log(
  '  thread time between step marks in one task, medians: ' +
    Object.entries(cpuBetween)
      .filter(([, v]) => v.length * 2 >= cpus.length)
      .map(([k, v]) => `${k} ${med(v).toFixed(2)}`)
      .join(' | '),
);
await context.close();
await server.close();

type Frame = { functionName?: string; url?: string; lineNumber?: number };
/** [time, µs, "leaf < innermost frame with a url"] of each profiler sample on the main thread. */
function allSamples(events: TraceEvent[], pid: number, tid: number): [number, number, string][] {
  const out: [number, number, string][] = [];
  for (const p of events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid && e.id)) {
    let t = Number((p.args?.['data'] as { startTime?: number })?.startTime ?? p.ts);
    const parent = new Map<number, number>();
    const frames = new Map<number, Frame>();
    for (const e of events) {
      if (e.name !== 'ProfileChunk' || e.id !== p.id || e.pid !== pid) continue;
      const data = e.args?.['data'] as {
        cpuProfile?: { nodes?: { id: number; parent?: number; callFrame: Frame }[]; samples?: number[] };
        timeDeltas?: number[];
      };
      for (const n of data.cpuProfile?.nodes ?? []) {
        if (n.parent !== undefined) parent.set(n.id, n.parent);
        frames.set(n.id, n.callFrame);
      }
      const ss = data.cpuProfile?.samples ?? [];
      const deltas = data.timeDeltas ?? [];
      for (let i = 0; i < ss.length; i++) {
        t += deltas[i] ?? 0;
        const leaf = ss[i]!;
        const chain: string[] = [];
        for (let x: number | undefined = leaf; x !== undefined && chain.length < 3; x = parent.get(x)) {
          const f = frames.get(x);
          if (f?.functionName || f?.url)
            chain.push(
              `${f.functionName || '(anon)'}${f.url ? '@' + f.url.split('/').pop() + ':' + f.lineNumber : ''}`,
            );
        }
        out.push([t, Math.max(0, deltas[i + 1] ?? 100), chain.join(' < ') || '(none)']);
      }
    }
  }
  return out;
}
