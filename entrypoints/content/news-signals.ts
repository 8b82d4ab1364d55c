import type { NewsSignals } from '@/lib/news';

const ARABIC = /[\u0621-\u064A]/g;

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
    const n = (p.textContent ?? '').match(ARABIC)?.length ?? 0;
    if (n > 40) paragraphs++;
    chars += n;
    if (chars > 5000) break;
  }
  return {
    hostname: loc.hostname,
    jsonLdTypes,
    ogType: meta('meta[property="og:type"]'),
    hasPublishedTime: !!(meta('meta[property="article:published_time"]') || doc.querySelector('[itemprop="datePublished"], time[pubdate]')),
    articleElements: doc.querySelectorAll('article').length,
    paragraphArabicChars: chars,
    paragraphs,
  };
}
