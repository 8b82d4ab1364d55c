// How the command line goes through many files: folders are expanded to the .txt/.html files in
// them, files are read in order and annotated by N worker threads (--jobs N, each with its own
// engine), the JSON lines come out in input order as soon as each one's turn comes, and a progress
// line on standard error says how far it is. The parsing of a file is annotate.ts's business.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';

const ARTICLE = /\.(txt|html?)$/i;

/**
 * Folders become the article files under them (sorted, recursively); files and "-" stay as given.
 * A folder that cannot be listed is reported through `report` and skipped.
 */
export function expandInputs(inputs: string[], report: (message: string) => void): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      return report(`annotate: cannot list ${dir}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
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
 * "annotated 120/5,000 files (2 failed), 3.1 MB, 2.4 MB/s, about 40 s left": rewritten in place on
 * a terminal, a line every few seconds otherwise, and always once at the end.
 */
export class Progress {
  private bytes = 0;
  private done = 0;
  private failed = 0;
  private readonly t0: number;
  private last: number;
  constructor(
    private readonly total: number,
    private readonly out: Pick<NodeJS.WriteStream, 'write' | 'isTTY'> = process.stderr,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.t0 = this.last = now();
  }

  step(bytes: number, failed = false): void {
    this.done++;
    this.bytes += bytes;
    if (failed) this.failed++;
    const now = this.now();
    if (this.done < this.total && now - this.last < (this.out.isTTY ? 200 : 5000)) return;
    this.last = now;
    const s = Math.max((now - this.t0) / 1000, 1e-3);
    const mb = this.bytes / 1e6;
    const left = ((this.total - this.done) * s) / this.done;
    const line =
      `annotated ${this.done.toLocaleString('en')}/${this.total.toLocaleString('en')} files` +
      (this.failed ? ` (${this.failed.toLocaleString('en')} failed)` : '') +
      `, ${mb.toFixed(1)} MB, ${(mb / s).toFixed(1)} MB/s` +
      (this.done < this.total ? `, about ${Math.ceil(left).toLocaleString('en')} s left` : '');
    this.out.write(this.out.isTTY ? `\r${line}\x1b[K${this.done === this.total ? '\n' : ''}` : `${line}\n`);
  }
}

/** --jobs auto: one thread per core, at most 8. */
export const defaultJobs = () => Math.max(1, Math.min(cpus().length, 8));

type Reply = { i: number; outcome: Outcome; bytes: number } | { i: number; fatal: string };

/**
 * Annotates `files` with `jobs` worker threads running `workerFile` with `argv` (which answers {i, outcome,
 * bytes}, or {i, fatal} when it cannot annotate at all, for each {i, file} it is sent), writing each
 * outcome in input order through `emit`. A thread that dies on a file (out of memory, say) costs
 * that file an error line; a fresh thread takes the rest. A fatal answer stops the run.
 */
export async function runPool(
  files: string[],
  jobs: number,
  workerFile: string,
  argv: string[],
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
  const { Worker } = await import('node:worker_threads');
  const live = new Set<Worker>();
  await new Promise<void>((resolve, reject) => {
    let stopped = false;
    const stop = (err?: Error) => {
      if (stopped) return;
      stopped = true;
      for (const w of live) void w.terminate();
      if (err) reject(err);
      else resolve();
    };
    const start = () => {
      const w = new Worker(workerFile, { argv, workerData });
      live.add(w);
      let busy = -1;
      const feed = () => {
        if (nextIn >= files.length) {
          busy = -1;
          live.delete(w);
          void w.terminate();
          if (live.size === 0) stop();
          return;
        }
        busy = nextIn++;
        w.postMessage({ i: busy, file: files[busy] });
      };
      w.on('message', (m: Reply) => {
        if ('fatal' in m) return stop(new Error(m.fatal));
        results.set(m.i, [m.outcome, m.bytes]);
        flush();
        feed();
      });
      w.on('error', (err) => {
        live.delete(w);
        if (stopped) return;
        if (busy < 0) return stop(err);
        results.set(busy, [{ error: `annotate: cannot annotate ${files[busy]}: ${err.message}` }, 0]);
        flush();
        start();
      });
      feed();
    };
    for (let k = 0; k < Math.min(jobs, files.length); k++) start();
    if (files.length === 0) stop();
  });
}
