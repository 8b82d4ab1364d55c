import { describe, expect, it } from 'vitest';
import { filterNotes, groupNotes } from '@/lib/notes/search';
import { note } from './sample';

const notes = [
  note(),
  note({ id: 'n2', entity: { id: 'Q1', type: 'place', english: 'Amman', arabic: 'عمّان' }, quote: { exact: 'عمّان', prefix: '', suffix: '' }, body: 'venue', tags: ['jordan'], site: 'other.example', url: 'https://other.example/x', updated: Date.parse('2024-03-13T00:00:00Z') }),
  note({ id: 'n3', entity: null, quote: { exact: 'هُدْنَةٌ إنسانيةٌ', prefix: '', suffix: '' }, body: 'ceasefire wording', tags: [] }),
  note({ id: 'n4', entity: null, quote: { exact: 'مسؤولي الأمم المتحدة', prefix: '', suffix: '' }, body: '', tags: [] }),
];
const ids = (q: Parameters<typeof filterNotes>[1]) => filterNotes(notes, q).map((n) => n.id);

describe('filterNotes', () => {
  it.each([
    ['Arabic without diacritics finds a diacritised quote', { query: 'هدنة انسانية' }, ['n3']],
    ['hamza variants: غوتيريش with and without alef-hamza in the first name', { query: 'انطونيو' }, ['0b1c2d3e-0000-4000-8000-000000000001']],
    ['shadda in the note does not matter', { query: 'عمان' }, ['n2']],
    ['English, any case', { query: 'GUTERRES' }, ['0b1c2d3e-0000-4000-8000-000000000001']],
    ['every word must match', { query: 'ceasefire amman' }, []],
    ['a filter by type', { type: 'place' as const }, ['n2']],
    ['passages only', { type: 'passage' as const }, ['n3', 'n4']],
    ['a filter by tag', { tag: 'jordan' }, ['n2']],
    ['a filter by site', { site: 'other.example' }, ['n2']],
    ['nothing for a word that is nowhere', { query: 'بغداد' }, []],
  ])('%s', (_name, filter, want) => {
    expect(ids(filter)).toEqual(want);
  });
});

describe('groupNotes', () => {
  it('groups by article and by entity, newest first', () => {
    expect(groupNotes(notes, 'article').map((g) => g.key)).toEqual(['https://other.example/x', 'https://news.example/a/1']);
    const byEntity = groupNotes(notes, 'entity');
    expect(byEntity.map((g) => g.label)).toEqual(['Amman', 'António Guterres', '']);
  });
});
