import type { Note } from '@/lib/protocol/note';

/** The i-th of a run of valid note ids (UUID v4 shape), for stores of many notes. */
export const noteId = (i: number): string => `0b1c2d3e-0000-4000-8000-${String(i).padStart(12, '0')}`;

export function note(over: Partial<Note> = {}): Note {
  return {
    id: '0b1c2d3e-0000-4000-8000-000000000001',
    created: Date.parse('2024-03-12T10:00:00Z'),
    updated: Date.parse('2024-03-12T10:00:00Z'),
    url: 'https://news.example/a/1',
    title: 'غوتيريش يدعو إلى هدنة',
    site: 'news.example',
    publishedAt: '2024-03-12',
    quote: { exact: 'أنطونيو غوتيريش', prefix: 'الأمين العام للأمم المتحدة ', suffix: ' اليوم الثلاثاء' },
    position: { start: 30, end: 45 },
    entity: { id: 'Q311440', type: 'person', english: 'António Guterres', arabic: 'أنطونيو غوتيريش' },
    body: 'UN chief; check his Amman remarks',
    format: 'text',
    tags: ['sudan'],
    ...over,
  };
}
