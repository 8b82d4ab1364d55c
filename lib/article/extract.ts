// Finds the article text on a page (the story and its related-stories block, without menus,
// footers, comments, inputs, editable areas or code) and keeps a map from text offsets back to
// the DOM text nodes, so the page can be painted without rewriting it.
import { attr, ELEMENT, SKIP_ALWAYS, tag, TEXT, textOf, type NodeLike } from './dom-like';

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

const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'aside', 'main', 'header', 'footer', 'nav', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'figcaption', 'blockquote', 'table', 'tr', 'td', 'th', 'br', 'hr',
]);
const BOILERPLATE_TAGS = new Set(['nav', 'footer', 'menu', 'dialog']);
const BOILERPLATE_NAME = /(^|[\s_-])(comments?|nav|navbar|menu|footer|breadcrumbs?|share|sharing|social|newsletter|subscribe|cookie|banner|ads?|advert\w*|promo|sponsor\w*|sidebar-ads|login|search)([\s_-]|$)/i;
const RELATED_NAME = /related|similar|read-?more|more-?stories|also-?read|see-?also|recommended/i;
const RELATED_HEADING = /(حول هذه القصة|اقرأ أيضا|اقرأ ايضا|أخبار ذات صلة|اخبار ذات صلة|مواضيع ذات صلة|ذات صلة|قد يهمك|اقرأ المزيد)/;
const ARABIC = /[\u0621-\u064A]/g;

const arabicCount = (s: string) => s.match(ARABIC)?.length ?? 0;

// getAttribute returns '' for a present-but-empty boolean attribute and null when absent.
function hasAttr(n: NodeLike, name: string): boolean {
  return n.nodeType === ELEMENT && !!n.getAttribute && n.getAttribute(name) !== null;
}

function isHidden(n: NodeLike): boolean {
  return hasAttr(n, 'hidden') || attr(n, 'aria-hidden') === 'true' || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attr(n, 'style'));
}

function isBoilerplate(n: NodeLike, insideArticle: boolean): boolean {
  const t = tag(n);
  if (BOILERPLATE_TAGS.has(t)) return true;
  if (t === 'header' && !insideArticle) return true;
  if (hasAttr(n, 'contenteditable') && attr(n, 'contenteditable') !== 'false') return true;
  const role = attr(n, 'role');
  if (role === 'navigation' || role === 'banner' || role === 'contentinfo' || role === 'search' || role === 'textbox') return true;
  return BOILERPLATE_NAME.test(`${attr(n, 'class')} ${attr(n, 'id')}`);
}

function elements(root: NodeLike, pred: (n: NodeLike) => boolean, out: NodeLike[] = []): NodeLike[] {
  for (let i = 0; i < root.childNodes.length; i++) {
    const c = root.childNodes[i]!;
    if (c.nodeType !== ELEMENT || SKIP_ALWAYS.has(tag(c))) continue;
    if (pred(c)) out.push(c);
    elements(c, pred, out);
  }
  return out;
}

const contains = (a: NodeLike, b: NodeLike) => {
  for (let x: NodeLike | null = b; x; x = x.parentNode) if (x === a) return true;
  return false;
};

/** The element holding the story: the richest <article>/articleBody, else <main>, else the densest block. */
export function findArticleRoot(body: NodeLike): NodeLike {
  const scored = (n: NodeLike) => arabicCount(textOf(n, 200_000));
  const articles = elements(body, (n) => tag(n) === 'article' || attr(n, 'itemprop') === 'articleBody');
  let best: NodeLike | null = null;
  let bestScore = 0;
  for (const a of articles) {
    const s = scored(a);
    if (s > bestScore) [best, bestScore] = [a, s];
  }
  if (best && bestScore >= 150) {
    // Take the enclosing <main> so the related-stories block beside the article comes along.
    for (let x = best.parentNode; x; x = x.parentNode) if (tag(x) === 'main' || attr(x, 'role') === 'main') return x;
    return best;
  }
  const main = elements(body, (n) => tag(n) === 'main' || attr(n, 'role') === 'main')[0];
  if (main && scored(main) >= 150) return main;
  // Densest parent of paragraphs.
  const parents = new Map<NodeLike, number>();
  for (const p of elements(body, (n) => tag(n) === 'p')) {
    const parent = p.parentNode;
    if (parent) parents.set(parent, (parents.get(parent) ?? 0) + arabicCount(textOf(p)));
  }
  let dense: NodeLike = body;
  let denseScore = 0;
  for (const [n, s] of parents) if (s > denseScore) [dense, denseScore] = [n, s];
  return denseScore >= 150 ? dense : body;
}

export function extractArticle(body: NodeLike, opts: ExtractOptions = {}): Extracted {
  const steps = extractArticleSteps(body, opts);
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}

/**
 * The same extraction in steps: it pauses (yields) every few hundred nodes, so a caller on a
 * live page can give the page its turn between steps and never hold the main thread for long.
 */
export function* extractArticleSteps(body: NodeLike, opts: ExtractOptions = {}, stepNodes = 400): Generator<void, Extracted> {
  const root = findArticleRoot(body);
  yield;
  const out = new Builder();
  const relatedBlocks = elements(body, (n) => isRelatedBlock(n)).filter((n, i, all) => !all.some((m, j) => j !== i && contains(m, n) && m !== n));
  yield;
  yield* walk(root, out, opts, relatedBlocks, stepNodes);
  // Related stories outside the chosen root (e.g. a sidebar) are read too, after the story.
  for (const block of relatedBlocks) if (!contains(root, block) && !contains(block, root)) yield* walk(block, out, opts, relatedBlocks, stepNodes);
  return out.finish();
}

function isRelatedBlock(n: NodeLike): boolean {
  if (!['aside', 'section', 'div', 'ul', 'ol'].includes(tag(n))) return false;
  if (RELATED_NAME.test(`${attr(n, 'class')} ${attr(n, 'id')}`)) return true;
  const heading = firstHeading(n, 3);
  return !!heading && RELATED_HEADING.test(textOf(heading, 200));
}

// A related block's heading sits near its top: looking a few levels down keeps this linear.
function firstHeading(n: NodeLike, depth: number): NodeLike | null {
  for (let i = 0; i < n.childNodes.length; i++) {
    const c = n.childNodes[i]!;
    if (c.nodeType !== ELEMENT) continue;
    if (/^h[1-6]$/.test(tag(c))) return c;
    const deeper = depth > 0 ? firstHeading(c, depth - 1) : null;
    if (deeper) return deeper;
  }
  return null;
}

interface Frame {
  node: NodeLike;
  inArticle: boolean;
  /** Set once the element was entered: what to close when leaving it. */
  exit?: { block: boolean; related: boolean; itemStart: number };
}

// An explicit stack instead of recursion, so the walk can pause between nodes.
function* walk(root: NodeLike, out: Builder, opts: ExtractOptions, related: NodeLike[], stepNodes: number): Generator<void, void> {
  const stack: Frame[] = [{ node: root, inArticle: false }];
  let visited = 0;
  while (stack.length) {
    const f = stack.pop()!;
    if (f.exit) {
      if (f.exit.itemStart >= 0) out.relatedItem(f.exit.itemStart);
      if (f.exit.related) out.endRelated();
      if (f.exit.block) out.separate();
      continue;
    }
    if (++visited % stepNodes === 0) yield;
    const n = f.node;
    if (n.nodeType === TEXT) {
      out.text(n);
      continue;
    }
    if (n.nodeType !== ELEMENT) continue;
    const t = tag(n);
    if (SKIP_ALWAYS.has(t) || isHidden(n)) continue;
    const isRelated = related.includes(n);
    if (!isRelated && isBoilerplate(n, f.inArticle)) continue;
    // A dateline <time> in the story repeats the publication date; related items keep theirs.
    if (t === 'time' && f.inArticle && !out.inRelated) continue;
    const block = BLOCK.has(t);
    if (block) out.separate();
    if (opts.ariaLabels && attr(n, 'role') === 'img' && attr(n, 'aria-label')) {
      out.synthetic(attr(n, 'aria-label'));
      out.separate();
    }
    if (isRelated) out.beginRelated();
    const itemStart = out.inRelated && t === 'li' ? out.length : -1;
    stack.push({ node: n, inArticle: f.inArticle, exit: { block, related: isRelated, itemStart } });
    const childInArticle = f.inArticle || t === 'article';
    for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push({ node: n.childNodes[i]!, inArticle: childInArticle });
  }
}

class Builder {
  private parts: string[] = [];
  length = 0;
  segments: Segment[] = [];
  related: { start: number; end: number }[] = [];
  inRelated = false;
  private relatedDepth = 0;
  private relatedStart = 0;
  private hadItems = false;
  private pendingBreak = false;

  private push(s: string, node: NodeLike | null) {
    if (this.pendingBreak && this.length > 0) {
      this.parts.push('\n\n');
      this.segments.push({ node: null, start: this.length, end: this.length + 2 });
      this.length += 2;
    }
    this.pendingBreak = false;
    this.parts.push(s);
    this.segments.push({ node, start: this.length, end: this.length + s.length });
    this.length += s.length;
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
    if (!this.hadItems && this.length > this.relatedStart) this.related.push({ start: this.relatedStart, end: this.length });
  }
  finish(): Extracted {
    const text = this.parts.join('');
    // Item starts recorded before a pending break point at the break; move them onto the text.
    const related = this.related.map((r) => {
      let s = r.start;
      while (s < r.end && /\s/.test(text[s]!)) s++;
      return { start: s, end: r.end };
    });
    return { text, segments: this.segments, related };
  }
}
