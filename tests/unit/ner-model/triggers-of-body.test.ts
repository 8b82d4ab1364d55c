// A title's body written with لـ (الرئيس التنفيذي للشركة) between the title and the name: the name
// after it is read when the lists hold its first word.
import { describe, expect, it } from 'vitest';
import { ruleSpanTexts } from './rule-spans';

describe('ruleSpans: a title of a body with لـ', () => {
  const CASES: [text: string, expected: string[]][] = [
    ['وأوضح الرئيس التنفيذي للمستشفى ماجد الفياض أن العملية', ['person:ماجد الفياض']],
    ['وقالت المديرة العامة للمجموعة نادية فتاح إن المشروع', ['person:نادية فتاح']],
    ['وقال المدير العام للشركة خالد الفالح إن', ['person:خالد الفالح']],
    // must not match: the لـ word is who was spoken to, or no listed name follows it
    ['وقال الرئيس للصحفيين إن الوضع صعب', []],
    ['وقال الرئيس التنفيذي للشركة كلاما واضحا', []],
    ['وقال المدير العام للشركة بوكسيل إن', []],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(ruleSpanTexts(text)).toEqual(expected);
  });
});
