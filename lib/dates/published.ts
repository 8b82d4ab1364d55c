// Publication date of a news page, by plain string scanning (no DOM: this runs in lib/, in the
// CLI and in tests; the content script collects the same fields from the live DOM and calls
// publishedFromMeta).
//
// The date is the calendar date AS WRITTEN in the timestamp (2021-09-22T23:30:00+03:00 → 2021-09-22):
// the publisher's own day is what the article's "أمس" and "اليوم" refer to, so no timezone shift.
import { findDates } from './find';
import { isoDay, isValidDate } from './gregorian';

export interface PublishedCandidate {
  /** Where the value came from: one of SOURCE_PRIORITY (unknown sources rank last). */
  source: string;
  value: string;
}

/** Most trusted first. JSON-LD of an article type and the OpenGraph article tag are the publisher's own. */
const SOURCE_PRIORITY: readonly string[] = [
  'json-ld:article',
  'meta:article:published_time',
  'meta:og:published_time',
  'itemprop:datepublished',
  'meta:datepublished',
  'meta:pubdate',
  'meta:publishdate',
  'meta:publish-date',
  'meta:publish_date',
  'meta:parsely-pub-date',
  'meta:sailthru.date',
  'meta:dc.date.issued',
  'meta:dcterms.created',
  'meta:dc.date',
  'meta:date',
  'json-ld',
  'time:pubdate',
  'time:article',
  'time',
  'text',
];

const ENGLISH_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function day(y: number, m: number, d: number): string | null {
  return isValidDate(y, m, d) && y >= 1900 && y <= 2199 ? isoDay({ y, m, d }) : null;
}

/** A timestamp or visible date → YYYY-MM-DD, or null. */
export function dateFromValue(value: string): string | null {
  const v = value.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/.exec(v);
  if (m) return day(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(v);
  if (m) return day(+m[1]!, +m[2]!, +m[3]!);
  // "Wed, 22 Sep 2021 16:35:00 GMT", "22 September 2021", "September 22, 2021".
  m = /\b(\d{1,2})\s+([A-Za-z]{3,})\.?,?\s+(\d{4})\b/.exec(v);
  if (m) {
    const mon = ENGLISH_MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase());
    if (mon >= 0) return day(+m[3]!, mon + 1, +m[1]!);
  }
  m = /\b([A-Za-z]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(v);
  if (m) {
    const mon = ENGLISH_MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase());
    if (mon >= 0) return day(+m[3]!, mon + 1, +m[2]!);
  }
  // Arabic or numeric day-first dates (22/9/2021, ٢٢ سبتمبر ٢٠٢١); only absolute ones (no reference).
  for (const d of findDates(v, null)) if (d.value.length === 10) return d.value;
  return null;
}

function rank(source: string): number {
  const i = SOURCE_PRIORITY.indexOf(source.toLowerCase());
  return i < 0 ? SOURCE_PRIORITY.length : i;
}

/** The best publication date among collected candidates (YYYY-MM-DD), or null. */
export function publishedFromMeta(candidates: readonly PublishedCandidate[]): string | null {
  const sorted = candidates.map((c, i) => ({ c, i, r: rank(c.source) })).sort((a, b) => a.r - b.r || a.i - b.i);
  for (const { c } of sorted) {
    const d = dateFromValue(c.value);
    if (d) return d;
  }
  return null;
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|quot|apos|lt|gt|nbsp);/gi, (all, e: string) => {
    const k = e.toLowerCase();
    if (k[0] === '#') {
      const code = k[1] === 'x' ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
    }
    return ({ amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' } as Record<string, string>)[k] ?? all;
  });
}

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
  // Skip the tag name.
  re.lastIndex = tag.search(/\s/) < 0 ? tag.length : tag.search(/\s/);
  for (let m = re.exec(tag); m; m = re.exec(tag)) {
    out.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return out;
}

// Exactly one of these schema.org types: /^(NewsArticle|Article|…)$/.
const ARTICLE_TYPES = new RegExp(
  `^(${[
    'NewsArticle',
    'Article',
    'ReportageNewsArticle',
    'AnalysisNewsArticle',
    'BlogPosting',
    'OpinionNewsArticle',
    'LiveBlogPosting',
    'ReviewNewsArticle',
    'BackgroundNewsArticle',
  ].join('|')})$`,
);

function walkJsonLd(node: unknown, out: PublishedCandidate[], depth = 0): void {
  if (depth > 8 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) walkJsonLd(n, out, depth + 1);
    return;
  }
  const obj = node as Record<string, unknown>;
  const types = ([] as unknown[]).concat(obj['@type'] ?? []).map(String);
  const date = obj['datePublished'] ?? obj['dateCreated'];
  if (typeof date === 'string') {
    out.push({ source: types.some((t) => ARTICLE_TYPES.test(t)) ? 'json-ld:article' : 'json-ld', value: date });
  }
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement'])
    walkJsonLd(obj[key], out, depth + 1);
}

function jsonLdCandidates(html: string, out: PublishedCandidate[]): void {
  const re = /<script\b[^>]*application\/ld\+json[^>]*>([\s\S]*?)<\/script\s*>/gi;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const body = m[1]!.replace(/^\s*(?:<!--|<!\[CDATA\[)/, '').replace(/(?:-->|\]\]>)\s*$/, '');
    try {
      walkJsonLd(JSON.parse(body), out);
    } catch {
      // Broken JSON (trailing commas, unescaped quotes) is common: fall back to the bare field.
      const f = /"datePublished"\s*:\s*"([^"]+)"/.exec(body);
      if (f)
        out.push({
          source: /"@type"\s*:\s*"[A-Za-z]*Article"/.test(body) ? 'json-ld:article' : 'json-ld',
          value: f[1]!,
        });
    }
  }
}

const PUBLISHED_META = /date|time|publish|pub/;

/** Every candidate the markup offers, except the visible-text fallback. */
export function candidatesFromHtml(html: string): PublishedCandidate[] {
  const out: PublishedCandidate[] = [];
  jsonLdCandidates(html, out);
  for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
    const a = attributes(m[0]);
    const content = a.get('content');
    if (!content) continue;
    const itemprop = a.get('itemprop');
    if (itemprop?.toLowerCase() === 'datepublished') out.push({ source: 'itemprop:datepublished', value: content });
    const key = (a.get('property') ?? a.get('name') ?? itemprop)?.toLowerCase();
    // Titles and descriptions may quote other dates; modification times are not publication.
    if (key && PUBLISHED_META.test(key) && !/modif|updat|expir|revis/.test(key))
      out.push({ source: `meta:${key}`, value: content });
  }
  for (const m of html.matchAll(
    /<(?!meta\b)([a-z][\w-]*)\b[^>]*\bitemprop\s*=\s*["']?datePublished\b[^>]*>([^<]*)/gi,
  )) {
    const a = attributes(m[0].slice(0, m[0].indexOf('>') + 1));
    const value = a.get('datetime') ?? a.get('content') ?? decodeEntities(m[2]!);
    if (value.trim()) out.push({ source: 'itemprop:datepublished', value });
  }
  const articleStart = html.search(/<article\b/i);
  const articleEnd = articleStart < 0 ? -1 : html.indexOf('</article', articleStart);
  for (const m of html.matchAll(/<time\b[^>]*>([^<]*)/gi)) {
    const a = attributes(m[0].slice(0, m[0].indexOf('>') + 1));
    const value = a.get('datetime') || decodeEntities(m[1]!);
    if (!value.trim()) continue;
    const inArticle = articleStart >= 0 && m.index > articleStart && (articleEnd < 0 || m.index < articleEnd);
    out.push({ source: a.has('pubdate') ? 'time:pubdate' : inArticle ? 'time:article' : 'time', value });
  }
  return out;
}

/** Visible text near the top of the page (scripts, styles and tags removed). */
function leadText(html: string, maxChars: number): string {
  const bodyAt = html.search(/<body\b/i);
  const body = (bodyAt >= 0 ? html.slice(bodyAt) : html).slice(0, maxChars * 8);
  return decodeEntities(
    body
      .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<[^>]*>/g, '\n'),
  ).slice(0, maxChars);
}

/** Publication date (YYYY-MM-DD) of an HTML page, or null. */
export function publishedFromHtml(html: string): string | null {
  const found = publishedFromMeta(candidatesFromHtml(html));
  if (found) return found;
  return publishedFromMeta([{ source: 'text', value: leadText(html, 4000) }]);
}
