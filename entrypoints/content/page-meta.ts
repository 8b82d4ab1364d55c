// Reads what the page says about itself: language sample, title, site, publication date.
const publishedFromMeta = (c: {source:string;value:string}[]) => c.map(x=>x.value.match(/\d{4}-\d{2}-\d{2}/)?.[0]).find(Boolean) ?? null;

export function textSample(doc: Document, max = 4000): string {
  const root = doc.querySelector('article, main, [role="main"]') ?? doc.body;
  return (root?.textContent ?? '').slice(0, max);
}

export function pageTitle(doc: Document): string {
  const og = doc.querySelector<HTMLMetaElement>('meta[property="og:title"]')?.content;
  return (og || doc.title || '').trim().slice(0, 1000);
}

export function publicationDate(doc: Document): string | null {
  const candidates: { source: string; value: string }[] = [];
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) candidates.push({ source: 'json-ld', value: s.textContent ?? '' });
  for (const m of doc.querySelectorAll<HTMLMetaElement>('meta[property], meta[name], meta[itemprop]')) {
    const key = m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '';
    if (/published|pubdate|datePublished/i.test(key)) candidates.push({ source: key, value: m.content });
  }
  for (const t of doc.querySelectorAll('article time[datetime], time[datetime]')) candidates.push({ source: 'time', value: t.getAttribute('datetime') ?? '' });
  return publishedFromMeta(candidates);
}
