// Article words: which keys count as one, and which spelling wins when no table holds the word.
import { describe, expect, it } from 'vitest';
import { articleSpelling, hasArticle } from '@/lib/translit/article';
import type { Candidate } from '@/lib/translit/decode';

describe('hasArticle', () => {
  it.each([
    ['الاسد', true],
    ['الجويني', true],
    ['الله', false], // Allah, not al- + lah
    ['الم', false], // a stem of one letter
    ['ال', false],
    ['اسد', false],
    ['والي', false], // the article not at the start
  ])('%s: %s', (key, want) => {
    expect(hasArticle(key)).toBe(want);
  });
});

describe('articleSpelling', () => {
  const model = (spellings: Record<string, Candidate>) => (key: string) => spellings[key];
  it.each([
    [
      'the whole word when likelier',
      { الجويني: { en: 'jouini', logProb: -10 }, جويني: { en: 'guini', logProb: -12 } },
      'jouini',
    ],
    ['the stem when likelier', { الاسد: { en: 'asd', logProb: -15 }, اسد: { en: 'assad', logProb: -9 } }, 'assad'],
    [
      'the whole word on a tie',
      { الجويني: { en: 'jouini', logProb: -10 }, جويني: { en: 'guini', logProb: -10 } },
      'jouini',
    ],
    ['the stem when the word has none', { جويني: { en: 'guini', logProb: -12 } }, 'guini'],
  ])('%s', (_label, spellings, want) => {
    const key = Object.keys(spellings).find((k) => k.startsWith('ال')) ?? 'الجويني';
    expect(articleSpelling(key, model(spellings))?.en).toBe(want);
  });
  it('nothing when neither is spelled', () => {
    expect(articleSpelling('الجويني', () => undefined)).toBeUndefined();
  });
});
