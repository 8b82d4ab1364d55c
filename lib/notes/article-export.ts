// The export of one article from the popup's "On this page": the article, the names Hamish
// marked on it and the reader's notes on it, as Markdown and as schema.org JSON-LD. Page text is
// written by others: Markdown escapes it like the notes export, JSON-LD keeps it as JSON strings
// with the characters that could close an HTML <script> escaped, and only http(s) addresses
// become links or URLs.
import type { PageInfo } from '../protocol/card';
import type { PageEntity } from '../protocol/entity';
import type { Note } from '../protocol/note';
import { HAMISH_NS, noteMarkdown, pageHeading } from './export';
import { mdLinkTarget, mdText } from './markdown';

export interface ArticleExport {
  page: PageInfo;
  /** The names marked on the page, one per entity. */
  entities: readonly PageEntity[];
  notes: readonly Note[];
}

const TYPE_TITLES = { person: 'People', place: 'Places', organization: 'Organisations' } as const;
const SCHEMA_TYPES = { person: 'Person', place: 'Place', organization: 'Organization' } as const;

const byCount = (a: PageEntity, b: PageEntity) =>
  b.count - a.count || (a.english ?? a.arabic).localeCompare(b.english ?? b.arabic);

/** A Wikidata item's page, for gazetteer ids that are Wikidata ids (Q123); else null. */
export const wikidataUrl = (id: string): string | null =>
  /^Q\d{1,12}$/.test(id) ? `https://www.wikidata.org/wiki/${id}` : null;

export function articleMarkdown({ page, entities, notes }: ArticleExport): string {
  const out = [...pageHeading('#', page)];
  if (!page.publishedAt && page.site) out.push(mdText(page.site), '');
  for (const type of ['person', 'place', 'organization'] as const) {
    const list = entities.filter((e) => e.type === type).sort(byCount);
    if (!list.length) continue;
    out.push(`## ${TYPE_TITLES[type]}`, '');
    for (const e of list) {
      const name = e.english ? `**${mdText(e.english)}** (${mdText(e.arabic)})` : `**${mdText(e.arabic)}**`;
      const wd = wikidataUrl(e.id);
      out.push(`- ${name}, ${e.count}×${wd ? ` · [Wikidata](${mdLinkTarget(wd)})` : ''}`);
    }
    out.push('');
  }
  if (notes.length) {
    out.push('## Notes', '');
    for (const n of [...notes].sort((a, b) => a.created - b.created)) out.push(...noteMarkdown(n));
  }
  return out.join('\n');
}

const httpOnly = (url: string) => (mdLinkTarget(url) ? url : undefined);

function thing(e: { id: string; type: PageEntity['type']; english: string | null; arabic: string }) {
  const wd = wikidataUrl(e.id);
  return {
    '@type': SCHEMA_TYPES[e.type],
    name: e.english ?? e.arabic,
    alternateName: e.arabic,
    ...(wd ? { sameAs: wd, identifier: e.id } : {}),
  };
}

/** schema.org: the NewsArticle, the things it mentions, and each note as a Comment about it. */
export function articleJsonLd({ page, entities, notes }: ArticleExport): string {
  const doc = {
    '@context': ['https://schema.org', { hamish: HAMISH_NS }],
    '@type': 'NewsArticle',
    headline: page.title,
    url: httpOnly(page.url),
    datePublished: page.publishedAt ?? undefined,
    publisher: page.site ? { '@type': 'Organization', name: page.site } : undefined,
    mentions: [...entities].sort(byCount).map((e) => ({ ...thing(e), 'hamish:mentionCount': e.count })),
    comment: [...notes]
      .sort((a, b) => a.created - b.created)
      .map((n) => ({
        '@type': 'Comment',
        identifier: `urn:uuid:${n.id}`,
        text: n.body,
        encodingFormat: n.format === 'markdown' ? 'text/markdown' : 'text/plain',
        dateCreated: new Date(n.created).toISOString(),
        dateModified: new Date(n.updated).toISOString(),
        keywords: n.tags,
        citation: { '@type': 'Quotation', text: n.quote.exact },
        ...(n.entity ? { about: thing(n.entity) } : {}),
      })),
  };
  // Valid JSON either way; escaped, the file can also be pasted into an HTML <script> safely.
  return JSON.stringify(doc, null, 2).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
