// Reading a very long page in bounded pieces: the text is cut at paragraph breaks into chunks the
// engine reads one call each, the chunk where the reader is comes first, and its neighbours follow
// until a budget of characters is spent. Each call's answer is shifted onto the page's offsets.
// An article of ordinary length is one chunk, read exactly as a whole page always was.
import { drain } from './steps';
import { sentences } from './text/tokens';
import type { DatedRole, DateMention, EntityMention } from './types';

export interface Span {
  start: number;
  end: number;
}

// Where a chunk may end, best first: a paragraph break, a line break, a sentence end, a space.
const CUTS: RegExp[] = [/\n\s*\n/g, /\n/g, /[.!?؟؛…]\s/g, /\s/g];

/** The last cut point in text[from, to) of the best kind found in its second half, or `to`. */
function cutBefore(text: string, from: number, to: number): number {
  const piece = text.slice(from, to);
  const half = piece.length >> 1;
  for (const re of CUTS) {
    let last = -1;
    re.lastIndex = half;
    for (let m = re.exec(piece); m; m = re.exec(piece)) last = m.index + m[0].length;
    if (last > half) return from + last;
  }
  return to; // one unbroken run of letters: cut it where the budget ends
}

/** Pieces of at most `max` characters covering `text`, cut where a paragraph (else a sentence, else a word) ends. */
export function chunkText(text: string, max: number): Span[] {
  return drain(chunkSteps(text, max));
}

/** chunkText in steps, a chunk each: finding a cut scans a chunk's text with regular expressions. */
export function* chunkSteps(text: string, max: number): Generator<void, Span[]> {
  const out: Span[] = [];
  let start = 0;
  while (text.length - start > max) {
    const end = cutBefore(text, start, start + max);
    out.push({ start, end });
    start = end;
    yield;
  }
  if (text.length > start || out.length === 0) out.push({ start, end: text.length });
  return out;
}

/**
 * Indices of the chunks to read, in order: the one holding `anchor` (the text at the top of the
 * reader's screen), then the next and the previous in turn, while the characters read stay within
 * `budget` (the anchor's chunk is always read).
 */
export function readingOrder(chunks: readonly Span[], anchor: number, budget: number): number[] {
  if (!chunks.length) return [];
  let at = chunks.findIndex((c) => anchor < c.end);
  if (at < 0) at = chunks.length - 1;
  const order = [at];
  let spent = chunks[at]!.end - chunks[at]!.start;
  let after = at + 1;
  let before = at - 1;
  let forward = true;
  while (after < chunks.length || before >= 0) {
    const i = (forward && after < chunks.length) || before < 0 ? after++ : before--;
    forward = !forward;
    const size = chunks[i]!.end - chunks[i]!.start;
    if (spent + size > budget) break;
    spent += size;
    order.push(i);
  }
  return order;
}

/**
 * The sentences of text[from, to), as `sentences` finds them there, in text offsets: found some
 * `step` characters at a time, pausing (yielding) between pieces, so a chunk of a long page is
 * split in slices. A piece ends just after a line break, which always ends a sentence, so the
 * spans are the ones a single call on the whole would give.
 */
export function* sentenceSteps(text: string, from: number, to: number, step = 4000): Generator<void, Span[]> {
  const out: Span[] = [];
  for (let a = from; a < to;) {
    const nl = text.indexOf('\n', Math.min(a + step, to));
    const b = nl < 0 || nl >= to ? to : nl + 1;
    for (const s of sentences(text.slice(a, b))) out.push({ start: s.start + a, end: s.end + a });
    a = b;
    if (a < to) yield;
  }
  return out;
}

/**
 * Two lists sorted by start, as one sorted list (on equal starts, `a`'s item first): a chunk's
 * marks join the page's in one pass, rather than a sort of everything read so far per chunk.
 */
export function mergeByStart<T extends { start: number }>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  let [i, j] = [0, 0];
  while (i < a.length && j < b.length) out.push(b[j]!.start < a[i]!.start ? b[j++]! : a[i++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

export interface ChunkAnnotation {
  entities: EntityMention[];
  dates: DateMention[];
  facts: Record<string, DatedRole[]>;
}

/**
 * Adds one chunk's annotation (offsets relative to the chunk) to the page's. Document-local ids
 * (doc:N) are numbered per engine call: they are renumbered for the page, and an unknown name
 * written the same way in two chunks keeps one id. `docIds` carries that naming across calls.
 */
export function addChunk(
  page: ChunkAnnotation,
  chunk: ChunkAnnotation,
  offset: number,
  docIds: Map<string, string>,
  key: (e: EntityMention) => string,
): void {
  drain(addChunkSteps(page, chunk, offset, docIds, key));
}

/** The same in steps of `step` entities: a chunk of a long page holds thousands of them. */
export function* addChunkSteps(
  page: ChunkAnnotation,
  chunk: ChunkAnnotation,
  offset: number,
  docIds: Map<string, string>,
  key: (e: EntityMention) => string,
  step = 500,
): Generator<void, void> {
  const local = new Map<string, string>();
  let n = 0;
  for (const e of chunk.entities) {
    if (++n % step === 0) yield;
    let id = e.id;
    if (id.startsWith('doc:')) {
      id = local.get(e.id) ?? '';
      if (!id) {
        const k = key(e);
        id = docIds.get(k) ?? `doc:${docIds.size + 1}`;
        docIds.set(k, id);
        local.set(e.id, id);
      }
    }
    page.entities.push({ ...e, id, start: e.start + offset, end: e.end + offset });
  }
  for (const d of chunk.dates) page.dates.push({ ...d, start: d.start + offset, end: d.end + offset });
  Object.assign(page.facts, chunk.facts);
}
