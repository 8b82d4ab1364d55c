// A guessed one-word place that news writes as a plain word (منطقة الجزاء, العاصمة تحتم) is no place;
// a town's name, a word the name lists hold and a known place stay.
import { describe, expect, it } from 'vitest';
import { createEngine } from '@/lib/engine';
import { cueLexicon } from '@/lib/ner/cues';
import { plainPlaceWord } from '@/lib/engine/plain-places';
import { normalizeText } from '@/lib/text';
import type { GazetteerEntry } from '@/lib/types';
import { foundBy, smallData } from './fixture';

const cues = cueLexicon();

describe('plain words read as places', () => {
  const WORDS: [word: string, plain: boolean][] = [
    ['الجزاء', true],
    ['اليورو', true],
    ['تحتم', true],
    ['يحظر', true],
    ['العهد', true],
    // must not match: towns, names, longer words in ي or ت, a preposition on a name
    ['سيبيريا', false],
    ['سنورس', false],
    ['جاوا', false],
    ['بوداي', false],
    ['تطوان', false],
    ['يبرود', false],
    ['بريست', false],
  ];
  it.each(WORDS)('%s', (word, plain) => {
    expect(plainPlaceWord(normalizeText(word), cues)).toBe(plain);
  });

  const EXTRA: GazetteerEntry[] = [
    { id: 'Q90', type: 'place', en: 'Paris', ar: ['باريس'], desc: 'Capital of France', country: 'FR' },
  ];
  const found = foundBy(createEngine(smallData({}, EXTRA)));
  const CASES: [input: string, expected: string[]][] = [
    ['وسدد الكرة من داخل منطقة الجزاء', []],
    ['وقال إن ظروف العاصمة تحتم علينا التوقف', []],
    // must not match: a town after its place noun, a known place
    ['ووصلت القوات إلى مدينة سنورس', ['place:سنورس']],
    ['ووصل إلى باريس أمس', ['place:باريس']],
  ];
  it.each(CASES)('%s', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});
