// Rule spans stop at common words (the data-driven list in lib/ner/common-words.generated.json),
// title words are never a name, and national teams named by their country are organisations.
import { describe, expect, it } from 'vitest';
import { cueLexicon } from '../../../lib/ner/cues';
import { imperfectShaped } from '../../../lib/ner/rule-words';
import { ruleSpanTexts } from './rule-spans';
import { normalizeText } from '../../../lib/text';

const spans = (text: string): string[] => ruleSpanTexts(text);

describe('ruleSpans stops at common words', () => {
  const cases: [string, string[]][] = [
    ['وقال الرئيس الأمريكي ليندون جونسون عدم وجود خطة', ['person:ليندون جونسون']],
    ['وسجل المهاجم ألكسندر ميتروفيتش هدفين في المباراة', ['person:ألكسندر ميتروفيتش']],
    ['استقبل ولي العهد رئيس مجلس الوزراء', ['organization:مجلس الوزراء']],
    [
      'فاز منتخب مصر لكرة القدم على منتخب ساحل العاج',
      ['organization:منتخب مصر لكرة القدم', 'organization:منتخب ساحل العاج'],
    ],
    ['قال الوزير سيرغي لافروف إن', ['person:سيرغي لافروف']],
    ['قصفت الطائرات مدينتي الهرمل وبعلبك', ['place:الهرمل']],
    ['زار الوفد مدن كثيرة', []],
    ['قالت لجنة الانتخابات المركزية إن', ['organization:لجنة الانتخابات المركزية']],
    ['قرر مجلس الإدارة أمس', []],
    ['وقالت السفيرة ليندا توماس غرينفيلد إن', ['person:ليندا توماس غرينفيلد']],
    ['قال ممثل الشركة إن', []],
    ['وقال الحاج عبد الله يوسف إن الحر شديد', ['person:عبد الله يوسف']],
    ['نقلتها قناة "تي في 5" الفرنسية', ['organization:تي في 5']],
    ['وقالت صحيفة «هآرتس» إن', ['organization:هآرتس']],
    ['وقال رئيس تحرير جريدة الوفاق إن', ['organization:الوفاق']],
    ['وقال حزب العمال إن', ['organization:حزب العمال']],
    // quotes written as a lone hamza, at times doubled
    ['ذكرت صحيفة ء دايلي ميرور ء امس أن', ['organization:دايلي ميرور']],
    ['وقال لصحيفة ء ء نيوز اوف ذا وورلد ء ء البريطانية', ['organization:نيوز اوف ذا وورلد']],
    // must not match: a quoted function word, an unclosed quote, empty quotes
    ['وكتبت صحيفة "إن الوضع', []],
    ['وكتبت صحيفة ء إن الوضع', []],
    ['وكتبت صحيفة ء ء ان الوضع', []],
    ['نقل الموقوف إلى مركز الشرطة', []],
    ['ونفذت غارات على بلدات الجنوب', []],
    // must not match: the definite team with its nisba (a demonym), an anaphoric or generic team,
    // a title word after a title, a form-X verb with a Slavic-looking ending
    ['وخسر المنتخب الأوزبكستاني المباراة', []],
    ['وكانت المباراة صعبة عندما يستضيف الفريق ضيفه', []],
    ['وقال إن البرلمان سيستضيف الوزير', []],
    ['في البلاد التي تستضيف البطولة', []],
    ['وخسر المنتخب الوطني المباراة', []],
    ['وقال المنتخب إن', []],
    ['وشكر منتخب الشباب الجمهور', []],
    ['وقال إن أوزبكستان منتخب قوي', []],
    ['وسيكون سادس منتخب يشرف عليه المدرب', []],
    ['وعين مدربا للمنتخب خلفا للمدرب السابق', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it('the common-word list holds function words and verbs, not given names', () => {
    const lex = cueLexicon();
    for (const w of ['عدم', 'خلال', 'ذلك']) expect(lex.common.has(normalizeText(w)), w).toBe(true);
    for (const w of ['محمد', 'جورج', 'باريس']) expect(lex.common.has(normalizeText(w)), w).toBe(false);
  });
});

describe('ruleSpans names parties and blocs by their adjectives', () => {
  const countryNisba = (w: string) => ['الروسي', 'الاميركي', 'العراقي'].includes(w);
  const cases: [string, string[]][] = [
    ['وتملك الكتلة الصدرية ثلاثين مقعدا', ['organization:الكتلة الصدرية']],
    ['وقال الحزب الديمقراطي الكردستاني إن', ['organization:الحزب الديمقراطي الكردستاني']],
    ['وانتقد التيار الصدري القرار', ['organization:التيار الصدري']],
    // a listed adjective of rank goes on after a nisba that names; a proclitic stays on the head
    ['وفاز الحزب الاشتراكي الموحد بعشرة مقاعد', ['organization:الحزب الاشتراكي الموحد']],
    ['وأكد بيان للحزب الديمقراطي الكردي أن', ['organization:للحزب الديمقراطي الكردي']],
    ['ورحب المجلس الإسلامي الأعلى بالاتفاق', ['organization:المجلس الإسلامي الأعلى']],
    ['وقرر المجلس البلدي في جلسته', ['organization:المجلس البلدي']],
    ['وانسحبت الحركة الوطنية الديمقراطية من', ['organization:الحركة الوطنية الديمقراطية']],
    // must not match: a generic adjective, a country's adjective alone, a head without adjective
    ['وقال الحزب الحاكم إن', []],
    ['وقال الحزب الروسي إن', []],
    ['وفازت الكتلة البرلمانية بالتصويت', []],
    ['وقال الحزب إن', []],
    // must not match: a listed noun after the adjectives, an adjective of rank alone or after a
    // country's, a movement with one listed adjective or none, a council with a country's adjective
    ['وقاد الحزب الديمقراطي التغيير في البلاد', ['organization:الحزب الديمقراطي']],
    ['وقال الحزب الحر إن', []],
    ['وقال الحزب الروسي الموحد إن', []],
    ['وتحدث زعيم الحركة الوطنية عن الاستقلال', []],
    ['وتحدث زعيم الحركة الإسلامية المسلحة عن', []],
    ['وقال المجلس الروسي إن', []],
    // must not match: a front of a war named by its direction (the northern front)
    ['وقال الضابط إن الهدوء يسود الجبهة الشمالية منذ أيام', []],
    ['واشتد القتال على الجبهة الجنوبية أمس', []],
    ['وتقدمت القوات على الجبهة الشرقية', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(ruleSpanTexts(text, countryNisba)).toEqual(expected);
  });
});

describe('imperfectShaped', () => {
  const cases: [string, boolean][] = [
    ['يدعو', true],
    ['تؤكد', true],
    ['سيستضيف', true],
    ['ستعقد', true],
    // must not match: long words, a س that opens no verb, other letters
    ['تيموشينكو', false],
    ['سلمان', false],
    ['سامي', false],
    ['محمد', false],
  ];
  it.each(cases)('%s → %s', (w, expected) => {
    expect(imperfectShaped(normalizeText(w))).toBe(expected);
  });
});
