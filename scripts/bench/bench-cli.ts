// `npm run bench:cli`: the bundled command line (npm run build:cli → .output/cli/annotate.mjs) as
// a user runs it:
// - start: a one-line file, median of 9 runs;
// - a cold 1 MB file (median of 3) and a cold 10 MB file (the 10× growth line);
// - a folder of 2,000 short articles with one thread and with --jobs 2, and a folder of 20,000
//   with --jobs 2 (the folder's 10× growth line).
// Every figure is in wall time and in CPU time of the child (user + system of all its threads, read
// through /usr/bin/time where present): on a shared machine the wall time counts the other
// processes' turns, the CPU time does not. The command line's own --timing line splits the CPU
// time of the start and of the 1 MB run into node's start, the engine's data, the engine's work
// and the command line's own work around it (reading, HTML conversion, JSON, writing).
// `-- --cold` runs the start and the cold 1 MB file only; HAMISH_BENCH_CLI=path/annotate.mjs
// measures another build of the command line (an older commit's) under the same bench.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateText } from './bench-text';

const CLI = process.env['HAMISH_BENCH_CLI'] ?? '.output/cli/annotate.mjs';
const COLD_ONLY = process.argv.includes('--cold');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Run {
  wall: number;
  cpu: number | null;
  /** Phase → CPU ms, from the --timing line. */
  phases: Map<string, number>;
}

function runCli(args: string[]): Run {
  const t0 = performance.now();
  const r = TIME
    ? spawnSync(TIME, ['-f', 'HAMISH-CPU %U %S', 'node', CLI, '--timing', ...args], {
        encoding: 'utf8',
        maxBuffer: 1 << 30,
      })
    : spawnSync('node', [CLI, '--timing', ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`annotate failed: ${r.stderr}`);
  const m = /HAMISH-CPU ([\d.]+) ([\d.]+)/.exec(r.stderr);
  const timing = /annotate: CPU ms: (.*) \(total/.exec(r.stderr)?.[1] ?? '';
  const phases = new Map(
    timing.split(', ').map((p) => {
      const at = p.lastIndexOf(' ');
      return [p.slice(0, at), Number(p.slice(at + 1).replace(/,/g, ''))] as const;
    }),
  );
  return { wall, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : null, phases };
}

function measure(label: string, args: string[], runs: number, mb?: number): Run {
  const rs = Array.from({ length: runs }, () => runCli(args));
  const wall = median(rs.map((r) => r.wall));
  const cpu = rs[0]!.cpu === null ? null : median(rs.map((r) => r.cpu!));
  const phases = new Map([...rs[0]!.phases.keys()].map((k) => [k, median(rs.map((r) => r.phases.get(k) ?? 0))]));
  const rate = (ms: number) => (mb ? `, ${(mb / (ms / 1000)).toFixed(2)} MB/s` : '');
  console.log(
    `${label.padEnd(36)} wall ${wall.toFixed(0).padStart(6)} ms${rate(wall)}` +
      (cpu === null ? '' : `   cpu ${cpu.toFixed(0).padStart(6)} ms${rate(cpu)}`) +
      `   (median of ${runs})`,
  );
  return { wall, cpu, phases };
}

/** "start 120, engine data 300, ...": the CPU split of a single-thread run. */
const split = (r: Run) => [...r.phases].map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');

function folder(dir: string, n: number): number {
  mkdirSync(dir);
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const t = generateText(1500, i + 1);
    bytes += Buffer.byteLength(t);
    // 100 articles a folder, as an archive of news is usually laid out
    const sub = join(dir, String(Math.floor(i / 100)).padStart(3, '0'));
    if (i % 100 === 0) mkdirSync(sub);
    writeFileSync(join(sub, `${String(i).padStart(5, '0')}.txt`), t);
  }
  return bytes / 1e6;
}

if (!process.env['HAMISH_BENCH_CLI']) {
  const b = spawnSync('node', ['scripts/cli/build-cli.mjs', '--if-stale'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'hamish-bench-cli-'));
writeFileSync(join(dir, 'one.txt'), 'قال الرئيس إن الوفد وصل إلى القاهرة أمس.\n');
writeFileSync(join(dir, '1mb.txt'), generateText(1_000_000));
if (!COLD_ONLY) writeFileSync(join(dir, '10mb.txt'), generateText(10_000_000, 9));
const small = COLD_ONLY ? 0 : folder(join(dir, 'f2k'), 2000);
const big = COLD_ONLY ? 0 : folder(join(dir, 'f20k'), 20_000);

const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
console.log(`${CLI}; machine: ${load()} load average (1, 5, 15 min)`);
const start = measure('start (one-line file)', [join(dir, 'one.txt')], 9);
console.log(`  cpu split: ${split(start)}`);
const one = measure('cold 1 MB file', [join(dir, '1mb.txt')], 3, 1);
console.log(`  cpu split: ${split(one)}`);
const own = ['read', 'html', 'json', 'write'].reduce((t, k) => t + (one.phases.get(k) ?? 0), 0);
const engine = one.phases.get('engine') ?? 0;
console.log(
  `  the command line's own work (read, html, json, write): ${own.toFixed(0)} ms CPU, ` +
    `${((100 * own) / (own + engine)).toFixed(1)}% of the work after the engine's data loaded`,
);
if (COLD_ONLY) {
  console.log(`machine at the end: ${load()}`);
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}
const ten = measure('cold 10 MB file (10×)', [join(dir, '10mb.txt')], 1, 10);
const grow = (a: number, b: number) => (b / a).toFixed(1);
if (one.cpu !== null && ten.cpu !== null && start.cpu !== null) {
  console.log(
    `growth 1 MB → 10 MB: ${grow(one.cpu - start.cpu, ten.cpu - start.cpu)}× the work after start (10× is linear)`,
  );
}
const f1 = measure(`folder of 2,000 articles (${small.toFixed(1)} MB)`, ['--progress', join(dir, 'f2k')], 1, small);
const f2 = measure('the same folder, --jobs 2', ['--jobs', '2', join(dir, 'f2k')], 1, small);
console.log(`  --jobs 2 ran at ${(f1.wall / f2.wall).toFixed(2)}× the speed of one thread (wall time; 2 cores)`);
const f20 = measure(`folder of 20,000 (${big.toFixed(1)} MB), --jobs 2`, ['--jobs', '2', join(dir, 'f20k')], 1, big);
const cpuGrowth = f2.cpu !== null && f20.cpu !== null ? `${grow(f2.cpu, f20.cpu)}× the CPU time, ` : '';
console.log(
  `growth 2,000 → 20,000 articles, --jobs 2: ${cpuGrowth}${grow(f2.wall, f20.wall)}× the wall time (10× is linear)`,
);
console.log(`machine at the end: ${load()}`);
console.log(`targets: start ≤ 300 ms, ≥ 2 MB/s on the cold 1 MB file`);
rmSync(dir, { recursive: true, force: true });
