// What a block of a page is for, told from its tag, class, id and heading: the story's own
// blocks, page furniture (menus, share bars, tag lists, most-read widgets) or related stories.
// Headings are compared after normalising, so "إقرأ أيضاً" reads as "اقرأ أيضا".
import { normalizeText } from '../text/normalize';
import { attr, ELEMENT, tag, textOf, type NodeLike } from './dom-like';

const BOILERPLATE_TAGS = new Set(['nav', 'footer', 'menu', 'dialog', 'aside']);
const BOILERPLATE_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'search',
  'textbox',
  'complementary',
  'dialog',
  'alertdialog',
]);
// Whole words of a class or id (split at spaces, "-" and "_", and where camelCase turns). FIRM
// words name furniture whatever it holds; SOFT words are also found on the story's own wrappers
// ("entry-content no-share", "PrintThis"), so a block they name stays when it holds running text.
const FIRM_WORDS = new Set([
  'comment',
  'comments',
  'nav',
  'navbar',
  'navigation',
  'menu',
  'footer',
  'breadcrumb',
  'breadcrumbs',
  'crumbs',
  'sidebar',
  'newsletter',
  'subscribe',
  'cookie',
  'cookies',
  'login',
  'ad',
  'ads',
  'advert',
  'advertisement',
  'adsense',
  'mostread',
  'mostviewed',
]);
const SOFT_WORDS = new Set([
  'share',
  'sharing',
  'sharethis',
  'addthis',
  'social',
  'banner',
  'promo',
  'sponsor',
  'sponsored',
  'search',
  'tags',
  'taglist',
  'keywords',
  'hashtags',
  'topics',
  'poll',
  'polls',
  'popup',
  'modal',
  'popular',
  'trending',
  'print',
  'rules',
  'disclaimer',
]);
// Two-word names read as one (most-read, most_viewed, tag-list, share-bar…).
// Any of these pairs, standing alone between separators: /(^|[\s_-])(pair|pair…)([\s_-]|$)/i.
const BOILERPLATE_PAIR_NAMES = [
  /most[\s_-]?(read|viewed|popular|commented|shared)/,
  /tag[\s_-]?(list|cloud|s?links)/,
  /share[\s_-]?(bar|box|buttons|tools)/,
  /social[\s_-]?(bar|links|media)/,
  /post[\s_-]?tags/,
];
const BOILERPLATE_PAIRS = new RegExp(
  String.raw`(^|[\s_-])(${BOILERPLATE_PAIR_NAMES.map((r) => r.source).join('|')})([\s_-]|$)`,
  'i',
);
const RELATED_NAME =
  /related|similar|read-?more|more-?stories|also-?read|see-?also|recommended|more-?news|morenews|relatednews/i;

// A heading that is one of these (in headingKey form), alone or followed by a space: /^(a|b|…)( |$)/.
const headingOneOf = (alternatives: string[]): RegExp => new RegExp(`^(${alternatives.join('|')})( |$)`);
const RELATED_HEADING = headingOneOf([
  'حول هذه القصه',
  'اقرا ايضا',
  'اقرا كذلك',
  'اقرا المزيد',
  'اقرا ايضا في',
  'اخبار ذات صله',
  'مواضيع ذات صله',
  'مقالات ذات صله',
  'ذات صله',
  'قد يهمك',
  'قد يهمك ايضا',
  'الموضوعات المتعلقه',
  'مواضيع متعلقه',
  'اخبار متعلقه',
  'شاهد ايضا',
  'اخترنا لك',
  'المزيد من الاخبار',
  'اخبار اخري',
  'مواضيع مشابهه',
  'اخبار مشابهه',
]);
const FURNITURE_HEADING = headingOneOf([
  'الاكثر (قراءه|مشاهده|تعليقا|تداولا|شيوعا|قراءه اليوم)',
  'الكلمات الداله',
  'الكلمات المفتاحيه',
  'كلمات مفتاحيه',
  'الوسوم',
  'وسوم',
  'الاوسمه',
  'شارك',
  'شارك الخبر',
  'تابعونا',
  'تابعنا',
  'التعليقات',
  'اضف تعليقا',
  'استطلاع الراي',
  'النشره البريديه',
  'اخر الاخبار',
  'احدث الاخبار',
  'عاجل',
]);

/** Heading text in a form that ignores hamza seats, tanween, tatweel and ta marbuta. */
export const headingKey = (s: string): string => normalizeText(s.replace(/[:：.،\s]+/g, ' ').trim()).replace(/ى/g, 'ي');

function nameWords(n: NodeLike): string[] {
  const name = `${attr(n, 'class')} ${attr(n, 'id')}`;
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean);
}

// getAttribute returns '' for a present-but-empty boolean attribute and null when absent.
function hasAttr(n: NodeLike, name: string): boolean {
  return n.nodeType === ELEMENT && !!n.getAttribute && n.getAttribute(name) !== null;
}

export function isHidden(n: NodeLike): boolean {
  return (
    hasAttr(n, 'hidden') ||
    attr(n, 'aria-hidden') === 'true' ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attr(n, 'style'))
  );
}

/**
 * Page furniture: 'firm' is never the story, wherever it sits; 'soft' is named like furniture
 * (a share bar, a tag list, a most-read widget) and is dropped unless it holds running text.
 */
export function furniture(n: NodeLike, insideArticle: boolean): 'firm' | 'soft' | null {
  const t = tag(n);
  if (BOILERPLATE_TAGS.has(t)) return 'firm';
  if (t === 'header' && !insideArticle) return 'firm';
  if (hasAttr(n, 'contenteditable') && attr(n, 'contenteditable') !== 'false') return 'firm';
  if (BOILERPLATE_ROLES.has(attr(n, 'role'))) return 'firm';
  if (t === 'body' || t === 'html' || t === 'main' || t === 'article') return null;
  const words = nameWords(n);
  // most-read, MostRead and most_read all name one widget.
  const pairs = words.slice(1).map((w, i) => words[i] + w);
  if (words.some((w) => FIRM_WORDS.has(w)) || pairs.some((w) => FIRM_WORDS.has(w))) return 'firm';
  if (words.some((w) => SOFT_WORDS.has(w)) || BOILERPLATE_PAIRS.test(`${attr(n, 'class')} ${attr(n, 'id')}`))
    return 'soft';
  const h = blockHeading(n);
  return h && FURNITURE_HEADING.test(headingKey(textOf(h, 200))) ? 'soft' : null;
}

/** A related-stories block, by its class or id or by its heading. */
export function isRelatedBlock(n: NodeLike): boolean {
  if (!['aside', 'section', 'div', 'ul', 'ol', 'nav'].includes(tag(n))) return false;
  if (RELATED_NAME.test(`${attr(n, 'class')} ${attr(n, 'id')}`)) return true;
  const heading = blockHeading(n);
  return !!heading && RELATED_HEADING.test(headingKey(textOf(heading, 200)));
}

const HEADING_NAME = /(^|[\s_-])(title|heading|header|head|caption)([\s_-]|$)/i;

// A block's heading sits at its top (an <h2>, or a short element named "title"): looking at the
// first few children a few levels down keeps this cheap on wide blocks.
function blockHeading(n: NodeLike, depth = 3): NodeLike | null {
  for (let i = 0, seen = 0; i < n.childNodes.length && seen < 3; i++) {
    const c = n.childNodes[i]!;
    if (c.nodeType !== ELEMENT) continue;
    seen++;
    const t = tag(c);
    if (/^h[1-6]$/.test(t)) return c;
    if (HEADING_NAME.test(attr(c, 'class')) && textOf(c, 80).trim().length < 60) return c;
    if (t === 'p' || t === 'li' || t === 'a') return null;
    const deeper = depth > 0 ? blockHeading(c, depth - 1) : null;
    if (deeper) return deeper;
  }
  return null;
}
