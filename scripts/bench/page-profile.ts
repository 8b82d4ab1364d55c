// `npx tsx scripts/bench/page-profile.ts [BUILD] [--pages N]`: where the tab's main thread spends a
// later demo page's time, sampled by V8's profiler (100 µs) over N later pages of the bench build
// (default .output/chrome-mv3-bench): self time by function and by script, summed over the pages
// and divided by N. The content script's own evaluation is included (each page is a new world).
// Given a build made without minifying (its modules keep the bundler's `// path` region comments),
// it also prints the content script's self time by source module, from V8's line ticks: the
// top-level tables a module builds at load show there, not under a function name.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/support/browsers';
import { PAGES_DIR, servePages } from '../../tests/support/server';

const args = process.argv.slice(2);
const pagesArg = args.indexOf('--pages');
const PAGES = pagesArg >= 0 ? Math.max(1, Number(args[pagesArg + 1]) || 10) : 10;
const ext = resolve(
  args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--pages') ?? '.output/chrome-mv3-bench',
);

const dir = mkdtempSync(join(tmpdir(), 'hamish-profile-'));
copyFileSync(join(PAGES_DIR, 'demo-article.html'), join(dir, 'demo-article.html'));
const server = await servePages(dir);
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'hamish-profile-')), {
  executablePath: chromiumPath() ?? undefined,
  channel: 'chromium',
  headless: true,
  args: [...CHROMIUM_ARGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
});
if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker');

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}
// The module each line of the content script comes from (1-based lines, as V8's ticks are).
const moduleAt: string[] = [];
let current = '(runtime)';
for (const line of readFileSync(join(ext, 'content-scripts/content.js'), 'utf8').split('\n')) {
  const region = /^\t\/\/ (\S+\.(?:ts|tsx|js|mjs))$/.exec(line);
  if (region) current = region[1]!;
  moduleAt.push(current);
}
const byModule = new Map<string, number>();
const byFn = new Map<string, number>();
const byUrl = new Map<string, number>();
// Inclusive: a function's own time and its callees', counted once per sample however deep it recurs.
const inclusive = new Map<string, number>();
for (let i = 0; i <= PAGES; i++) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(server.url('demo-article.html'));
  const ask = async (expression: string) =>
    (await cdp.send('Runtime.evaluate', { expression, returnByValue: true })).result.value as unknown;
  for (const until = Date.now() + 60_000; !(await ask(`performance.getEntriesByName('hamish:marked').length`));) {
    if (Date.now() > until) throw new Error('not marked within 60 s');
    await new Promise((r) => setTimeout(r, 50));
  }
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] };
  };
  await page.close();
  if (i === 0) continue; // the worker's first page
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Line ticks are sample counts; the interval is 100 µs.
  for (const n of profile.nodes)
    if (n.callFrame.url.includes('content'))
      for (const t of n.positionTicks ?? []) {
        const m = moduleAt[t.line - 1] ?? '?';
        byModule.set(m, (byModule.get(m) ?? 0) + t.ticks * 0.1);
      }
  profile.samples.forEach((id, k) => {
    const n = nodes.get(id)!;
    const ms = (profile.timeDeltas[k + 1] ?? 0) / 1000;
    const file = n.callFrame.url.split('/').pop() || '(native)';
    const key = `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber}`;
    byFn.set(key, (byFn.get(key) ?? 0) + ms);
    byUrl.set(file, (byUrl.get(file) ?? 0) + ms);
    const seen = new Set<string>();
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
      const f = nodes.get(x)!.callFrame;
      if (!f.url.includes('content')) continue;
      const name = `${f.functionName || '(anonymous)'} :${f.lineNumber}`;
      if (!seen.has(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
      seen.add(name);
    }
  });
  if (i === PAGES) writeFileSync(join(tmpdir(), 'hamish-page.cpuprofile'), JSON.stringify(profile));
}
await context.close();
await server.close();
const top = (m: Map<string, number>, n: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `  ${(v / PAGES).toFixed(2)} ms  ${k}`);
console.log(`per later page (${PAGES} pages), by script:\n${top(byUrl, 12).join('\n')}`);
console.log(`by function (self):\n${top(byFn, 30).join('\n')}`);
console.log(`the content script's functions, inclusive:\n${top(inclusive, 40).join('\n')}`);
if (byModule.size > 3) console.log(`the content script's self time by module:\n${top(byModule, 25).join('\n')}`);
