// Notes at every edge of the note schema (lib/protocol/note.ts): each must survive import → edit →
// delete → undo unchanged. Used by the unit round trips and by the popup's end-to-end tests.
import type { Note } from '../../lib/protocol/note';
import { MAX_BODY, MAX_CONTEXT, MAX_QUOTE, MAX_SITE, MAX_TAG, MAX_TAGS, MAX_TITLE } from '../../lib/protocol/note';

const id = (i: number) => `9e1c2d3e-0000-4000-8000-0000000000${String(i).padStart(2, '0')}`;

export const edge = (i: number, over: Partial<Note>): Note => ({
  id: id(i),
  created: Date.parse('2024-05-01T10:00:00Z'),
  updated: Date.parse('2024-05-01T10:00:00Z'),
  url: `https://edge.example/a/${i}`,
  title: `حافة ${i}`,
  site: 'edge.example',
  publishedAt: null,
  quote: { exact: `مقطع الحافة ${i}`, prefix: '', suffix: '' },
  position: null,
  entity: null,
  body: `edge ${i}`,
  format: 'text',
  tags: [],
  ...over,
});

export const EDGE_NOTES: [string, Note][] = [
  ['created at the epoch', edge(1, { created: 0, updated: 0 })],
  [
    'the most tags, each as long as allowed',
    edge(2, { tags: Array.from({ length: MAX_TAGS }, (_, i) => `${i}`.padEnd(MAX_TAG, 'و')) }),
  ],
  [
    'the longest title, site, quote, context and body',
    edge(3, {
      title: 'ع'.repeat(MAX_TITLE),
      site: `${'s'.repeat(MAX_SITE - 8)}.example`,
      quote: { exact: 'ق'.repeat(MAX_QUOTE), prefix: 'p'.repeat(MAX_CONTEXT), suffix: 's'.repeat(MAX_CONTEXT) },
      body: 'ب'.repeat(MAX_BODY),
      format: 'markdown',
    }),
  ],
  ['a URL with a query, an IPv4 host and a port', edge(4, { url: 'http://127.0.0.1:8080/news?id=4&lang=ar' })],
  [
    'a URL with percent-encoded Arabic and an IDN host',
    edge(5, { url: 'https://xn--mgbh0fb.example/%D8%AE%D8%A8%D8%B1/5' }),
  ],
  [
    'an entity without an English name, a year-only date, a position',
    edge(6, {
      entity: { id: 'doc:6', type: 'organization', english: null, arabic: 'هيئة الحافة' },
      publishedAt: '2024',
      position: { start: 0, end: 0 },
    }),
  ],
];
