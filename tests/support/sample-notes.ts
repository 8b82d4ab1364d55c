// Three notes the popup tests import, in both browsers: one on a person (with diacritics in its
// quote, for searching without them), one on a place, one on a passage.
import type { Note } from '../../lib/protocol/note';

const base = (i: number, over: Partial<Note>): Note => ({
  id: `0b1c2d3e-0000-4000-8000-00000000000${i}`,
  created: Date.parse(`2024-03-1${i}T10:00:00Z`),
  updated: Date.parse(`2024-03-1${i}T10:00:00Z`),
  url: `https://news.example/a/${i}`,
  title: `مقال ${i}`,
  site: 'news.example',
  publishedAt: `2024-03-1${i}`,
  quote: { exact: '', prefix: '', suffix: '' },
  position: null,
  entity: null,
  body: '',
  format: 'text',
  tags: [],
  ...over,
});

export const NOTES: Note[] = [
  base(1, {
    quote: { exact: 'دعا الأمينُ العامُّ للأممِ المتحدةِ إلى هدنة', prefix: '', suffix: '' },
    entity: { id: 'Q311440', type: 'person', english: 'António Guterres', arabic: 'أنطونيو غوتيريش' },
    body: 'ceasefire appeal',
    tags: ['sudan'],
  }),
  base(2, {
    quote: { exact: 'وصل الوفد إلى القاهرة', prefix: '', suffix: '' },
    entity: { id: 'Q85', type: 'place', english: 'Cairo', arabic: 'القاهرة' },
    body: 'delegation arrived',
  }),
  base(3, { quote: { exact: 'ارتفعت أسعار النفط', prefix: '', suffix: '' }, body: 'oil prices', tags: ['economy'] }),
];

/** `n` notes on one name, a minute apart, the newest last; their bodies say which is which ("n 7"). */
export const notesOnOneName = (n: number): Note[] =>
  Array.from({ length: n }, (_, i) => ({
    ...base(1, {}),
    id: `0b1c2d3e-0000-4000-8000-${(4096 + i).toString(16).padStart(12, '0')}`,
    updated: Date.parse('2024-03-11T10:00:00Z') + i * 60_000,
    quote: { exact: 'قال أيمن الصفدي', prefix: '', suffix: '' },
    entity: { id: 'Q1000', type: 'person', english: 'Ayman Safadi', arabic: 'أيمن الصفدي' },
    body: `n ${i}`,
  }));
