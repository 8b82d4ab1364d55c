// The engine's first page in a fresh process: the data built, the engine made, an optional
// warm-up call on a few sentences, then the first real page (20 kB or 1 MB). Each figure is the
// main thread's time and the whole process's CPU time (V8 compiles optimised code on threads of
// its own). Run several processes and alternate the variants; one process is one sample.
//   npm run -s bench:first -- [--warm] [--size 20000|1000000]
import { defaultEngineData } from '../../lib/engine/default-data';
import { createEngine } from '../../lib/engine/index';
import { generateText } from './bench-text';
import { measured } from './thread-cpu';

const measure = <T>(fn: () => T) => {
  const r = measured(fn);
  return { ...r, main: r.main ?? 0 };
};

const args = process.argv.slice(2);
const warm = args.includes('--warm');
const sizeAt = args.indexOf('--size');
const size = sizeAt >= 0 ? Number(args[sizeAt + 1]) : 20_000;
const page = generateText(size, 7);
const warmText = generateText(2_000, 3);
const data = measure(defaultEngineData);
const made = measure(() => createEngine(data.value));
const warmUp = warm ? measure(() => made.value.annotate(warmText, { published: '2024-05-01' })) : null;
const first = measure(() => made.value.annotate(page, { published: '2024-05-01' }));
const second = measure(() => made.value.annotate(page, { published: '2024-05-01' }));
const f = (x: { cpu: number; main: number } | null) => (x ? `${x.main.toFixed(0)}/${x.cpu.toFixed(0)}` : '-');
console.log(
  `size ${size} warm-up ${warm ? 'yes' : 'no'} | ms main/cpu: data ${f(data)} engine ${f(made)} ` +
    `warm-up ${f(warmUp)} first ${f(first)} second ${f(second)} | ` +
    `made+warm+first main ${(made.main + (warmUp?.main ?? 0) + first.main).toFixed(0)}`,
);
