// Command line front end of the engine:
//   npm run -s annotate -- [--published YYYY-MM-DD] [--jobs N|auto] [--progress] [--timing] FILE|FOLDER...
// (FILE "-" reads standard input; a FOLDER stands for the .txt/.html files under it.) It ships
// bundled (npm run build:cli → .output/cli/annotate.mjs, run with node alone).
// Prints one JSON object per file, on one line:
//   {"file","text"?,"lang","publishedAt","entities":[...],"dates":[...]}
// - .txt (or any non-HTML input): offsets are UTF-16 code units into the file's content exactly as
//   read, decoded as UTF-8 with a byte order mark KEPT as U+FEFF (so offset 0 is the mark), CRLF
//   kept. "text" is omitted: it is the file itself.
// - HTML (.html/.htm, or content starting with <!doctype or <html): the article text is extracted
//   (parsed as a browser parses it, scripts/cli/parse-html.ts; lib/article/extract.ts, aria-labels
//   of images included) and printed as "text"; offsets refer to it. The page's own publication
//   date wins over --published.
// - Entities are people, places and organisations; demonyms (الروسي) are not listed.
// An unreadable file, a file the engine fails on or a bad flag prints one line on stderr and sets
// exit code 2; the other files are still processed. The engine's data missing stops the run (exit 1).
// --jobs N annotates with N worker threads (lines stay in input order; auto: one per core, at most
// 8); --progress (on by default when a folder is given) keeps a progress line on stderr; --timing
// prints where the CPU time went (scripts/cli/timing.ts).
import { extname } from 'node:path';
import { extractArticle } from '../../lib/article/extract';
import { publishedFromHtml } from '../../lib/dates/published';
import { guessLanguage } from '../../lib/detect';
import type { Engine } from '../../lib/engine/types';
import type { DateMention, EntityMention } from '../../lib/types';
import { parseHtml } from './parse-html';
import { Timing } from './timing';
import { defaultJobs, expandInputs, Progress, readInput, runPool, type Outcome } from './annotate-jobs';

const USAGE =
  'usage: annotate [--published YYYY-MM-DD] [--jobs N|auto] [--progress] [--timing] FILE|FOLDER... (- for stdin)';

export interface CliEntity {
  start: number;
  end: number;
  text: string;
  type: 'person' | 'place' | 'organization';
  english: string | null;
  romanized: string;
  id: string;
  known: boolean;
}

function validDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

export interface CliArgs {
  published: string | null;
  files: string[];
  errors: string[];
  jobs: number;
  progress: boolean;
  timing: boolean;
}

export function parseArgs(argv: string[]): CliArgs {
  const errors: string[] = [];
  const files: string[] = [];
  let published: string | null = null;
  let jobs = 1;
  let progress = false;
  let timing = false;
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (onlyFiles || a === '-' || !a.startsWith('-')) {
      files.push(a);
    } else if (a === '--') {
      onlyFiles = true;
    } else if (a === '--published' || a.startsWith('--published=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) errors.push('annotate: --published needs a date YYYY-MM-DD');
      else if (!validDay(v))
        errors.push(`annotate: bad date for --published: ${JSON.stringify(v)} (expected YYYY-MM-DD)`);
      else published = v;
    } else if (a === '--jobs' || a.startsWith('--jobs=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === 'auto') jobs = defaultJobs();
      else if (v === undefined || !/^[1-9]\d{0,2}$/.test(v))
        errors.push(
          `annotate: --jobs needs a number of worker threads from 1 to 999 or auto, got ${JSON.stringify(v ?? '')}`,
        );
      else jobs = Number(v);
    } else if (a === '--progress') {
      progress = true;
    } else if (a === '--timing') {
      timing = true;
    } else {
      errors.push(`annotate: unknown flag ${a}; ${USAGE}`);
    }
  }
  if (files.length === 0 && errors.length === 0) errors.push(`annotate: no input file; ${USAGE}`);
  return { published, files, errors, jobs, progress, timing };
}

export function isHtml(file: string, content: string): boolean {
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') return true;
  return /^\uFEFF?\s*<(!doctype|html)/i.test(content.slice(0, 200));
}

const sliceDate = ({ start, end, text, value, calendar }: DateMention): DateMention => ({
  start,
  end,
  text,
  value,
  calendar,
});
function cliEntities(list: EntityMention[]): CliEntity[] {
  const out: CliEntity[] = [];
  for (const m of list) {
    if (m.type === 'demonym') continue;
    out.push({
      start: m.start,
      end: m.end,
      text: m.text,
      type: m.type,
      english: m.english,
      romanized: m.romanized,
      id: m.id,
      known: m.known,
    });
  }
  return out;
}

export function annotateContent(
  engine: Engine,
  file: string,
  content: string,
  published: string | null,
  timing?: Timing,
): Record<string, unknown> {
  if (isHtml(file, content)) {
    const { documentElement, body } = parseHtml(content);
    const { text } = extractArticle(body, { ariaLabels: true });
    const declared = documentElement.getAttribute?.('lang') ?? '';
    const ref = publishedFromHtml(content) ?? published;
    timing?.mark('html');
    const r = engine.annotate(text, { published: ref });
    timing?.mark('engine');
    return {
      file,
      text,
      lang: guessLanguage(text.slice(0, 4000), declared).lang,
      publishedAt: ref,
      entities: cliEntities(r.entities),
      dates: r.dates.map(sliceDate),
    };
  }
  const r = engine.annotate(content, { published });
  timing?.mark('engine');
  return {
    file,
    lang: guessLanguage(content.slice(0, 4000)).lang,
    publishedAt: published,
    entities: cliEntities(r.entities),
    dates: r.dates.map(sliceDate),
  };
}

/**
 * One file's JSON line, or a message naming the file when annotating it failed: a page that trips
 * the engine loses that line, not the run.
 */
export function annotateOutcome(
  engine: Engine,
  file: string,
  content: string,
  published: string | null,
  timing?: Timing,
): Outcome {
  try {
    const line = JSON.stringify(annotateContent(engine, file, content, published, timing));
    timing?.mark('json');
    return { line };
  } catch (err) {
    return { error: `annotate: cannot annotate ${file}: ${err instanceof Error ? err.message : String(err)}` };
  }
}

let engine: Engine | null = null;

async function annotateFile(file: string, published: string | null, timing?: Timing): Promise<[Outcome, number]> {
  const input = readInput(file);
  timing?.mark('read');
  if ('error' in input) return [input, 0];
  if (!engine) {
    engine = (await import('../../lib/engine/default-data')).defaultEngine();
    timing?.mark('engine data');
  }
  const outcome = annotateOutcome(engine, file, input.content, published, timing);
  return [outcome, Buffer.byteLength(input.content)];
}

/** The command line; `self` is the file that runs it (the bundle), which --jobs starts as workers. */
export async function main(argv: string[], self: string): Promise<void> {
  const args = parseArgs(argv);
  const timing = args.timing ? new Timing() : undefined;
  timing?.mark('start');
  for (const e of args.errors) console.error(e);
  if (args.errors.length) process.exitCode = 2;
  const report = (message: string) => {
    console.error(message);
    process.exitCode = 2;
  };
  const files = expandInputs(args.files, report);
  const folder = files.length !== args.files.length || args.files.some((f, i) => f !== files[i]);
  const progress = args.progress || folder ? new Progress(files.length) : null;
  // Standard input is read once, by this thread: with it among the inputs, one thread does all.
  const pooled = args.jobs > 1 && files.length > 1 && !files.includes('-');
  const emit = (o: Outcome, bytes: number) => {
    if ('line' in o) process.stdout.write(o.line + '\n');
    else report(o.error);
    progress?.step(bytes, 'error' in o);
    if (!pooled) timing?.mark('write');
  };
  if (pooled) {
    await runPool(files, args.jobs, self, [WORKER_ARG], { published: args.published, annotateWorker: true }, emit);
    timing?.mark(`${args.jobs} threads`);
  } else {
    for (const file of files) emit(...(await annotateFile(file, args.published, timing)));
  }
  if (timing) console.error(timing.line());
}

/**
 * The first argument of a --jobs worker thread: a thread is told it is one by its argv, because
 * asking node:worker_threads would load that module (10 ms) in every run of the command.
 */
export const WORKER_ARG = '--annotate-worker-thread';

/** Is this thread a worker of --jobs? (The marker alone, given by hand on the command line, is not.) */
export async function isAnnotateWorker(argv: string[]): Promise<boolean> {
  if (argv[0] !== WORKER_ARG) return false;
  const { isMainThread, workerData } = await import('node:worker_threads');
  return !isMainThread && !!(workerData as { annotateWorker?: boolean } | null)?.annotateWorker;
}

/** A worker thread of --jobs: annotates each file it is sent with its own engine. */
export async function serveWorker(): Promise<void> {
  const { parentPort, workerData } = await import('node:worker_threads');
  const { published } = workerData as { published: string | null; annotateWorker: true };
  parentPort!.on('message', ({ i, file }: { i: number; file: string }) => {
    annotateFile(file, published).then(
      ([outcome, bytes]) => parentPort!.postMessage({ i, outcome, bytes }),
      // Only loading the engine fails here (annotateOutcome keeps a file's own failure): fatal.
      (err: unknown) => parentPort!.postMessage({ i, fatal: err instanceof Error ? err.message : String(err) }),
    );
  });
}
