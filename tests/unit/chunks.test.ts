import { describe, expect, it } from 'vitest';
import {
  addChunk,
  addChunkSteps,
  chunkSteps,
  chunkText,
  mergeByStart,
  readingOrder,
  sentenceSteps,
  type ChunkAnnotation,
} from '@/lib/chunks';
import { sentences } from '@/lib/text/tokens';
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

describe('chunkSteps', () => {
  it('pauses after each chunk cut and ends with the chunks chunkText gives', () => {
    const text = Array.from({ length: 40 }, (_, i) => `فقرة رقم ${i} من النص.`).join('\n\n');
    const steps = chunkSteps(text, 120);
    let pauses = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pauses++;
    expect(r.value).toEqual(chunkText(text, 120));
    expect(pauses).toBe(r.value.length - 1);
    expect(pauses).toBeGreaterThan(3);
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

  it('in steps, pauses every few entities and ends with what one call gives', () => {
    const chunk = {
      entities: Array.from({ length: 7 }, (_, i) => mention(i * 20, `doc:${(i % 3) + 1}`, `اسم ${i % 3}`)),
      dates: [],
      facts: {},
    };
    const whole: ChunkAnnotation = { entities: [], dates: [], facts: {} };
    addChunk(whole, chunk, 100, new Map(), key);
    const stepped: ChunkAnnotation = { entities: [], dates: [], facts: {} };
    const steps = addChunkSteps(stepped, chunk, 100, new Map(), key, 3);
    let pauses = 0;
    while (!steps.next().done) pauses++;
    expect(pauses).toBe(2);
    expect(stepped).toEqual(whole);
  });
});

describe('sentenceSteps', () => {
  const run = (t: string, from: number, to: number, step: number) => {
    const steps = sentenceSteps(t, from, to, step);
    let pauses = 0;
    for (let r = steps.next(); ; r = steps.next(), pauses++) if (r.done) return { spans: r.value, pauses };
  };
  const whole = (t: string, from: number, to: number) =>
    sentences(t.slice(from, to)).map((s) => ({ start: s.start + from, end: s.end + from }));

  it.each([
    ['paragraphs', text, 0, text.length, 50],
    ['a slice of the text, not at a break', text, 137, 2900, 200],
    ['one line, no break to cut at', 'جملة قصيرة هنا. '.repeat(300), 0, 4800, 100],
    ['CRLF, an initial before a break, digits, closers', 'قال د.\r\nمحمد إن 3.5\n«نعم.»\n\nو. ب. ج.\n', 0, 37, 1],
    ['empty lines and spaces only', '\n\n  \n \n', 0, 7, 1],
    ['empty range', text, 10, 10, 5],
  ])('%s: the same spans as one call on the whole', (_name, t, from, to, step) => {
    expect(run(t, from, to, step).spans).toEqual(whole(t, from, to));
  });

  it('pauses between pieces of a long text, and not on a short one', () => {
    expect(run(text, 0, text.length, 500).pauses).toBeGreaterThan(10);
    expect(run('جملة. أخرى.', 0, 11, 500).pauses).toBe(0);
  });
});

describe('mergeByStart', () => {
  const at = (start: number, tag = '') => ({ start, tag });
  it.each([
    ['both empty', [], [], []],
    ['one side empty', [at(1), at(5)], [], [1, 5]],
    ['interleaved', [at(1), at(5), at(9)], [at(2), at(6)], [1, 2, 5, 6, 9]],
    ['a later chunk before an earlier one', [at(50), at(60)], [at(3), at(4)], [3, 4, 50, 60]],
  ])('%s', (_n, a, b, starts) => {
    expect(mergeByStart(a, b).map((x) => x.start)).toEqual(starts);
  });
  it('keeps the first list first on equal starts (as a stable sort of both would)', () => {
    expect(mergeByStart([at(4, 'a')], [at(4, 'b')]).map((x) => x.tag)).toEqual(['a', 'b']);
  });
});
