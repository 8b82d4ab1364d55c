// Which marked name is under the pointer, found from the element the browser already hit-tested
// for the event (its target) and Hamish's own map of the page's text, with no hit test of ours.
// `caretPositionFromPoint` hit-tests the whole document again: on the 5 MB page 11-18 ms of every
// pointer move over the text at load 13-15 (bench:page's traced first hover, session 13).
import { firstEndingAfter } from '@/lib/sorted-spans';
import type { PageText } from './page-text';

interface Mark {
  start: number;
  end: number;
}

/** More names than this in the target's own text: the caller asks the caret position instead. */
const MAX_CANDIDATES = 40;

/**
 * The mark (of `marks`, sorted by start, not overlapping) whose text boxes hold the point (1 px of
 * slack), null when none does, or undefined when the target cannot tell (not a node, or one with
 * too many names in its own text to check one by one).
 */
export function nameUnder<M extends Mark>(
  page: PageText,
  marks: readonly M[],
  target: EventTarget | null,
  x: number,
  y: number,
  rangeOf: (m: M) => Range | null,
): M | null | undefined {
  if (!(target instanceof Node)) return undefined;
  const candidates: M[] = [];
  for (let n = target.firstChild; n; n = n.nextSibling) {
    const i = page.index.get(n);
    if (i === undefined) continue;
    const seg = page.segments[i]!;
    for (let k = firstEndingAfter(marks, seg.start); k < marks.length && marks[k]!.start < seg.end; k++) {
      if (candidates.at(-1) !== marks[k]) candidates.push(marks[k]!);
      if (candidates.length > MAX_CANDIDATES) return undefined;
    }
  }
  for (const m of candidates) if (holds(rangeOf(m), x, y)) return m;
  return null;
}

/** Whether one of the range's line boxes holds the point. */
export function holds(range: Range | null, x: number, y: number): boolean {
  for (const b of range?.getClientRects() ?? [])
    if (x >= b.left - 1 && x <= b.right + 1 && y >= b.top - 1 && y <= b.bottom + 1) return true;
  return false;
}
