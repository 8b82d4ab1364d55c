// Re-attaching a note to its passage, as the W3C Web Annotation selectors allow: the position
// first (when the quote is still there); else every place where the quote occurs with at most a
// quarter of its characters changed (approx-string-match, Myers' bit-parallel search), each scored
// by how alike its quote, prefix and suffix are and how near it is to the old position. A note
// that cannot be placed is an orphan.
import search from 'approx-string-match';
import type { TextPosition, TextQuote } from '../protocol/note';

const CONTEXT = 32;

export function describeQuote(text: string, start: number, end: number): { quote: TextQuote; position: TextPosition } {
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT), start),
      suffix: text.slice(end, end + CONTEXT),
    },
    position: { start, end },
  };
}

export interface Placed {
  start: number;
  end: number;
  /** 1 for the exact quote at its old position, lower for weaker matches. */
  score: number;
}

/** Shorter quotes are placed only where they occur exactly: a few edits would match anywhere. */
const MIN_FUZZY = 8;
/** The share of a quote's characters that may differ (edited words) for it still to be placed. */
const MAX_ERROR_SHARE = 0.25;
// How much each selector counts, as the Hypothesis client weighs them: the quote most, its
// context next, the old position least (a paragraph added above moves every offset).
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const TOTAL = WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.position;

/** How alike two strings are, 0..1, from the fewest edits that turn one into the other. */
function similarity(expected: string, found: string): number {
  if (!expected) return 1;
  const [m] = search(found, expected, expected.length);
  const errors = m ? m.errors + Math.abs(found.length - (m.end - m.start)) : expected.length;
  return Math.max(0, 1 - errors / expected.length);
}

export function anchor(text: string, quote: TextQuote, position: TextPosition | null): Placed | null {
  const q = quote.exact;
  if (!q) return null;
  if (position && text.slice(position.start, position.end) === q) return { ...position, score: 1 };
  const maxErrors = q.length < MIN_FUZZY ? 0 : Math.floor(q.length * MAX_ERROR_SHARE);
  const candidates = maxErrors === 0 ? exactMatches(text, q) : search(text, q, maxErrors);
  let best: Placed | null = null;
  for (const m of candidates) {
    const quoteScore = 1 - m.errors / q.length;
    const prefix = similarity(quote.prefix, text.slice(Math.max(0, m.start - quote.prefix.length), m.start));
    const suffix = similarity(quote.suffix, text.slice(m.end, m.end + quote.suffix.length));
    const near = position ? 1 - Math.min(1, Math.abs(m.start - position.start) / Math.max(1, text.length)) : 0;
    // Only the quote at its old position scores 1.
    const score =
      (WEIGHT.quote * quoteScore + WEIGHT.prefix * prefix + WEIGHT.suffix * suffix + WEIGHT.position * near) / TOTAL;
    if (!best || score > best.score) best = { start: m.start, end: m.end, score: Math.min(score, 0.999) };
  }
  return best;
}

function exactMatches(text: string, q: string): { start: number; end: number; errors: number }[] {
  const out = [];
  for (let i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + 1))
    out.push({ start: i, end: i + q.length, errors: 0 });
  return out;
}
