// A streamed export: the background hands the notes over a page at a time in the format's order,
// each page is written out at once and kept as a Blob part, so the popup never holds every note
// (100,000 notes are about 90 MB of JSON-LD as objects, far less as Blob parts).
import type { ExportFormat } from '@/lib/notes/export';
import type { Answer, Request, Send } from '@/lib/protocol/messages';
import type { Correction } from '@/lib/protocol/store';
import { err, ok, type Result } from '@/lib/result';

const PAGE = 1000;

export async function streamExport(
  send: Send,
  format: ExportFormat,
  corrections: readonly Correction[],
  onProgress: (done: number, total: number) => void,
): Promise<Result<Blob>> {
  const count = await send({ type: 'notes/find', filter: {}, after: null, limit: 1 });
  if (!count.ok) return count;
  const total = count.value.total ?? 0;
  const writer = format.start(total, corrections, Date.now());
  const parts: BlobPart[] = [writer.head];
  let after: Request<'notes/exportPage'>['after'] = null;
  let done = 0;
  do {
    const r: Result<Answer<'notes/exportPage'>> = await send({
      type: 'notes/exportPage',
      order: format.order,
      after,
      limit: PAGE,
    });
    if (!r.ok) return err(`The export stopped after ${done} notes: ${r.error}`);
    parts.push(new Blob([writer.chunk(r.value.notes)]));
    done += r.value.notes.length;
    onProgress(done, total);
    after = r.value.next;
  } while (after);
  parts.push(writer.tail);
  return ok(new Blob(parts, { type: format.mime }));
}
