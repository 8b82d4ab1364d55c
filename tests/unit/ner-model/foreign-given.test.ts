import { describe, expect, it } from 'vitest';
import { foreignGivenName } from '../../../lib/ner/foreign-given';

const CASES: [word: string, expected: boolean][] = [
  ['خوسي', true],
  ['استيوارت', true],
  ['ناريندرا', true],
  // Must not match: everyday words, places, an Arabic given name the other lists hold.
  ['الكتاب', false],
  ['لندن', false],
  ['محمد', false],
  ['استوارد', false],
];

describe('foreignGivenName', () => {
  it.each(CASES)('%s → %s', (word, expected) => expect(foreignGivenName(word)).toBe(expected));
});
