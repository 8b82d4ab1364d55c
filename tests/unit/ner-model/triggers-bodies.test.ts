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
    // a singular unit noun and a definite name
    ['وتبنى لواء أحرار الجنوب الهجوم', ['organization:لواء أحرار الجنوب']],
    ['وأعلن فيلق الرحمن انسحابه', ['organization:فيلق الرحمن']],
    ['وقاتلت كتيبة الفاروق في المدينة', ['organization:كتيبة الفاروق']],
    // must not match: an adjective after the noun, a verb, the army of a state, a rank, a title
    ['وقصف جيش النظام البلدة', []],
    // (علي alone after a definite title at the end is the Imam: a person, no body)
    ['وخمسة آلاف من جيش الإمام علي', ['person:علي']],
    ['بين أنصار الملك وجيش البرلمانيين', []],
    ['ووصل جيش البلاد إلى الحدود', []],
    ['ونشر الجيش لواء المشاة', []],
    ['وترقى إلى رتبة لواء ركن', []],
    ['وقال اللواء أحمد سالم إن', ['person:أحمد سالم']],
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
    // a preposition on the next word is the sentence going on, not the name's second word
    ['وتعرض سهم إعمار لضغوط كبيرة أمس', ['organization:إعمار']],
    ['تلاه سهم أملاك بمعاملات قيمتها 129 مليون درهم', ['organization:أملاك']],
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

describe('a genitive chain that ends in a known place', () => {
  const CASES: [text: string, expected: string[]][] = [
    ['وقال الاتحاد العام لنقابات عمال فلسطين إن', ['organization:الاتحاد العام لنقابات عمال فلسطين']],
    ['وقالت الجبهة الشعبية لتحرير فلسطين إن', ['organization:الجبهة الشعبية لتحرير فلسطين']],
    ['وأعلن اتحاد نقابات عمال مصر رفضه', ['organization:اتحاد نقابات عمال مصر']],
    ['وقال حزب عمال كردستان إن', ['organization:حزب عمال كردستان']],
    ['وأعلنت شركة نفط البصرة زيادة الإنتاج', ['organization:نفط البصرة']], // نفط: ن opens short nouns
    ['وقال المجلس الأعلى للقوات المسلحة إن', ['organization:المجلس الأعلى للقوات المسلحة']],
    // must not match: the chain ends in no known place (a purpose), a verb or a place noun stands in it
    ['استعانة السائح بالشبكة العنكبوتية لإتمام عمليات الشراء', []],
    ['وقال الاتحاد العام لنقابات عمال كثيرين إن', []],
    ['وقال اتحاد نقابات يعمل في مصر', []],
    ['وقال اتحاد نقابات يعد مصر', []], // but ي a short verb
    ['وأعلنت شركة مدينة مصر عن', ['place:مصر']],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(ruleSpanTexts(text, undefined, ['فلسطين', 'مصر', 'كردستان', 'البصرة'])).toEqual(expected);
  });
});
