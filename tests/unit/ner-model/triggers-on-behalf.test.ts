// باسم after a spokesman's title is "on behalf of" (the body follows), not the name Bassem.
import { describe, expect, it } from 'vitest';
import { ruleSpanTexts } from './rule-spans';

describe('ruleSpans: on behalf of', () => {
  const CASES: [text: string, expected: string[]][] = [
    // must not match: باسم right after a spokesman's noun or its adjectives
    ['وقال المتحدث العسكري باسم الجماعة إن', []],
    ['وقالت الناطقة الرسمية باسم الحكومة إن', []],
    // the name Bassem after another title, with or without an adjective
    ['وقال الوزير باسم الطويسي إن', ['person:باسم']], // the rule takes the listed name; the engine the rest
    ['وقال الوزير السابق باسم عوض إن', ['person:باسم عوض']],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(ruleSpanTexts(text).filter((s) => s.startsWith('person:'))).toEqual(expected);
  });
});
