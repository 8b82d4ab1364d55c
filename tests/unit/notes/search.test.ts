import { describe, expect, it } from 'vitest';
import { groupNotes } from '@/lib/notes/search';
import { note } from './sample';

const notes = [
  note(),
  note({
    id: 'n2',
    entity: { id: 'Q1', type: 'place', english: 'Amman', arabic: 'عمّان' },
    quote: { exact: 'عمّان', prefix: '', suffix: '' },
    body: 'venue',
    tags: ['jordan'],
    site: 'other.example',
    url: 'https://other.example/x',
    updated: Date.parse('2024-03-13T00:00:00Z'),
  }),
  note({
    id: 'n3',
    entity: null,
    quote: { exact: 'هُدْنَةٌ إنسانيةٌ', prefix: '', suffix: '' },
    body: 'ceasefire wording',
    tags: [],
  }),
  note({
    id: 'n4',
    entity: null,
    quote: { exact: 'مسؤولي الأمم المتحدة', prefix: '', suffix: '' },
    body: '',
    tags: [],
  }),
];

describe('groupNotes', () => {
  it('groups by article and by entity, newest first', () => {
    expect(groupNotes(notes, 'article').map((g) => g.key)).toEqual([
      'https://other.example/x',
      'https://news.example/a/1',
    ]);
    const byEntity = groupNotes(notes, 'entity');
    expect(byEntity.map((g) => g.label)).toEqual(['Amman', 'António Guterres', '']);
  });
});
