// Organisation nouns read as bodies only with a name after them: counted nouns, actions and places
// (حركة السوق, تنظيم المعرض, مركز القمر), an army's own units and spelled-out letters are not
// names; armed groups keep their unit noun.
import { describe, expect, it } from 'vitest';
import { ruleSpanTexts } from './rule-spans';

describe('organisation nouns that name no body', () => {
  const CASES: [text: string, expected: string[]][] = [
    ['وقالت حركة التوحيد والإصلاح في بيان', ['organization:حركة التوحيد والإصلاح']],
    ['ونظمت حركة المقاومة الشعبية مسيرة', ['organization:حركة المقاومة الشعبية']],
    ['وأصدر مركز الخليج للأبحاث تقريرا', ['organization:مركز الخليج للأبحاث']],
    // must not match: a noun counted by a number, an action or a place named by common nouns
    ['وارتفعت أسهم 32 شركة ارتفاعا في حين', []],
    ['وانخفضت أسهم 26 شركة بينما لم يتغير', []],
    ['ويعد جزءا من حركة السوق اليوم', []],
    ['وتوقفت حركة الطائرات في المطار', []],
    ['التي شاركت في تنظيم المعرض العام الماضي', []],
    ['يجتاز فيها مركز القمر مركز الشمس عندما', []],
    ['وانتشرت كتائب الجيش في المدينة', []],
    ['وشاركت ألوية المشاة في العرض', []],
    ['ونشر الجيش 3 كتائب في المنطقة', []],
    ['في مقابلة مع شبكة سي ان ان', []],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(ruleSpanTexts(text)).toEqual(expected);
  });
});

describe('armed groups', () => {
  const CASES: [text: string, expected: string[]][] = [
    ['اعتقال قائد كتائب ثورة العشرين في بعقوبة', ['organization:كتائب ثورة العشرين']],
    ['وتبنت سرايا الأشتر الهجوم', ['organization:سرايا الأشتر']],
    ['وقالت عصائب أهل الحق إن', ['organization:عصائب أهل الحق']],
    ['وقاتلت ألوية صلاح الدين في الشمال', ['organization:ألوية صلاح الدين']],
    // must not match: an adjective after the noun, a verb
    ['وتقدمت ألوية عسكرية نحو المدينة', []],
    ['وأرسلت ألوية تقاتل في الشمال', []],
    ['وانسحبت الألوية المدرعة من المدينة', []],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(ruleSpanTexts(text)).toEqual(expected);
  });
});

describe('a listed company after its share', () => {
  const CASES: [text: string, expected: string[]][] = [
    ['وقال إن سهم إعمار عاد ليستعيد بريقه', ['organization:إعمار']],
    ['مليون درهم لسهم تمويل و 39 مليونا', ['organization:تمويل']],
    ['ونجح سهم شعاع كابيتال في اختراق حاجز', ['organization:شعاع كابيتال']],
    // must not match: the share's owner, a count or a description, shares in the plural, an arrow
    ['وارتفع سهم الشركة بنسبة 2 في المئة', []],
    ['وبلغ سعر سهم واحد 20 درهما', []],
    ['وتداول 5 ملايين سهم بقيمة 803 ملايين', []],
    ['وحققت أسهم البنوك مكاسب', []],
    ['أصابه سهم طائش في رأسه', []],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(ruleSpanTexts(text)).toEqual(expected);
  });
});
