// A pronoun right after a verb of saying is the speaker speaking of himself (or to his listeners),
// never a person's name, whichever stage read it as one (lib/engine/speakers.ts, guess-join.ts).
import { describe, expect, it } from 'vitest';
import { defaultEngine } from '@/lib/engine/default-data';
import { pronounAfterSaying } from '@/lib/engine/speakers';
import { tokenize } from '@/lib/text/tokens';

const engine = defaultEngine();
const persons = (text: string): string[] =>
  engine
    .annotate(text)
    .entities.filter((m) => m.type === 'person')
    .map((m) => m.text);

describe('a pronoun after a verb of saying', () => {
  const CASES: [text: string, expected: string[]][] = [
    ['واضاف انا مؤمن ان العراق قادر على ان ينهض', []],
    ['وقال نحن مستعدون ان نساعد', []],
    // must still be names: Anna after a feminine verb, a name after the verb, a pronoun elsewhere
    ['وقالت آنا بوليتكوفسكايا إن الوضع صعب', ['آنا بوليتكوفسكايا']],
    ['وقال أحمد المسماري إن القوات تقدمت', ['أحمد المسماري']],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('pronounAfterSaying', () => {
  const CASES: [text: string, index: number, expected: boolean][] = [
    ['واضاف انا مؤمن', 1, true],
    ['وقال نحن مستعدون', 1, true],
    ['قلت له انت محق', 2, false],
    ['وقالت آنا سميث', 1, false],
    ['وقالت انا سميث', 1, false],
    ['رأيت انا الحادث', 1, false],
    ['وقال أحمد إن', 1, false],
  ];
  it.each(CASES)('%s @%i', (text, index, expected) => {
    expect(pronounAfterSaying(tokenize(text), index)).toBe(expected);
  });
});
