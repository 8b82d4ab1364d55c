// Reads what the page says about itself: language sample, title, publication date.
import { candidatesFromHtml, publishedFromMeta } from '@/lib/dates/published';

/** Readable text near the top of the story (script and style contents left out). */
export function textSample(doc: Document, max = 4000): string {
  const root = doc.querySelector('article, main, [role="main"]') ?? doc.body;
  if (!root) return '';
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(n.parentElement?.nodeName ?? '')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  let out = '';
  for (let n = walker.nextNode(); n && out.length < max; n = walker.nextNode()) out += n.nodeValue;
  return out.slice(0, max);
}

export function pageTitle(doc: Document): string {
  const og = doc.querySelector<HTMLMetaElement>('meta[property="og:title"]')?.content;
  return (og || doc.title || '').trim().slice(0, 1000);
}

const HEAD_DATES = 'meta, script[type*="application/ld+json" i], noscript, [itemprop]';

/** The same candidates the command line reads from a file, gathered from the live DOM. */
export function publicationDate(doc: Document): string | null {
  // Of the head, only the elements that can carry the date: a news site's head holds hundreds of kB
  // of inline scripts and styles, which were serialised and scanned before the article was sent.
  // (A noscript's markup in the head is text the parser kept raw: its metas are read from it.)
  const pieces = [...(doc.head?.querySelectorAll(HEAD_DATES) ?? [])].map((e) => e.outerHTML);
  for (const s of doc.body?.querySelectorAll('script[type="application/ld+json"], meta[itemprop]') ?? [])
    pieces.push(s.outerHTML);
  const candidates = candidatesFromHtml(pieces.join('\n'));
  for (const t of doc.querySelectorAll('time')) {
    const value = t.getAttribute('datetime') || t.textContent || '';
    if (value.trim())
      candidates.push({
        source: t.hasAttribute('pubdate') ? 'time:pubdate' : t.closest('article') ? 'time:article' : 'time',
        value,
      });
  }
  return publishedFromMeta(candidates);
}
