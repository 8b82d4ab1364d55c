import type { NewsSignals } from '@/lib/news';

/** Arabic letters (U+0621–U+064A) in `s`, counted in place: a global match made an array of them. */
function arabicLetters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x0621 && c <= 0x064a) n++;
  }
  return n;
}
const BYLINE =
  '[class*="byline" i], [class*="author" i], [class*="date" i], [class*="time" i], [class*="publish" i], ' +
  '[itemprop="author"], [itemprop="dateline"]';

export function newsSignals(doc: Document, loc: Location): NewsSignals {
  const jsonLdTypes: string[] = [];
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    for (const m of (s.textContent ?? '').matchAll(/"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g)) {
      for (const t of m[1]!.matchAll(/"([^"]+)"/g)) jsonLdTypes.push(t[1]!);
    }
  }
  const meta = (sel: string) => doc.querySelector<HTMLMetaElement>(sel)?.content ?? '';
  const main = doc.querySelector('article, main, [role="main"]') ?? doc.body;
  let chars = 0;
  let paragraphs = 0;
  for (const p of main?.querySelectorAll('p') ?? []) {
    const n = arabicLetters(p.textContent ?? '');
    if (n > 40) paragraphs++;
    chars += n;
    if (chars > 5000) break;
  }
  const itemprops = new Set<string>();
  for (const e of doc.querySelectorAll('[itemprop]')) {
    itemprops.add(e.getAttribute('itemprop') ?? '');
    if (itemprops.size > 50) break;
  }
  const bylines: string[] = [];
  for (const e of (main ?? doc).querySelectorAll(BYLINE)) {
    const t = e.textContent ?? '';
    if (t.length <= 160) bylines.push(t);
    if (bylines.length >= 20) break;
  }
  return {
    hostname: loc.hostname,
    path: loc.pathname,
    jsonLdTypes,
    ogType: meta('meta[property="og:type"]'),
    hasPublishedTime: !!(
      meta('meta[property="article:published_time"]') || doc.querySelector('[itemprop="datePublished"], time[pubdate]')
    ),
    articleElements: doc.querySelectorAll('article').length,
    hasMain: !!doc.querySelector('main, [role="main"]'),
    timeElements: (main ?? doc).querySelectorAll('time[datetime]').length,
    itemprops: [...itemprops],
    bylines,
    paragraphArabicChars: chars,
    paragraphs,
  };
}
