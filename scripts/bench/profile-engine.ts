// Where the warm engine spends its time and allocates, on the bench's 1 MB of text: V8's sampling
// CPU profiler and its sampling heap profiler (counting what the collector already freed) around
// warm calls, printed as the top functions by self time, self time by source file (a stage each,
// roughly), and the top allocating functions.
//   npm run bench:profile [-- --calls N] [-- --top N] [-- --cold] [-- --warm N]
// Bundled and run as `npm run bench` is (esbuild, plain node), so names and inlining are the
// shipped ones. Figures are shares, which move less with the machine's load than times do.
import { Session } from 'node:inspector/promises';
import { defaultEngine } from '../../lib/engine/default-data';
import { flag } from '../cli/args';
import { generateText } from './bench-text';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
interface HeapNode {
  callFrame: CallFrame;
  selfSize: number;
  children: HeapNode[];
}

const where = (f: CallFrame) => `${f.functionName || '(anonymous)'} ${fileOf(f)}:${f.lineNumber + 1}`;

/** The project file a bundled function came from, by the bundle's `// lib/...` markers (see below). */
let fileOf = (f: CallFrame): string => f.url.split('/').pop() ?? '';

/** esbuild puts a `// path` comment before each module: the line ranges give each function's file. */
function bundleFiles(source: string): (f: CallFrame) => string {
  const starts: { line: number; file: string }[] = [];
  source.split('\n').forEach((l, i) => {
    const m = /^\/\/ ((?:lib|scripts|node_modules)\/\S+)$/.exec(l);
    if (m) starts.push({ line: i, file: m[1]! });
  });
  return (f) => {
    if (!f.url.endsWith('.mjs')) return f.url ? f.url.split('/').pop()! : f.functionName;
    let file = '?';
    for (const s of starts) {
      if (s.line > f.lineNumber) break;
      file = s.file;
    }
    return file;
  };
}

function top(totals: Map<string, number>, n: number, whole: number, unit: (v: number) => string): void {
  const rows = [...totals].sort((a, b) => b[1] - a[1]).slice(0, n);
  for (const [k, v] of rows)
    console.log(`  ${((100 * v) / whole).toFixed(1).padStart(5)}%  ${unit(v).padStart(9)}  ${k}`);
}

async function main(): Promise<void> {
  const calls = Number(flag('--calls') ?? 3);
  const n = Number(flag('--top') ?? 15);
  const { readFileSync } = await import('node:fs');
  const self = process.argv[1]!;
  if (self.endsWith('.mjs')) fileOf = bundleFiles(readFileSync(self, 'utf8'));
  const engine = defaultEngine();
  const text = generateText(1_000_000);
  const run = () => engine.annotate(text, { published: '2024-05-01' });
  // Two calls first (--warm N: N): the profile is of the warm engine, as a session's later pages see
  // it; from the 6th call on, past V8's tier-up, of the settled engine (--cold: of the first call).
  const cold = process.argv.includes('--cold');
  const warm = cold ? 0 : Number(flag('--warm') ?? 2);
  for (let i = 0; i < warm; i++) run();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const t0 = process.cpuUsage();
  for (let i = 0; i < calls; i++) run();
  const cpu = process.cpuUsage(t0);
  const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
  const save = flag('--save');
  if (save) (await import('node:fs')).writeFileSync(save, JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((nd) => [nd.id, nd]));
  // Samples taken while the inspector itself worked (stopping the profiler) are not the engine's.
  const parent = new Map<number, number>();
  for (const nd of profile.nodes) for (const c of nd.children ?? []) parent.set(c, nd.id);
  const inspector = (id: number): boolean => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
      if (byId.get(at)!.callFrame.url.startsWith('node:')) return true;
    return false;
  };
  const selfFn = new Map<string, number>();
  const selfFile = new Map<string, number>();
  let whole = 0;
  profile.samples.forEach((id, i) => {
    if (inspector(id)) return;
    const dt = profile.timeDeltas[i]!;
    const f = byId.get(id)!.callFrame;
    whole += dt;
    selfFn.set(where(f), (selfFn.get(where(f)) ?? 0) + dt);
    selfFile.set(fileOf(f), (selfFile.get(fileOf(f)) ?? 0) + dt);
  });
  // The samples' deltas are wall time, which a loaded machine stretches: shares of it are scaled to
  // the calls' CPU time.
  const cpuMs = (cpu.user + cpu.system) / 1000 / calls;
  const ms = (us: number) => `${((us / whole) * cpuMs).toFixed(1)} ms`;
  console.log(`${cold ? 'cold' : 'warm'} engine on 1 MB, ${calls} calls: ${cpuMs.toFixed(0)} ms CPU each`);
  console.log(`top ${n} functions by self time (per call):`);
  top(selfFn, n, whole, ms);
  console.log('self time by file:');
  top(selfFile, n, whole, ms);

  await session.post('HeapProfiler.enable');
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  run();
  const { profile: heap } = (await session.post('HeapProfiler.stopSampling')) as { profile: { head: HeapNode } };
  const alloc = new Map<string, number>();
  let bytes = 0;
  // A builtin's allocation (an iterator's `next`, `push`, `slice`) is charged to the function calling it.
  const walk = (nd: HeapNode, caller: string) => {
    const here = nd.callFrame.url ? where(nd.callFrame) : `${nd.callFrame.functionName} in ${caller}`;
    if (nd.selfSize) alloc.set(here, (alloc.get(here) ?? 0) + nd.selfSize);
    bytes += nd.selfSize;
    for (const c of nd.children) walk(c, nd.callFrame.url ? where(nd.callFrame) : caller);
  };
  walk(heap.head, '(root)');
  console.log(`allocated in one warm call: ${(bytes / 1e6).toFixed(0)} MB (sampled); top ${n} functions:`);
  top(alloc, n, bytes, (b) => `${(b / 1e6).toFixed(1)} MB`);
  session.disconnect();
}

void main();
