// Which block of a page is the story, chosen by text density and link density: every block of
// running text (a paragraph, or a div of bare text) gives points to itself, its parent and, less,
// its grandparent; a block's points shrink with the share of its text that is link text, and
// with a class that names furniture. The best block wins, with those of its siblings that are
// story too (a lead paragraph in a box of its own beside the body).
import { attr, ELEMENT, SKIP_ALWAYS, tag, TEXT, type NodeLike } from './dom-like';
import { furniture, isHidden, isRelatedBlock } from './blocks';

export interface Measure {
  /** Arabic letters of the block's readable text (furniture left out). */
  letters: number;
  /** Of those, letters inside links. */
  linkLetters: number;
  links: number;
  /** Points from the blocks of running text inside it. */
  score: number;
}

export const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'aside',
  'main',
  'header',
  'footer',
  'nav',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figure',
  'figcaption',
  'blockquote',
  'table',
  'tbody',
  'thead',
  'tr',
  'td',
  'th',
  'br',
  'hr',
  'form',
  'fieldset',
  'details',
  'summary',
  'address',
  'center',
]);
const TEXT_BLOCKS = new Set(['p', 'div', 'td', 'li', 'dd', 'blockquote', 'section', 'article', 'center']);
const POSITIVE_NAME = /article|body|content|entry|story|text|post|detail|desc|news|matn|khabar/i;
// Class and id words of boxes that are not the story (split in two lists only to fit the line).
const NEGATIVE_WORDS = [
  'comment|sidebar|widget|related|share|tags|footer|menu|promo|banner',
  'teaser|card|thumb|list|slider|carousel|latest|more',
];
const NEGATIVE_NAME = new RegExp(NEGATIVE_WORDS.join('|'), 'i');
const ARABIC = /[\u0621-\u064A]/g;
const COMMA = /[،,؛]/g;

const arabicCount = (s: string) => s.match(ARABIC)?.length ?? 0;

const linkDensity = (m: Measure | undefined): number => (m && m.letters ? m.linkLetters / m.letters : 0);

export interface Measured {
  measures: Map<NodeLike, Measure>;
  /** Blocks named like furniture that hold no running text: left out of the story. */
  furniture: Set<NodeLike>;
}

/** An element being measured: its figures so far and the child to look at next. */
interface Visit {
  n: NodeLike;
  inLink: boolean;
  inArticle: boolean;
  isLink: boolean;
  m: Measure;
  /** Text of this element not inside a block child: a paragraph's worth of running text? */
  ownLetters: number;
  ownLinkLetters: number;
  commas: number;
  next: number;
  /** The element child being measured, and whether it is named like soft furniture. */
  child: NodeLike | null;
  childSoft: boolean;
}

function openVisit(n: NodeLike, inLink: boolean, inArticle: boolean): Visit {
  const isLink = tag(n) === 'a' && !!attr(n, 'href');
  return {
    n,
    inLink,
    inArticle,
    isLink,
    m: { letters: 0, linkLetters: 0, links: isLink ? 1 : 0, score: 0 },
    ownLetters: 0,
    ownLinkLetters: 0,
    commas: 0,
    next: 0,
    child: null,
    childSoft: false,
  };
}

/**
 * Letters, link letters and points of every element of the page that can hold story text,
 * children before their parent. An explicit stack instead of recursion, so the measuring pauses
 * (yields) every `stepNodes` elements and a page of megabytes is measured in slices.
 */
export function* measureSteps(body: NodeLike, stepNodes = 400): Generator<void, Measured> {
  const out = new Map<NodeLike, Measure>();
  const soft = new Set<NodeLike>();
  // Ancestors are measured after their children, so points are kept aside and added at the end.
  const points = new Map<NodeLike, number>();
  const stack: Visit[] = [openVisit(body, false, false)];
  let done: Measure | null = null;
  let visited = 0;
  while (stack.length) {
    const f = stack[stack.length - 1]!;
    if (done) {
      const c = f.child!;
      if (f.childSoft && !isProse(done)) {
        soft.add(c);
      } else {
        f.m.letters += done.letters;
        f.m.linkLetters += done.linkLetters;
        f.m.links += done.links;
        if (!BLOCK.has(tag(c)))
          [f.ownLetters, f.ownLinkLetters] = [f.ownLetters + done.letters, f.ownLinkLetters + done.linkLetters];
      }
      done = null;
    }
    let entered = false;
    const kids = f.n.childNodes;
    while (f.next < kids.length) {
      const c = kids[f.next++]!;
      if (c.nodeType === TEXT) {
        const v = c.nodeValue ?? '';
        const k = arabicCount(v);
        f.m.letters += k;
        f.ownLetters += k;
        f.commas += v.match(COMMA)?.length ?? 0;
        if (f.inLink || f.isLink) [f.m.linkLetters, f.ownLinkLetters] = [f.m.linkLetters + k, f.ownLinkLetters + k];
        continue;
      }
      if (c.nodeType !== ELEMENT || SKIP_ALWAYS.has(tag(c)) || isHidden(c)) continue;
      const kind = isRelatedBlock(c) ? 'firm' : furniture(c, f.inArticle);
      if (kind === 'firm') continue;
      f.child = c;
      f.childSoft = kind === 'soft';
      stack.push(openVisit(c, f.inLink || f.isLink, f.inArticle || tag(c) === 'article'));
      entered = true;
      break;
    }
    if (entered) {
      if (++visited % stepNodes === 0) yield;
      continue;
    }
    stack.pop();
    const n = f.n;
    out.set(n, f.m);
    if (TEXT_BLOCKS.has(tag(n)) && f.ownLetters >= 25 && f.ownLinkLetters < f.ownLetters / 2) {
      let share = 1 + Math.min(f.commas, 5) + Math.min(Math.floor(f.ownLetters / 80), 5);
      for (let x: NodeLike | null = n, level = 0; x && level < 3; x = x.parentNode, level++) {
        points.set(x, (points.get(x) ?? 0) + share);
        if (level > 0) share /= 2;
      }
    }
    done = f.m;
  }
  for (const [n, p] of points) {
    const m = out.get(n);
    if (m) m.score = p;
  }
  return { measures: out, furniture: soft };
}

// Running text: a few hundred letters, mostly outside links, in more than one sentence's block.
const isProse = (m: Measure) => m.letters >= 250 && linkDensity(m) < 0.3 && m.score >= 3;

function weight(n: NodeLike): number {
  const name = `${attr(n, 'class')} ${attr(n, 'id')}`;
  let w = 1;
  if (attr(n, 'itemprop') === 'articleBody') w *= 1.5;
  if (POSITIVE_NAME.test(name)) w *= 1.25;
  if (NEGATIVE_NAME.test(name)) w *= 0.6;
  return w;
}

const candidateScore = (n: NodeLike, m: Measure) => m.score * (1 - linkDensity(m)) * weight(n);

/**
 * The story's blocks in document order: the best-scoring block and its siblings that are story
 * too. The body alone when no block holds a story's worth of text. Pauses (yields) every
 * `stepNodes` blocks looked at: a page of megabytes has tens of thousands.
 */
export function* findStoryRoots(
  body: NodeLike,
  measures: Map<NodeLike, Measure>,
  stepNodes = 400,
): Generator<void, NodeLike[]> {
  let best: NodeLike | null = null;
  let bestScore = 0;
  let seen = 0;
  for (const [n, m] of measures) {
    if (++seen % stepNodes === 0) yield;
    if (n === body || m.letters < 150) continue;
    const s = candidateScore(n, m);
    // Ties go to the deeper block: an ancestor holds the same text plus more.
    if (s > bestScore * 1.05 || (best && s >= bestScore * 0.95 && contains(best, n)))
      [best, bestScore] = [n, Math.max(s, bestScore)];
  }
  if (!best) return [body];
  const parent = best.parentNode;
  if (!parent) return [best];
  const roots: NodeLike[] = [];
  for (let i = 0; i < parent.childNodes.length; i++) {
    const c = parent.childNodes[i]!;
    if (c === best) roots.push(c);
    else if (c.nodeType === ELEMENT && isStorySibling(c, measures.get(c), bestScore)) roots.push(c);
  }
  return roots;
}

function isStorySibling(n: NodeLike, m: Measure | undefined, bestScore: number): boolean {
  if (!m || linkDensity(m) > 0.25) return false;
  if (candidateScore(n, m) >= Math.max(4, bestScore * 0.2)) return true;
  // A lone paragraph of running text (a lead) beside the body.
  return tag(n) === 'p' && m.letters >= 60 && m.links === 0;
}

export const contains = (a: NodeLike, b: NodeLike): boolean => {
  for (let x: NodeLike | null = b; x; x = x.parentNode) if (x === a) return true;
  return false;
};

/**
 * A list of links to other stories (related or most-read), told by its shape: several links that
 * hold most of its text.
 */
export function isLinkList(n: NodeLike, m: Measure | undefined): boolean {
  return !!m && m.links >= 3 && linkDensity(m) >= 0.6;
}
