// Finds the article text on a page (the story and its related-stories blocks, without menus,
// footers, comments, share bars, tag lists, inputs, editable areas or code) and keeps a map from
// text offsets back to the DOM text nodes, so the page can be painted without rewriting it.
import { attr, ELEMENT, SKIP_ALWAYS, tag, TEXT, type NodeLike } from './dom-like';
import { furniture, isHidden, isRelatedBlock } from './blocks';
import { BLOCK, contains, findStoryRoots, isLinkList, measureSteps, type Measure } from './story';
import { drain } from '../steps';

export interface Segment {
  /** The text node this span of text came from; null for separators and aria-label text. */
  node: NodeLike | null;
  start: number;
  end: number;
}

export interface Extracted {
  text: string;
  segments: Segment[];
  /** Text ranges of related-story items (for the timeline). */
  related: { start: number; end: number }[];
}

export interface ExtractOptions {
  /** Include aria-label text of role="img" elements (the command line does; a page cannot paint it). */
  ariaLabels?: boolean;
}

export function extractArticle(body: NodeLike, opts: ExtractOptions = {}): Extracted {
  return drain(extractArticleSteps(body, opts));
}

/**
 * The same extraction in steps: it pauses (yields) every few hundred nodes, so a caller on a
 * live page can give the page its turn between steps and never hold the main thread for long.
 */
export function* extractArticleSteps(
  body: NodeLike,
  opts: ExtractOptions = {},
  stepNodes = 400,
): Generator<void, Extracted> {
  const { measures, furniture: softFurniture } = yield* measureSteps(body, stepNodes);
  yield;
  const roots = yield* findStoryRoots(body, measures, stepNodes);
  const out = new Builder();
  const named = yield* elements(body, isRelatedBlock, stepNodes);
  const relatedBlocks = named.filter((n, i, all) => !all.some((m, j) => j !== i && contains(m, n) && m !== n));
  yield;
  const ctx: WalkContext = { opts, related: new Set(relatedBlocks), measures, softFurniture, stepNodes };
  for (const root of roots) yield* walk(root, out, ctx);
  // Related stories outside the story (e.g. in a sidebar) are read too, after it, for the timeline.
  for (const block of relatedBlocks)
    if (!roots.some((r) => contains(r, block) || contains(block, r))) yield* walk(block, out, ctx);
  return out.finish();
}

/** Elements under root that pass pred, in document order, pausing every `stepNodes` elements. */
function* elements(root: NodeLike, pred: (n: NodeLike) => boolean, stepNodes: number): Generator<void, NodeLike[]> {
  const out: NodeLike[] = [];
  const stack: NodeLike[] = [];
  const pushKids = (n: NodeLike) => {
    for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]!);
  };
  pushKids(root);
  let visited = 0;
  while (stack.length) {
    const c = stack.pop()!;
    if (c.nodeType !== ELEMENT || SKIP_ALWAYS.has(tag(c))) continue;
    if (pred(c)) out.push(c);
    pushKids(c);
    if (++visited % stepNodes === 0) yield;
  }
  return out;
}

interface WalkContext {
  opts: ExtractOptions;
  related: Set<NodeLike>;
  measures: Map<NodeLike, Measure>;
  softFurniture: Set<NodeLike>;
  stepNodes: number;
}

interface Frame {
  node: NodeLike;
  inArticle: boolean;
  /** The nearest earlier sibling that is not a comment is an element: inline text may abut it. */
  afterElement: boolean;
  /** Set once the element was entered: what to close when leaving it. */
  exit?: { block: boolean; related: boolean; itemStart: number };
}

// An explicit stack instead of recursion, so the walk can pause between nodes.
function* walk(root: NodeLike, out: Builder, ctx: WalkContext): Generator<void, void> {
  const stack: Frame[] = [{ node: root, inArticle: false, afterElement: false }];
  let visited = 0;
  while (stack.length) {
    const f = stack.pop()!;
    if (f.exit) {
      if (f.exit.itemStart >= 0) out.relatedItem(f.exit.itemStart);
      if (f.exit.related) out.endRelated();
      if (f.exit.block) out.separate();
      continue;
    }
    if (++visited % ctx.stepNodes === 0) yield;
    const n = f.node;
    if (n.nodeType === TEXT) {
      out.text(n);
      continue;
    }
    if (n.nodeType !== ELEMENT) continue;
    const t = tag(n);
    if (SKIP_ALWAYS.has(t) || isHidden(n)) continue;
    // Related blocks are named (class, heading) or shaped (a list of links inside the story).
    let isRelated = ctx.related.has(n);
    if (!isRelated && n !== root && isFurniture(n, f.inArticle, ctx)) continue;
    if (!isRelated && !out.inRelated && n !== root && BLOCK.has(t) && isLinkList(n, ctx.measures.get(n)))
      isRelated = true;
    // A dateline <time> in the story repeats the publication date; related items keep theirs.
    if (t === 'time' && f.inArticle && !out.inRelated) continue;
    const block = BLOCK.has(t);
    if (block) out.separate();
    // Sibling inline elements with nothing between them (tag links, one word per <a>) are words
    // apart: the reader sees a gap the markup does not have.
    else if (f.afterElement) out.boundary();
    if (ctx.opts.ariaLabels && attr(n, 'role') === 'img' && attr(n, 'aria-label')) {
      out.synthetic(attr(n, 'aria-label'));
      out.separate();
    }
    if (isRelated) out.beginRelated();
    const itemStart = out.inRelated && t === 'li' ? out.length : -1;
    stack.push({
      node: n,
      inArticle: f.inArticle,
      afterElement: false,
      exit: { block, related: isRelated, itemStart },
    });
    const childInArticle = f.inArticle || t === 'article';
    const kids = n.childNodes;
    for (let i = kids.length - 1; i >= 0; i--)
      stack.push({ node: kids[i]!, inArticle: childInArticle, afterElement: previousIsElement(kids, i) });
  }
}

function isFurniture(n: NodeLike, inArticle: boolean, ctx: WalkContext): boolean {
  const kind = furniture(n, inArticle);
  return kind === 'firm' || (kind === 'soft' && ctx.softFurniture.has(n));
}

function previousIsElement(kids: ArrayLike<NodeLike>, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const k = kids[j]!;
    if (k.nodeType === ELEMENT) return true;
    if (k.nodeType === TEXT) return false;
  }
  return false;
}

// Letters (with their marks) and digits: where two such runs abut across elements, words run together.
const WORD_END = /[\p{L}\p{M}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;

// Text pieces are joined a thousand at a time as they come, so the text of a page of megabytes is
// not built in one long step at the end.
const JOIN_EVERY = 1024;

class Builder {
  private parts: string[] = [];
  private joined: string[] = [];
  length = 0;
  segments: Segment[] = [];
  related: { start: number; end: number }[] = [];
  inRelated = false;
  private relatedDepth = 0;
  private relatedStart = 0;
  private hadItems = false;
  private pendingBreak = false;
  private pendingSpace = false;
  private lastChar = '';

  private push(s: string, node: NodeLike | null) {
    if (this.pendingBreak && this.length > 0) {
      this.parts.push('\n\n');
      this.segments.push({ node: null, start: this.length, end: this.length + 2 });
      this.length += 2;
    } else if (this.pendingSpace && WORD_END.test(this.lastChar) && WORD_START.test(s)) {
      this.parts.push(' ');
      this.segments.push({ node: null, start: this.length, end: this.length + 1 });
      this.length += 1;
    }
    this.pendingBreak = false;
    this.pendingSpace = false;
    if (s) this.lastChar = s[s.length - 1]!;
    this.parts.push(s);
    this.segments.push({ node, start: this.length, end: this.length + s.length });
    this.length += s.length;
    if (this.parts.length >= JOIN_EVERY) {
      this.joined.push(this.parts.join(''));
      this.parts = [];
    }
  }
  text(node: NodeLike) {
    const s = node.nodeValue ?? '';
    // Whitespace between blocks carries no reading; between inline elements it separates words.
    if (!s.trim() && (this.pendingBreak || this.length === 0)) return;
    this.push(s, node);
  }
  synthetic(s: string) {
    if (s.trim()) this.push(s, null);
  }
  separate() {
    this.pendingBreak = true;
  }
  /** A word boundary before the next text, unless whitespace already separates them. */
  boundary() {
    this.pendingSpace = true;
  }
  beginRelated() {
    if (this.relatedDepth++ === 0) [this.inRelated, this.relatedStart, this.hadItems] = [true, this.length, false];
  }
  relatedItem(start: number) {
    if (this.length > start) this.related.push({ start, end: this.length });
    this.hadItems = true;
  }
  endRelated() {
    if (--this.relatedDepth > 0) return;
    this.inRelated = false;
    if (!this.hadItems && this.length > this.relatedStart)
      this.related.push({ start: this.relatedStart, end: this.length });
  }
  finish(): Extracted {
    const text = this.joined.join('') + this.parts.join('');
    // Item starts recorded before a pending break point at the break; move them onto the text.
    const related = this.related.map((r) => {
      let s = r.start;
      while (s < r.end && /\s/.test(text[s]!)) s++;
      return { start: s, end: r.end };
    });
    return { text, segments: this.segments, related };
  }
}
