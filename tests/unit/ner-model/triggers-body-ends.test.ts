// Where a body's name after its noun ends: a function word after و or ف, and a span of time with
// its adjective, are the sentence going on; after حركة, a noun of moving or trade is the motion;
// "for the ..." right after a bare noun is a generic body, the tagger's span notwithstanding.
import { describe, expect, it } from 'vitest';
import { genericBody } from '../../../lib/ner/org-triggers';
import { tokenize } from '../../../lib/text';
import { ruleSpanTexts } from './rule-spans';

describe('a function word after و or ف ends the name', () => {
  const CASES: [text: string, expected: string[]][] = [
    ['وقالت صحيفة الأهرام وما زالت الأزمة', ['organization:الأهرام']],
    ['وقال حزب الوفد ومن معه', ['organization:حزب الوفد']],
    ['وقالت مؤسسة الجريسي للنشر والتوزيع', ['organization:مؤسسة الجريسي للنشر والتوزيع']],
    // must not match: the sentence going on after the noun
    ['ففي المكتبة تسعمائة مجلة وما يربو على', []],
    ['ونشرت صحيفة ولا أحد يعلم', []],
    ['وقرأ في مجلة فما وجد شيئا', []],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(ruleSpanTexts(text)).toEqual(expected);
  });
});

describe('an organisation noun after و opens a second body', () => {
  const CASES: [text: string, expected: string[]][] = [
    [
      'لمركز المعلومات القضائي والمركز القومي للدراسات القضائية ، من خلال',
      ['organization:لمركز المعلومات القضائي', 'organization:والمركز القومي للدراسات القضائية'],
    ],
    [
      'وقال المجلس الوطني للثقافة والاتحاد العام للكتاب إن',
      ['organization:المجلس الوطني للثقافة', 'organization:والاتحاد العام للكتاب'],
    ],
    // must not match: a word joined by و that is no organisation noun stays in the name
    ['وقالت مؤسسة الجريسي للنشر والتوزيع', ['organization:مؤسسة الجريسي للنشر والتوزيع']],
    ['وقال المجلس الوطني للثقافة والفنون إن', ['organization:المجلس الوطني للثقافة والفنون']],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(ruleSpanTexts(text)).toEqual(expected);
  });
});

describe('a span of time and its adjective end the name', () => {
  const CASES: [text: string, expected: string[]][] = [
    ['وقال الاتحاد العام للشغل إن', ['organization:الاتحاد العام للشغل']],
    ['وأعلن حزب العمال العام 1990 أنه', ['organization:حزب العمال العام']],
    ['وأعلن حزب العمال الشهر الماضي أنه', ['organization:حزب العمال']],
    ['وأصدرت جمعية الصحفيين العام الماضي بيانا', ['organization:جمعية الصحفيين']],
    ['وستعقد حركة المقاومة الشعبية السنة المقبلة مؤتمرا', ['organization:حركة المقاومة الشعبية']],
    // the time words stay out of the name; a board is no name
    ['قبل انعقاد مجلس الوزراء الأسبوع المقبل لاتخاذ', ['organization:مجلس الوزراء']],
    ['وسيجتمع مجلس الإدارة الشهر المقبل', []],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(ruleSpanTexts(text)).toEqual(expected);
  });
});

describe('حركة before a noun of moving, travel or trade', () => {
  const CASES: [text: string, expected: string[]][] = [
    ['وقالت حركة مجتمع السلم إن', ['organization:حركة مجتمع السلم']],
    ['وقالت حركة شباب المجاهدين إن', ['organization:حركة شباب المجاهدين']],
    ['وقالت حركة أحرار الشام في بيان', ['organization:حركة أحرار الشام']],
    // must not match: the motion itself
    ['وتؤثر حركة دوران القمر على المد', []],
    ['وتزايدت حركة نزوح السكان من المدينة', []],
    ['وتوقفت حركة الطيران المروحي فوق المدينة', []],
    ['وشهدت حركة الملاحة في القناة تراجعا', []],
    ['وتراجعت حركة تداول الأسهم أمس', []],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(ruleSpanTexts(text)).toEqual(expected);
  });
});

describe('a bare organisation noun before an adjective or "for the ..." is a generic body', () => {
  const CASES: [text: string, generic: boolean][] = [
    ['بتكوين اتحاد للقبائل في الوادي', true],
    ['تأسيس اتحاد للناشرين اليمنيين', true],
    ['ويضم مركز للإبداعات الفنية ومتحف', true],
    ['وشكلت لجنة عليا للتحقيق', true],
    // must not match: a name between the noun and its complement, or a definite noun
    ['وقالت مؤسسة الجريسي للنشر والتوزيع', false],
    ['وأصدر مركز الخليج للأبحاث تقريرا', false],
    ['وقال المركز للأبحاث إن', false],
    ['وقال اتحاد الكتاب العرب إن', false],
  ];
  it.each(CASES)('%s', (text, generic) => {
    const tokens = tokenize(text);
    const at = tokens.findIndex((t) => /^(اتحاد|مركز|لجنة|مؤسسة|المركز)$/.test(t.text));
    expect(genericBody(tokens, at)).toBe(generic);
  });
});
