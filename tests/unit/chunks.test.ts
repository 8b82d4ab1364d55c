import { describe, expect, it } from 'vitest';
import { addChunk, chunkText, readingOrder, type ChunkAnnotation } from '@/lib/chunks';
import type { EntityMention } from '@/lib/types';

const para = (n: number, words = 20) => Array.from({ length: words }, (_, i) => `كلمة${n}_${i}`).join(' ') + '.';
const text = Array.from({ length: 40 }, (_, i) => para(i)).join('\n\n');

describe('chunkText', () => {
  it('leaves a text within the size whole (an ordinary article is one chunk)', () => {
    expect(chunkText('قال الرئيس.', 100)).toEqual([{ start: 0, end: 11 }]);
    expect(chunkText('', 100)).toEqual([{ start: 0, end: 0 }]);
  });

  it('covers the text without gaps or overlaps, each piece within the size, cut after a paragraph break', () => {
    const chunks = chunkText(text, 1000);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks[0]!.start).toBe(0);
    expect(chunks.at(-1)!.end).toBe(text.length);
    for (let i = 0; i < chunks.length; i++) {
      const c = chunks[i]!;
      expect(c.end - c.start).toBeLessThanOrEqual(1000);
      if (i > 0) expect(c.start).toBe(chunks[i - 1]!.end);
      if (i < chunks.length - 1) expect(text.slice(c.end - 2, c.end)).toBe('\n\n');
    }
  });

  it.each([
    ['no paragraph breaks: after a sentence', 'جملة قصيرة هنا. '.repeat(100), /\. $/],
    ['one long sentence: after a space, never inside a word', 'كلمة '.repeat(300), / $/],
  ])('%s', (_name, t, endsWith) => {
    const chunks = chunkText(t, 500);
    for (const c of chunks.slice(0, -1)) expect(t.slice(c.start, c.end)).toMatch(endsWith);
  });

  it('cuts an unbroken run of letters where the size ends (nothing better exists)', () => {
    expect(chunkText('ب'.repeat(25), 10)).toEqual([
      { start: 0, end: 10 },
      { start: 10, end: 20 },
      { start: 20, end: 25 },
    ]);
  });
});

describe('readingOrder', () => {
  const chunks = Array.from({ length: 10 }, (_, i) => ({ start: i * 100, end: (i + 1) * 100 }));
  it.each([
    ['the reader at the top: forward from there', 0, 450, [0, 1, 2, 3]],
    ['the reader in the middle: that chunk, then after and before in turn', 550, 450, [5, 6, 4, 7]],
    ['the reader at the end: backwards once nothing is left after', 999, 450, [9, 8, 7, 6]],
    ["a budget below one chunk still reads the reader's chunk", 550, 10, [5]],
    ['a budget above the page reads it all', 0, 5000, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]],
    ['an anchor past the text reads from the end', 5000, 250, [9, 8]],
  ])('%s', (_name, anchor, budget, want) => {
    expect(readingOrder(chunks, anchor, budget)).toEqual(want);
  });
});

describe('addChunk', () => {
  const mention = (start: number, id: string, text = 'سليم حداد'): EntityMention => ({
    start,
    end: start + text.length,
    text,
    type: 'person',
    english: null,
    romanized: '',
    id,
    known: id.startsWith('Q'),
  });
  const key = (e: EntityMention) => `${e.type}:${e.text}`;

  it('shifts offsets onto the page, keeps known ids, and gives one unknown name one id across chunks', () => {
    const page: ChunkAnnotation = { entities: [], dates: [], facts: {} };
    const ids = new Map<string, string>();
    addChunk(
      page,
      {
        entities: [mention(0, 'doc:1'), mention(20, 'Q1', 'القاهرة')],
        dates: [{ start: 30, end: 34, text: '2020', value: '2020', calendar: 'gregorian' }],
        facts: { Q1: [] },
      },
      1000,
      ids,
      key,
    );
    // The next call numbers its own unknown names from doc:1 again.
    addChunk(
      page,
      { entities: [mention(5, 'doc:1', 'ليلى حداد'), mention(40, 'doc:2')], dates: [], facts: {} },
      5000,
      ids,
      key,
    );
    expect(page.entities.map((e) => [e.start, e.id])).toEqual([
      [1000, 'doc:1'],
      [1020, 'Q1'],
      [5005, 'doc:2'],
      [5040, 'doc:1'],
    ]);
    expect(page.dates[0]).toMatchObject({ start: 1030, end: 1034 });
    expect(page.facts).toHaveProperty('Q1');
  });

  it('does not merge two different unknown names of one chunk', () => {
    const page: ChunkAnnotation = { entities: [], dates: [], facts: {} };
    addChunk(
      page,
      { entities: [mention(0, 'doc:1'), mention(20, 'doc:2', 'ليلى حداد')], dates: [], facts: {} },
      0,
      new Map(),
      key,
    );
    expect(new Set(page.entities.map((e) => e.id)).size).toBe(2);
  });
});
