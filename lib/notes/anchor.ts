// Re-attaching a note to its passage, as the W3C Web Annotation selectors allow: the position
// first (when the quote is still there), then the exact quote chosen by its prefix and suffix,
// then a fuzzy search when the page changed a little. A note that cannot be placed is an orphan.
import type { TextPosition, TextQuote } from '../protocol/note';

export const CONTEXT = 32;

export function describeQuote(text: string, start: number, end: number): { quote: TextQuote; position: TextPosition } {
  return {
    quote: { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - CONTEXT), start), suffix: text.slice(end, end + CONTEXT) },
    position: { start, end },
  };
}

/** How many characters a and b share, counted back from their ends. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

export interface Placed {
  start: number;
  end: number;
  /** 1 for an exact quote at its old position, lower for weaker matches. */
  score: number;
}

export function anchor(text: string, quote: TextQuote, position: TextPosition | null): Placed | null {
  if (!quote.exact) return null;
  if (position && text.slice(position.start, position.end) === quote.exact) return { ...position, score: 1 };
  let best: Placed | null = null;
  for (let i = text.indexOf(quote.exact); i >= 0; i = text.indexOf(quote.exact, i + 1)) {
    const ctx = commonSuffix(text.slice(Math.max(0, i - quote.prefix.length), i), quote.prefix) + commonPrefix(text.slice(i + quote.exact.length), quote.suffix);
    const near = position ? 1 / (1 + Math.abs(i - position.start) / 1000) : 0;
    const score = 0.5 + (0.4 * ctx) / Math.max(1, quote.prefix.length + quote.suffix.length) + 0.1 * near;
    if (!best || score > best.score) best = { start: i, end: i + quote.exact.length, score };
  }
  return best ?? fuzzy(text, quote, position);
}

// The quote changed a little (an edit, a typo fixed): look for the window with the smallest
// edit distance, seeded by the places where its first or last eight characters still occur.
function fuzzy(text: string, quote: TextQuote, position: TextPosition | null): Placed | null {
  const q = quote.exact;
  if (q.length < 8) return null;
  const seeds = new Set<number>();
  const head = q.slice(0, 8);
  const tail = q.slice(-8);
  for (let i = text.indexOf(head); i >= 0 && seeds.size < 50; i = text.indexOf(head, i + 1)) seeds.add(i);
  for (let i = text.indexOf(tail); i >= 0 && seeds.size < 100; i = text.indexOf(tail, i + 1)) seeds.add(Math.max(0, i + 8 - q.length));
  if (position) seeds.add(Math.max(0, Math.min(position.start, text.length - 1)));
  const maxDist = Math.floor(q.length * 0.25);
  let best: Placed | null = null;
  for (const s of seeds) {
    for (const len of [q.length, q.length - 1, q.length + 1, Math.round(q.length * 0.9), Math.round(q.length * 1.1)]) {
      const cand = text.slice(s, s + len);
      const d = distance(cand, q, maxDist);
      if (d <= maxDist) {
        const score = 0.5 * (1 - d / q.length);
        if (!best || score > best.score) best = { start: s, end: s + cand.length, score };
      }
    }
  }
  return best;
}

/** Levenshtein distance, giving up (returning max+1) once it exceeds max. */
export function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}
