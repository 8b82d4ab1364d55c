// Exports of the reader's notes: W3C Web Annotation JSON-LD (the import format too), CSV, Markdown.
import type { Note } from '../protocol/note';
import type { Correction } from '../protocol/store';
import { mdFence, mdLink, mdParagraphs, mdText } from './markdown';

const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const HAMISH_NS = 'https://hamish.invalid/ns#';

const iso = (ms: number) => new Date(ms).toISOString();

function toAnnotation(n: Note) {
  return {
    id: `urn:uuid:${n.id}`,
    type: 'Annotation',
    motivation: n.entity ? 'describing' : 'commenting',
    created: iso(n.created),
    modified: iso(n.updated),
    body: [
      {
        type: 'TextualBody',
        value: n.body,
        format: n.format === 'markdown' ? 'text/markdown' : 'text/plain',
        purpose: 'commenting',
      },
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

/**
 * An export written piece by piece, so the popup can stream a large store: `head`, then `chunk`
 * for each page of notes in the format's order, then `tail`. The pieces joined are the file.
 */
interface ExportWriter {
  head: string;
  chunk(notes: readonly Note[]): string;
  tail: string;
}

export interface ExportFormat {
  ext: string;
  mime: string;
  /** The order the notes must come in: newest first, or grouped by article. */
  order: 'time' | 'page';
  start(total: number, corrections: readonly Correction[], now: number): ExportWriter;
}

// Each piece is one JSON value; the corrections go beside the annotations so an import restores them.
function jsonLdWriter(total: number, corrections: readonly Correction[], now: number): ExportWriter {
  const head = JSON.stringify(
    {
      '@context': [ANNO_CONTEXT, { hamish: HAMISH_NS }],
      type: 'AnnotationCollection',
      label: 'Hamish notes',
      generated: iso(now),
      total,
      'hamish:corrections': corrections,
      first: { type: 'AnnotationPage', items: [] },
    },
    null,
    2,
  );
  const cut = head.lastIndexOf('[]');
  let first = true;
  return {
    head: `${head.slice(0, cut)}[\n`,
    chunk: (notes) => {
      const items = notes.map((n) => JSON.stringify(toAnnotation(n), null, 2).replace(/^/gm, '      ')).join(',\n');
      const out = items && !first ? `,\n${items}` : items;
      if (items) first = false;
      return out;
    },
    tail: `\n    ]${head.slice(cut + 2)}`,
  };
}

const whole = (
  format: ExportFormat,
  notes: readonly Note[],
  corrections: readonly Correction[] = [],
  now = Date.now(),
) => {
  const w = format.start(notes.length, corrections, now);
  return w.head + w.chunk(notes) + w.tail;
};

export const JSON_LD: ExportFormat = { ext: 'jsonld', mime: 'application/ld+json', order: 'time', start: jsonLdWriter };

export function toJsonLd(notes: readonly Note[], now = Date.now(), corrections: readonly Correction[] = []): string {
  return whole(JSON_LD, notes, corrections, now);
}

const csvCell = (v: string) => {
  // A leading = + - @ would run as a formula in a spreadsheet: quote it out.
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

const CSV_COLUMNS = [
  'id',
  'created',
  'updated',
  'url',
  'title',
  'site',
  'published',
  'quote',
  'entity_id',
  'entity_type',
  'entity_english',
  'entity_arabic',
  'note',
  'tags',
];

const csvRow = (n: Note) =>
  [
    n.id,
    iso(n.created),
    iso(n.updated),
    n.url,
    n.title,
    n.site,
    n.publishedAt ?? '',
    n.quote.exact,
    n.entity?.id ?? '',
    n.entity?.type ?? '',
    n.entity?.english ?? '',
    n.entity?.arabic ?? '',
    n.body,
    n.tags.join('; '),
  ]
    .map(csvCell)
    .join(',');

// The byte-order mark lets spreadsheet programs read the Arabic as UTF-8.
export const CSV: ExportFormat = {
  ext: 'csv',
  mime: 'text/csv;charset=utf-8',
  order: 'time',
  start: () => ({
    head: `\uFEFF${CSV_COLUMNS.join(',')}\r\n`,
    chunk: (notes) => notes.map((n) => `${csvRow(n)}\r\n`).join(''),
    tail: '',
  }),
};

export const toCsv = (notes: readonly Note[]): string => whole(CSV, notes);

/** One note as Markdown lines: the quote, the name, the reader's text, tags and time. */
export function noteMarkdown(n: Note): string[] {
  const out: string[] = [];
  const e = n.entity;
  out.push(`> ${mdText(n.quote.exact)}`, '');
  if (e) out.push(`**${mdText(e.english ?? e.arabic)}** (${mdText(e.arabic)}, ${mdText(e.type)})`, '');
  if (n.body) out.push(n.format === 'markdown' ? mdFence(n.body) : mdParagraphs(n.body), '');
  if (n.tags.length) out.push(`Tags: ${n.tags.map((t) => `#${mdText(t)}`).join(' ')}`, '');
  out.push(`<sub>${iso(n.updated)}</sub>`, '');
  return out;
}

/** An article's heading line and its publication line. */
export function pageHeading(
  level: string,
  p: { url: string; title: string; site: string; publishedAt: string | null },
): string[] {
  return [
    `${level} ${mdLink(p.title || p.url, p.url)}`,
    '',
    ...(p.publishedAt ? [`Published ${mdText(p.publishedAt)} · ${mdText(p.site)}`, ''] : []),
  ];
}

// Notes come grouped by article ('page' order), so a heading is written where the address changes.
export const MARKDOWN: ExportFormat = {
  ext: 'md',
  mime: 'text/markdown;charset=utf-8',
  order: 'page',
  start: () => {
    let url: string | null = null;
    return {
      head: '# Hamish notes\n\n',
      chunk: (notes) => {
        const out: string[] = [];
        for (const n of notes) {
          if (n.url !== url) out.push(...pageHeading('##', n));
          url = n.url;
          out.push(...noteMarkdown(n));
        }
        return out.map((l) => `${l}\n`).join('');
      },
      tail: '',
    };
  },
};

/** The notes grouped by article, each article where its first note comes. */
export function toMarkdown(notes: readonly Note[]): string {
  const order = new Map<string, number>();
  notes.forEach((n, i) => order.has(n.url) || order.set(n.url, i));
  return whole(
    MARKDOWN,
    [...notes].sort((a, b) => order.get(a.url)! - order.get(b.url)!),
  );
}
