// The article's text and the way back from text offsets to DOM ranges (and from a caret
// position to a text offset), over the segments article extraction recorded.
import { extractArticleSteps, type Extracted, type Segment } from '@/lib/article/extract';
import { runSteps, Slice } from './slices';

export interface PageText extends Extracted {
  /** Text node → index of its segment. */
  index: Map<Node, number>;
}

/**
 * Reads the article in slices of a few milliseconds, giving the page its turn in between (the
 * clock is looked at every `stepNodes` nodes, and every few thousand segments of the node map).
 */
export async function readPageText(body: HTMLElement, slice = new Slice(), stepNodes = 400): Promise<PageText> {
  return runSteps(pageTextSteps(body, stepNodes), slice);
}

function* pageTextSteps(body: HTMLElement, stepNodes: number): Generator<void, PageText> {
  const ex = yield* extractArticleSteps(body, {}, stepNodes);
  yield;
  const index = new Map<Node, number>();
  // The segments hold the nodes extraction was given, which are this page's DOM nodes.
  for (let i = 0; i < ex.segments.length; i++) {
    const node = ex.segments[i]!.node;
    if (node instanceof Node) index.set(node, i);
    if (i % 2000 === 1999) yield;
  }
  return { ...ex, index };
}

function segmentAt(segs: Segment[], offset: number, preferEnd: boolean): Segment | null {
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid]!;
    if (offset < s.start || (preferEnd && offset === s.start && mid > 0)) hi = mid - 1;
    else if (offset > s.end || (!preferEnd && offset === s.end)) lo = mid + 1;
    else return s;
  }
  return null;
}

export function rangeFor(page: PageText, start: number, end: number, doc: Document): Range | null {
  const a = segmentAt(page.segments, start, false);
  const b = segmentAt(page.segments, end, true);
  if (!(a?.node instanceof Node) || !(b?.node instanceof Node)) return null;
  const r = doc.createRange();
  try {
    r.setStart(a.node, start - a.start);
    r.setEnd(b.node, end - b.start);
  } catch {
    return null; // the page changed under us; the next refresh rebuilds the map
  }
  return r;
}

/** Text offset under a viewport point, found from the caret position (as 10ten Japanese Reader does). */
export function offsetAtPoint(page: PageText, doc: Document, x: number, y: number): number | null {
  let node: Node | null = null;
  let offset = 0;
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    if (p) [node, offset] = [p.offsetNode, p.offset];
  } else if (doc.caretRangeFromPoint) {
    const r = doc.caretRangeFromPoint(x, y);
    if (r) [node, offset] = [r.startContainer, r.startOffset];
  }
  if (!node) return null;
  const i = page.index.get(node);
  if (i === undefined) return null;
  return page.segments[i]!.start + offset;
}

/** Text offset of a DOM position inside a text node of the article, or null outside it. */
export function offsetOfNode(page: PageText, node: Node, offset: number): number | null {
  const i = page.index.get(node);
  return i === undefined ? null : page.segments[i]!.start + offset;
}
