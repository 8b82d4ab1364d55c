// By-hand probe of the built extension on saved real pages (not part of npm test):
//   npm run build && npm run realpages -- [--extension DIR] DIR [FILE-PREFIX...]
// DIR is laid out as /work/shared/realpages: HTML files and an index.json listing each page's
// file, original url, kind ("news" or a control), and story (a CSS selector of its story body).
// Each page is served from 127.0.0.1 under its own hostname (Chromium's --host-resolver-rules
// sends every name here; the server answers by Host header and path), every other request is
// blocked, and the extension marks it as it would on the real site. Prints per page: detected
// (language and news score), marks per type, marks outside the story selector, and whether the
// command line's article text (scripts/cli/parse-html.ts) equals the page's; then a summary.
import { chromium, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractArticle } from '../../lib/article/extract';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/support/browsers';
import { highlightTexts } from '../../tests/support/in-page';
import { parseHtml } from '../cli/parse-html';
import type { Probe } from './realpages-probe';

interface Entry {
  file: string;
  url: string;
  kind: string;
  story: string | null;
}

interface Result {
  file: string;
  news: boolean;
  probe: Probe;
  marks: Record<string, number>;
  outside: string[];
  /** The command line's text against the live page's (after the page's own scripts ran)… */
  textMatch: 'same' | 'same but spacing' | string;
  /** …and against the browser's parse of the same file with no script run. */
  parserMatch: 'same' | 'same but spacing' | string;
}

const ROOT = resolve(import.meta.dirname, '../..');
const SETTLE_MS = 2500;
const WAIT_MS = 60_000;

function fail(msg: string): never {
  console.error(`realpages: ${msg}`);
  process.exit(2);
}

function readIndex(dir: string): Entry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  } catch (err) {
    fail(`cannot read ${join(dir, 'index.json')}: ${(err as Error).message}`);
  }
  const pages = (raw as { pages?: unknown }).pages;
  if (!Array.isArray(pages)) fail('index.json has no "pages" list');
  return pages.map((p: Partial<Entry>, i) => {
    if (typeof p.file !== 'string' || typeof p.url !== 'string' || typeof p.kind !== 'string')
      fail(`index.json page ${i}: needs file, url and kind`);
    if (!/^http:\/\//.test(p.url))
      fail(`index.json page ${i}: url must be http:// (served locally without TLS): ${p.url}`);
    return { file: p.file, url: p.url, kind: p.kind, story: p.story ?? null };
  });
}

/** Where two texts first differ, for the report. */
function compareTexts(page: string, cli: string): Result['textMatch'] {
  if (page === cli) return 'same';
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  if (squash(page) === squash(cli)) return 'same but spacing';
  let i = 0;
  while (i < page.length && page[i] === cli[i]) i++;
  return `differs at ${i}: page ${JSON.stringify(page.slice(i, i + 40))} / cli ${JSON.stringify(cli.slice(i, i + 40))}`;
}

// Runs in the page: how many ranges of each highlight, and the text of those outside the story.
function marksIn(selector: string | null): { marks: Record<string, number>; outside: string[] } {
  const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  const story = selector ? [...document.querySelectorAll(selector)] : [];
  const marks: Record<string, number> = {};
  const outside: string[] = [];
  for (const [name, h] of reg) {
    if (!name.startsWith('hamish-') || name === 'hamish-note') continue;
    marks[name.slice(7)] = h.size;
    for (const r of h) if (!story.some((el) => el.contains(r.startContainer))) outside.push(r.toString());
  }
  return { marks, outside };
}

async function markCount(page: Page): Promise<number> {
  return Object.values(await page.evaluate(highlightTexts)).reduce((a, r) => a + r.length, 0);
}

/**
 * Marks appear once the page is read and annotated (the first page also waits for the engine to
 * load): on a page the extension should mark, wait for the first marks, then until their count
 * stops changing; on any other, give it the same settling time to (wrongly) mark something.
 */
async function settledMarks(page: Page, expectMarks: boolean): Promise<void> {
  const end = Date.now() + WAIT_MS;
  let last = await markCount(page);
  let stableSince = Date.now();
  while (Date.now() < end) {
    await page.waitForTimeout(300);
    const n = await markCount(page);
    if (n !== last) [last, stableSince] = [n, Date.now()];
    else if (Date.now() - stableSince >= SETTLE_MS && (n > 0 || !expectMarks)) return;
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  // Another build (say, of main) can be probed with the same pages for a before/after figure.
  const at = args.indexOf('--extension');
  const EXTENSION_DIR = resolve(
    at >= 0 ? (args.splice(at, 2)[1] ?? fail('--extension needs a directory')) : join(ROOT, '.output/chrome-mv3'),
  );
  const [dirArg, ...only] = args;
  if (!dirArg) fail('usage: npm run realpages -- [--extension DIR] DIR [FILE-PREFIX...]');
  const dir = resolve(dirArg);
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    fail(`no built extension in ${EXTENSION_DIR}: run npm run build first`);
  const entries = readIndex(dir).filter((e) => !only.length || only.some((o) => e.file.startsWith(o)));
  const byUrl = new Map(entries.map((e) => [new URL(e.url).host + new URL(e.url).pathname, e]));

  const server = createServer((req, res) => {
    const e = byUrl.get(`${req.headers.host ?? ''}${new URL(req.url ?? '/', 'http://x').pathname}`);
    if (!e) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not served');
    res
      .writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' })
      .end(readFileSync(join(dir, e.file)));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;

  const probe = await build({
    entryPoints: [join(ROOT, 'scripts/eval/realpages-probe.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    logLevel: 'error',
  });
  const probeCode = probe.outputFiles[0]!.text;

  const profile = mkdtempSync(join(tmpdir(), 'hamish-realpages-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath() ?? undefined,
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      `--host-resolver-rules=MAP * 127.0.0.1:${port}`,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  // Only the pages themselves load: scripts, styles, images, fonts and every other host are blocked.
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'ws:' && u.protocol !== 'wss:')
      return route.continue();
    return u.protocol === 'http:' && byUrl.has(u.host + u.pathname) && route.request().resourceType() === 'document'
      ? route.continue()
      : route.abort('blockedbyclient');
  });

  const results: Result[] = [];
  try {
    for (const e of entries) {
      const page = await context.newPage();
      await page
        .goto(e.url, { waitUntil: 'domcontentloaded', timeout: 60_000 })
        .catch((err: Error) => console.error(`realpages: ${e.file}: ${err.message.split('\n')[0]}`));
      await page.evaluate(probeCode);
      const html = readFileSync(join(dir, e.file), 'utf8');
      const p = await page.evaluate(
        (h) => (globalThis as unknown as { hamishProbe: (h: string) => Probe }).hamishProbe(h),
        html,
      );
      await settledMarks(page, p.detected);
      const { marks, outside } = await page.evaluate(marksIn, e.story);
      const cli = extractArticle(parseHtml(html).body).text;
      results.push({
        file: e.file,
        news: e.kind === 'news',
        probe: p,
        marks,
        outside,
        textMatch: compareTexts(p.text, cli),
        parserMatch: compareTexts(p.parsedText, cli),
      });
      print(results.at(-1)!);
      await page.close();
    }
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  summary(results);
}

function print(r: Result): void {
  const total = Object.values(r.marks).reduce((a, b) => a + b, 0);
  const types =
    Object.entries(r.marks)
      .map(([t, n]) => `${t} ${n}`)
      .join(', ') || 'none';
  console.log(`${r.file}  [${r.news ? 'news' : 'control'}]`);
  console.log(`  detected: ${r.probe.detected ? 'yes' : 'no'} (lang ${r.probe.lang}, news score ${r.probe.score})`);
  console.log(`  marks: ${total} (${types})`);
  if (r.news)
    console.log(
      `  outside the story: ${r.outside.length}${r.outside.length ? ` — ${r.outside.slice(0, 12).join(' | ')}` : ''}`,
    );
  console.log(`  command line text: ${r.textMatch}`);
  if (r.textMatch !== 'same')
    console.log(`  command line text against the browser's parse (no page script): ${r.parserMatch}`);
}

function summary(rs: Result[]): void {
  const news = rs.filter((r) => r.news);
  const controls = rs.filter((r) => !r.news);
  const marked = (r: Result) => Object.values(r.marks).some((n) => n > 0);
  const outside = news.reduce((a, r) => a + r.outside.length, 0);
  console.log('\nsummary');
  console.log(
    `  news detected ${news.filter((r) => r.probe.detected).length}/${news.length}, ` +
      `marked ${news.filter(marked).length}/${news.length}`,
  );
  console.log(`  controls untouched ${controls.filter((r) => !marked(r)).length}/${controls.length}`);
  console.log(`  marks outside the story bodies: ${outside}`);
  const same = (k: 'textMatch' | 'parserMatch') => rs.filter((r) => r[k] === 'same').length;
  console.log(
    `  command line text equals the live page's: ${same('textMatch')}/${rs.length}; ` +
      `the browser parser's: ${same('parserMatch')}/${rs.length}`,
  );
}

await main();
