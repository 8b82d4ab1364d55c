// BIO tag runs read as spans: gold files' string tags (eval) and the tagger's label indexes (engine).
import { TAGS } from '../ner/model/types';
import type { EntityType } from '../types';

export interface Span {
  start: number;
  end: number;
  type: EntityType;
}

/**
 * Spans from BIO tags, shifted by offset; a stray I- opens a span (lenient, as conlleval does).
 * Any type's tags (gold data may hold others than the tagger's).
 */
export function bioSpans(tags: readonly string[], offset: number): { start: number; end: number; type: EntityType }[] {
  return spansOf(
    tags.length,
    offset,
    (i) => (tags[i] === 'O' ? null : (tags[i]!.slice(2) as EntityType)),
    (i) => tags[i]![0] === 'I',
  );
}

/** The spans of n BIO tags, each given by its type (null for O) and whether it is an I- tag. */
function spansOf(
  n: number,
  offset: number,
  typeAt: (i: number) => EntityType | null,
  insideAt: (i: number) => boolean,
): Span[] {
  const spans: Span[] = [];
  let open: Span | null = null;
  for (let i = 0; i < n; i++) {
    const type = typeAt(i);
    if (open && (!insideAt(i) || type !== open.type)) {
      spans.push(open);
      open = null;
    }
    if (open) open.end = offset + i + 1;
    else if (type) open = { start: offset + i, end: offset + i + 1, type };
  }
  if (open) spans.push(open);
  return spans;
}

/** TAGS[l]'s type, and whether it is an I- tag (TAGS: O, then B-x and I-x of each type). */
const TAG_TYPE = TAGS.map((t) => (t === 'O' ? null : (t.slice(2) as EntityType)));
const TAG_INSIDE = TAGS.map((t) => t[0] === 'I');

/** bioSpans over the first n labels (indexes into TAGS), as the tagger's engine path gives them. */
export function labelSpans(labels: ArrayLike<number>, n: number, offset: number): Span[] {
  return spansOf(
    n,
    offset,
    (i) => TAG_TYPE[labels[i]!] ?? null,
    (i) => TAG_INSIDE[labels[i]!]!,
  );
}
