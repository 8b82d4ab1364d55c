// How the command line goes through many files: folders are expanded to the .txt/.html files in
// them, files are read in order and annotated by N worker threads (--jobs N, each with its own
// engine), the JSON lines come out in input order as soon as each one's turn comes, and a progress
// line on standard error says how far it is. The parsing of a file is annotate.ts's business.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

const ARTICLE = /\.(txt|html?)$/i;

/** Folders become the article files under them (sorted, recursively); files and "-" stay as given. */
export function expandInputs(inputs: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (ARTICLE.test(e.name)) out.push(path);
    }
  };
  for (const x of inputs) {
    let dir = false;
    try {
      dir = x !== '-' && statSync(x).isDirectory();
    } catch {
      // unreadable: the reader reports it in its turn
    }
    if (dir) walk(x);
    else out.push(x);
  }
  return out;
}

/** What one file gives: a JSON line, or a message for standard error. */
export type Outcome = { line: string } | { error: string };

export function readInput(file: string): { content: string } | { error: string } {
  try {
    // toString keeps a UTF-8 byte order mark as U+FEFF: offsets count it.
    return { content: readFileSync(file === '-' ? 0 : file).toString('utf8') };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    return { error: `annotate: cannot read ${file}: ${code}` };
  }
}

/**
 * "annotated 120/5,000 files, 3.1 MB, 2.4 MB/s": rewritten in place on a terminal, a line every few
 * seconds otherwise.
 */
export class Progress {
  private last = 0;
  private bytes = 0;
  private done = 0;
  private readonly t0 = performance.now();
  constructor(
    private readonly total: number,
    private readonly out: NodeJS.WriteStream = process.stderr,
  ) {}

  step(bytes: number): void {
    this.done++;
    this.bytes += bytes;
    const now = performance.now();
    if (this.done < this.total && now - this.last < (this.out.isTTY ? 200 : 5000)) return;
    this.last = now;
    const s = (now - this.t0) / 1000;
    const mb = this.bytes / 1e6;
    const line =
      `annotated ${this.done.toLocaleString('en')}/${this.total.toLocaleString('en')} files, ` +
      `${mb.toFixed(1)} MB, ${(mb / Math.max(s, 1e-3)).toFixed(1)} MB/s`;
    this.out.write(this.out.isTTY ? `\r${line}${this.done === this.total ? '\n' : ''}` : `${line}\n`);
  }
}

export const defaultJobs = () => Math.max(1, Math.min(cpus().length, 8));

/**
 * Annotates `files` with `jobs` worker threads running `workerUrl` (which answers {i, outcome}
 * for each {i, file} it is sent), writing each outcome in input order through `emit`.
 */
export async function runPool(
  files: string[],
  jobs: number,
  workerUrl: URL,
  workerData: unknown,
  emit: (o: Outcome, bytes: number) => void,
): Promise<void> {
  const results = new Map<number, [Outcome, number]>();
  let nextOut = 0;
  let nextIn = 0;
  const flush = () => {
    for (let r = results.get(nextOut); r; r = results.get(nextOut)) {
      results.delete(nextOut++);
      emit(r[0], r[1]);
    }
  };
  const workers = Array.from({ length: Math.min(jobs, files.length) }, () => new Worker(workerUrl, { workerData }));
  await Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((resolve, reject) => {
          const feed = () => {
            if (nextIn >= files.length) return void w.terminate().then(() => resolve());
            const i = nextIn++;
            w.postMessage({ i, file: files[i] });
          };
          w.on('message', (m: { i: number; outcome: Outcome; bytes: number }) => {
            results.set(m.i, [m.outcome, m.bytes]);
            flush();
            feed();
          });
          w.on('error', reject);
          feed();
        }),
    ),
  );
}
