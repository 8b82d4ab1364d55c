// A place noun written with the pronoun's ه (محافظه: "its governor") is no place noun, though
// normalising ة to ه makes it one word with محافظة (a governorate).
import { describe, expect, it } from 'vitest';
import { pronounEnding } from '../../../lib/ner/triggers';
import { tokenize } from '../../../lib/text';
import { ruleSpanTexts } from './rule-spans';

describe('pronounEnding', () => {
  it.each([
    ['محافظه', true],
    ['مدينتُهُ', true], // vowel marks after the pronoun
    ['محافظة', false],
    ['المدينة', false],
    ['بغداد', false],
  ])('%s → %s', (word, expected) => {
    expect(pronounEnding(tokenize(word)[0]!)).toBe(expected);
  });

  it('is false where the caller has no written form', () => {
    expect(pronounEnding({ norm: 'محافظه', kind: 'arabic' } as never)).toBe(false);
  });
});

describe('place nouns with the pronoun name no place', () => {
  it.each([
    ['وقال محافظه أيمن السياري إن التضخم', []],
    ['وزار محافظة إدلب أمس', ['place:إدلب']],
  ])('%s', (text, expected) => {
    expect(ruleSpanTexts(text)).toEqual(expected);
  });
});
