// `npx tsx scripts/bench/worker-start.ts [BUILD_DIR...]`: the CPU the extension's background spends
// from its script's start to its answer for the demo article, in fresh node processes (CPU time,
// so that it moves less with the machine's load than the browser's wall times of bench:page).
// Each process evaluates the built background.js with the extension's APIs stubbed (its engine
// files read from BUILD_DIR, IndexedDB from fake-indexeddb), then sends it the demo article's
// paragraphs as a content script would. Prints medians of 9 processes per build, the builds in
// turn (default: .output/chrome-mv3-bench; give an older bench build too to compare), and the JS
// heap in use after the answer (after a full collection).
import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext, runInThisContext } from 'node:vm';
import { PAGES_DIR } from '../../tests/support/server';

const RUNS = 9;
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** One fresh process: evaluates the background of `dir` and has it annotate the article. */
async function child(dir: string): Promise<void> {
  const html = readFileSync(join(PAGES_DIR, 'demo-article.html'), 'utf8');
  const text = [...html.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '')).join('\n\n');
  let listener: ((raw: unknown, sender: unknown, reply: (a: unknown) => void) => boolean) | null = null;
  const runtime = {
    id: 'hamish-bench',
    getURL: (p: string) => `chrome-extension://hamish-bench${p}`,
    onMessage: { addListener: (f: typeof listener) => (listener = f) },
    onConnect: { addListener() {} },
    onStartup: { addListener() {} },
    onInstalled: { addListener() {} },
  };
  const api = { runtime, storage: { local: { get: async () => ({}), onChanged: { addListener() {} } } } };
  Object.assign(globalThis, { chrome: api, browser: api, navigator: {} });
  // A plain answer, not undici's Response: its body streams copied the bytes several times over.
  globalThis.fetch = (async (url: URL | string) => {
    const bytes = readFileSync(join(dir, new URL(String(url)).pathname));
    return { ok: true, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) };
  }) as unknown as typeof fetch;
  const src = readFileSync(join(dir, 'background.js'), 'utf8');
  const t0 = cpuMs();
  runInThisContext(src, { filename: 'background.js' });
  const evaluated = cpuMs() - t0;
  const sender = { id: runtime.id, url: 'https://news.example/a', tab: { id: 1 } };
  const answer = await new Promise<{ ok: boolean; value?: { entities: unknown[] }; error?: string }>((r) =>
    listener!({ type: 'page/annotate', text, published: '2024-03-01' }, sender, r as (a: unknown) => void),
  );
  const answered = cpuMs() - t0;
  if (!answer.ok) throw new Error(`the background answered: ${answer.error}`);
  const t = (globalThis as { hamishTimings?: { parse?: number; tagger?: number; first?: { engine: number } } })
    .hamishTimings;
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  const heap = process.memoryUsage().heapUsed / 1e6;
  const out = { evaluated, answered, entities: answer.value!.entities.length, engine: t?.first?.engine, heap };
  console.log(JSON.stringify({ ...out, parse: t?.parse, tagger: t?.tagger }));
  process.exit(0);
}

type Row = {
  evaluated: number;
  answered: number;
  entities: number;
  engine?: number;
  parse?: number;
  tagger?: number;
  heap?: number;
};

function parent(dirs: string[]): void {
  const rows = new Map<string, Row[]>(dirs.map((d) => [d, []]));
  for (let i = 0; i < RUNS; i++)
    for (const dir of dirs) {
      const out = execFileSync(process.execPath, [...process.execArgv, process.argv[1]!, '--child', dir], {
        encoding: 'utf8',
      });
      rows.get(dir)!.push(JSON.parse(out.trim().split('\n').pop()!) as Row);
    }
  const median = (xs: (number | undefined)[]) => {
    const s = xs.filter((x): x is number => x !== undefined).sort((a, b) => a - b);
    return s.length ? s[Math.floor(s.length / 2)]!.toFixed(1) : '–';
  };
  for (const [dir, r] of rows) {
    const kb = (readFileSync(join(dir, 'background.js')).length / 1024).toFixed(0);
    console.log(
      `${dir} (background.js ${kb} kB), CPU ms from the script's start, medians of ${RUNS} fresh processes: ` +
        `script evaluated ${median(r.map((x) => x.evaluated))}, the demo article answered ` +
        `${median(r.map((x) => x.answered))} (${r[0]!.entities} entities); inside: data pack parsed ` +
        `${median(r.map((x) => x.parse))}, tagger loaded ${median(r.map((x) => x.tagger))}, ` +
        `engine's first call ${median(r.map((x) => x.engine))} (wall, the bench build's own timings); ` +
        `JS heap in use after it ${median(r.map((x) => x.heap))} MB (the bench itself included)`,
    );
  }
}

const args = process.argv.slice(2);
if (args[0] === '--child') await child(args[1]!);
else parent((args.length ? args : ['.output/chrome-mv3-bench']).map((d) => resolve(d)));
