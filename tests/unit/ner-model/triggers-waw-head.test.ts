// A word with its own و right after a title opens the sentence's next noun, not a name, unless a
// name list holds it or the word after the و.
import { describe, expect, it } from 'vitest';
import { ruleSpanTexts } from './rule-spans';

describe('ruleSpans: a و-word right after a title', () => {
  const CASES: [text: string, expected: string[]][] = [
    // listed names that open with و, and a listed name after the و
    ['وقال الرئيس وليد جنبلاط إن', ['person:وليد جنبلاط']],
    ['وقال الوزير وائل أبو فاعور إن', ['person:وائل أبو فاعور']],
    ['وقال الرئيس ومحمد سالم إن', ['person:ومحمد سالم']],
    // must not match: a noun with its و after a kin noun or a title
    ['وسافر مع زوجته وحراس شخصيين أمس', []],
    ['انهزم الملك وأسره عدوه ملك', []],
    ['وكانت معه ابنتها ومصور العائلة', []],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(ruleSpanTexts(text)).toEqual(expected);
  });
});
