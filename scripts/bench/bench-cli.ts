// `npm run bench:cli`: the bundled command line (npm run build:cli → .output/cli/annotate.mjs) as
// a user runs it: start (a one-line file), a cold 1 MB file and a cold 10 MB file (the 10× growth
// line), and a folder of 2,000 short articles with one thread and with --jobs 2. Each figure is
// the median of several runs, in CPU time of the child (user + system, read through
// /usr/bin/time where present) and in wall time: on a shared machine the wall time counts the
// other processes' turns, the CPU time does not.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateText } from './bench-text';

const CLI = '.output/cli/annotate.mjs';
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Run {
  wall: number;
  cpu: number | null;
}

function runCli(args: string[]): Run {
  const t0 = performance.now();
  const r = TIME
    ? spawnSync(TIME, ['-f', 'HAMISH-CPU %U %S', 'node', CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync('node', [CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`annotate failed: ${r.stderr}`);
  const m = /HAMISH-CPU ([\d.]+) ([\d.]+)/.exec(r.stderr);
  return { wall, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : null };
}

function measure(label: string, args: string[], runs: number, mb?: number): Run {
  const rs = Array.from({ length: runs }, () => runCli(args));
  const wall = median(rs.map((r) => r.wall));
  const cpu = rs[0]!.cpu === null ? null : median(rs.map((r) => r.cpu!));
  const rate = (ms: number) => (mb ? `, ${(mb / (ms / 1000)).toFixed(2)} MB/s` : '');
  console.log(
    `${label.padEnd(34)} wall ${wall.toFixed(0).padStart(6)} ms${rate(wall)}` +
      (cpu === null ? '' : `   cpu ${cpu.toFixed(0).padStart(6)} ms${rate(cpu)}`) +
      `   (median of ${runs})`,
  );
  return { wall, cpu };
}

const b = spawnSync('node', ['scripts/cli/build-cli.mjs', '--if-stale'], { stdio: 'inherit' });
if (b.status !== 0) process.exit(1);
const dir = mkdtempSync(join(tmpdir(), 'hamish-bench-cli-'));
writeFileSync(join(dir, 'one.txt'), 'قال الرئيس إن الوفد وصل إلى القاهرة أمس.\n');
const oneMb = generateText(1_000_000);
writeFileSync(join(dir, '1mb.txt'), oneMb);
writeFileSync(join(dir, '10mb.txt'), generateText(10_000_000, 9));
mkdirSync(join(dir, 'folder'));
let folderBytes = 0;
for (let i = 0; i < 2000; i++) {
  const t = generateText(1500, i + 1);
  folderBytes += Buffer.byteLength(t);
  writeFileSync(join(dir, 'folder', `${String(i).padStart(4, '0')}.txt`), t);
}

console.log(
  `machine: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} load average (1, 5, 15 min)`,
);
const start = measure('start (one-line file)', [join(dir, 'one.txt')], 5);
const one = measure('cold 1 MB file', [join(dir, '1mb.txt')], 3, 1);
const ten = measure('cold 10 MB file (10×)', [join(dir, '10mb.txt')], 1, 10);
const grow = (a: number, b: number) => (b / a).toFixed(1);
if (one.cpu !== null && ten.cpu !== null && start.cpu !== null) {
  console.log(
    `growth 1 MB → 10 MB: ${grow(one.cpu - start.cpu, ten.cpu - start.cpu)}× the work after start (10× is linear)`,
  );
}
const mb = folderBytes / 1e6;
measure(`folder of 2,000 articles (${mb.toFixed(1)} MB)`, ['--progress', join(dir, 'folder')], 1, mb);
measure('the same folder, --jobs 2', ['--jobs', '2', join(dir, 'folder')], 1, mb);
console.log(`targets: start ≤ 300 ms, ≥ 2 MB/s on the cold 1 MB file`);
