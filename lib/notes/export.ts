// Exports of the reader's notes: W3C Web Annotation JSON-LD (the import format too), CSV, Markdown.
import type { Note } from '../protocol/note';
import { mdFence, mdLink, mdParagraphs, mdText } from './markdown';

const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const HAMISH_NS = 'https://hamish.invalid/ns#';

const iso = (ms: number) => new Date(ms).toISOString();

function toAnnotation(n: Note) {
  return {
    id: `urn:uuid:${n.id}`,
    type: 'Annotation',
    motivation: n.entity ? 'describing' : 'commenting',
    created: iso(n.created),
    modified: iso(n.updated),
    body: [
      { type: 'TextualBody', value: n.body, format: n.format === 'markdown' ? 'text/markdown' : 'text/plain', purpose: 'commenting' },
      ...n.tags.map((t) => ({ type: 'TextualBody', value: t, purpose: 'tagging' })),
    ],
    target: {
      source: n.url,
      selector: [
        { type: 'TextQuoteSelector', exact: n.quote.exact, prefix: n.quote.prefix, suffix: n.quote.suffix },
        ...(n.position ? [{ type: 'TextPositionSelector', start: n.position.start, end: n.position.end }] : []),
      ],
    },
    'hamish:page': { title: n.title, site: n.site, publishedAt: n.publishedAt },
    ...(n.entity ? { 'hamish:entity': n.entity } : {}),
  };
}

export function toJsonLd(notes: Note[], now = Date.now()): string {
  return JSON.stringify(
    {
      '@context': [ANNO_CONTEXT, { hamish: HAMISH_NS }],
      type: 'AnnotationCollection',
      label: 'Hamish notes',
      generated: iso(now),
      total: notes.length,
      first: { type: 'AnnotationPage', items: notes.map(toAnnotation) },
    },
    null,
    2,
  );
}

const csvCell = (v: string) => {
  // A leading = + - @ would run as a formula in a spreadsheet: quote it out.
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

const CSV_COLUMNS = ['id', 'created', 'updated', 'url', 'title', 'site', 'published', 'quote', 'entity_id', 'entity_type', 'entity_english', 'entity_arabic', 'note', 'tags'];

export function toCsv(notes: Note[]): string {
  const rows = notes.map((n) =>
    [n.id, iso(n.created), iso(n.updated), n.url, n.title, n.site, n.publishedAt ?? '', n.quote.exact, n.entity?.id ?? '', n.entity?.type ?? '', n.entity?.english ?? '', n.entity?.arabic ?? '', n.body, n.tags.join('; ')].map(csvCell).join(','),
  );
  // The byte-order mark lets spreadsheet programs read the Arabic as UTF-8.
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

export function toMarkdown(notes: Note[]): string {
  const byPage = new Map<string, Note[]>();
  for (const n of notes) {
    const list = byPage.get(n.url);
    if (list) list.push(n);
    else byPage.set(n.url, [n]);
  }
  const out = ['# Hamish notes', ''];
  for (const [url, list] of byPage) {
    const first = list[0]!;
    out.push(`## ${mdLink(first.title || url, url)}`, '');
    if (first.publishedAt) out.push(`Published ${mdText(first.publishedAt)} · ${mdText(first.site)}`, '');
    for (const n of list) {
      const e = n.entity;
      out.push(`> ${mdText(n.quote.exact)}`, '');
      if (e) out.push(`**${mdText(e.english ?? e.arabic)}** (${mdText(e.arabic)}, ${mdText(e.type)})`, '');
      if (n.body) out.push(n.format === 'markdown' ? mdFence(n.body) : mdParagraphs(n.body), '');
      if (n.tags.length) out.push(`Tags: ${n.tags.map((t) => `#${mdText(t)}`).join(' ')}`, '');
      out.push(`<sub>${iso(n.updated)}</sub>`, '');
    }
  }
  return out.join('\n');
}
