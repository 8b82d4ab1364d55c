// The feminine of a definite title that the lists hold in the masculine only (الروائي → الروائية).
import { describe, expect, it } from 'vitest';
import { ruleSpanTexts } from './rule-spans';

describe('ruleSpans: feminine titles', () => {
  const CASES: [text: string, expected: string[]][] = [
    // an adjective between the title and the name is skipped as after any title
    ['وقالت الروائية الشابة سلمى الدسوقي، التي توقع', ['person:سلمى']],
    ['وقالت المحامية هدى الصالح إن الحكم جائر', ['person:هدى الصالح']],
    ['وأكدت الباحثة نورة الكعبي أن', ['person:نورة الكعبي']],
    ['فازت الملاكمة إيمان خليف بالذهب', ['person:إيمان خليف']],
    // must not match: the title's feminine as the adjective of a definite noun, no name after it,
    // a title already listed in the feminine, an indefinite or suffixed form
    ['وقالت العائلة الحاكمة سلمى إن', []],
    ['وجاءت الضربة القاضية محمد', []],
    ['وقالت الباحثة في المركز إن', []],
    ['وقالت الروائية إن', []],
    ['ودعت محاميته سلمى الدسوقي إلى', []],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(ruleSpanTexts(text)).toEqual(expected);
  });
});
