// A streamed export: the background hands the notes over a page at a time in the format's order,
// each page is written out at once and kept as a Blob part, so neither the background nor the popup
// ever holds every note (100,000 notes are about 90 MB of JSON-LD as objects, far less as Blob
// parts, which the browser keeps outside the page's heap). An export only reads: when it stops
// (no space for the file, a worker that does not answer) nothing is saved and nothing is lost, and
// the reader is told which, with how far it got.
import type { ExportFormat } from '@/lib/notes/export';
import type { Answer, Request, Send } from '@/lib/protocol/messages';
import type { Correction } from '@/lib/protocol/store';
import { err, ok, type Result } from '@/lib/result';

const PAGE = 1000;

/**
 * Waits before each new try of a page that failed: a worker stopped mid-export (Chrome stops an
 * idle or long-running one) is started again by the next message, and the page, a read from a
 * known key, is asked again as it was.
 */
export const RETRY_WAITS = [100, 1000];

/** Why an export stopped; `done` notes of `total` had been written. */
export type ExportFailure =
  | { kind: 'space'; done: number; total: number; needed: number; free: number }
  | { kind: 'failed'; done: number; total: number; reason: string };

export interface ExportDeps {
  send: Send;
  /** Bytes the browser lets this extension still use on disk, when it says. */
  freeSpace: () => Promise<number | null>;
  wait?: (ms: number) => Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** The file may be held twice before the reader has it (the Blob, then the download's copy). */
const COPIES = 2;

export async function streamExport(
  deps: ExportDeps,
  format: ExportFormat,
  corrections: readonly Correction[],
  onProgress: (done: number, total: number) => void,
): Promise<Result<Blob, ExportFailure>> {
  const { send, wait = sleep } = deps;
  let done = 0;
  let total = 0;
  const failed = (reason: string): Result<never, ExportFailure> => err({ kind: 'failed', done, total, reason });
  const count = await send({ type: 'notes/find', filter: {}, after: null, limit: 1 });
  if (!count.ok) return failed(count.error);
  total = count.value.total ?? 0;
  const writer = format.start(total, corrections, Date.now());
  const parts: BlobPart[] = [writer.head];
  let bytes = 0;
  let after: Request<'notes/exportPage'>['after'] = null;
  try {
    do {
      const r = await pageWithRetries(send, wait, {
        type: 'notes/exportPage',
        order: format.order,
        after,
        limit: PAGE,
      });
      if (!r.ok) return failed(r.error);
      const part = new Blob([writer.chunk(r.value.notes)]);
      parts.push(part);
      bytes += part.size;
      done += r.value.notes.length;
      // After the first page, the file's size is known well enough to know whether it fits.
      if (done === r.value.notes.length && done < total) {
        const needed = Math.ceil((bytes / done) * total * COPIES);
        const free = await deps.freeSpace().catch(() => null);
        if (free !== null && free < needed) return err({ kind: 'space', done, total, needed, free });
      }
      onProgress(done, total);
      after = r.value.next;
    } while (after);
    parts.push(writer.tail);
    return ok(new Blob(parts, { type: format.mime }));
  } catch (e) {
    // The browser could not hold the file (no memory or disk for its parts).
    return failed(e instanceof Error ? `${e.name}: ${e.message}` : String(e));
  }
}

async function pageWithRetries(
  send: Send,
  wait: (ms: number) => Promise<void>,
  m: Request<'notes/exportPage'>,
): Promise<Result<Answer<'notes/exportPage'>>> {
  let r: Result<Answer<'notes/exportPage'>> = await send(m);
  for (const ms of RETRY_WAITS) {
    if (r.ok) break;
    await wait(ms);
    r = await send(m);
  }
  return r;
}
