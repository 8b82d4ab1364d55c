// Place nouns followed by no place: an adjective, a noun with its pronoun, an action's object.
import { describe, expect, it } from 'vitest';
import { ruleSpanTexts } from './rule-spans';

describe('place nouns that name no place', () => {
  const CASES: [text: string, expected: string[]][] = [
    ['وسقطت قذيفة في قضاء الزبير جنوب البصرة', ['place:الزبير']],
    ['وقال سكان منطقة تلعفر إن', ['place:تلعفر']],
    ['ونزح السكان إلى مخيم جنين', ['place:جنين']],
    // must not match: an adjective, a noun with its pronoun, spending the holiday
    ['وهي منطقة حرة بعيدة عن القرار', []],
    ['وهونغ كونغ كميناء حر يطبق سياسة الانفتاح', []],
    ['تقع على منطقة مساحتها 28 هكتارا', []],
    ['اتخذوا قرار قضاء العطلة في فرنسا', []],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(ruleSpanTexts(text)).toEqual(expected);
  });
});
