// Faults found by reading the engine's output on short political news texts of our own
// (scripts/eval/own-news/politics): a feminine title read as a surname, a verbal noun read as a
// third name, and an unlisted name after a definite title left out.
import { describe, expect, it } from 'vitest';
import { extendPerson } from '@/lib/engine/person-extension';
import { personBounds } from '@/lib/engine/person-bounds';
import { cueLexicon } from '@/lib/ner/cues';
import { ruleSpanTexts } from '../ner-model/rule-spans';
import { markedPerson } from './marked-person';

const cues = cueLexicon();

/** The marked guessed person after extension over the word after it. */
function extended(marked: string, isNisba: (key: string) => boolean = () => false): string {
  const { doc, c, words } = markedPerson(marked, 'tagger');
  return words(extendPerson(doc, cues, c, () => true, isNisba));
}

describe('a feminine definite title after a lone given name is not its family name', () => {
  const table: [string, string][] = [
    ['كما التقى [حسين] المبعوثة الأممية في بغداد', 'حسين'],
    ['واستقبل [سمير] القاضية المكلفة بالملف', 'سمير'],
    ['وحضر [خالد] المحامية عن الأسرة', 'خالد'],
    // a family name, and a title's masculine, still join the given name
    ['وقال [سمير] الشواشي إن', 'سمير الشواشي'],
    ['وقال [حسين] الشيخ إن', 'حسين'],
  ];
  it.each(table)('%s', (marked, expected) => {
    expect(extended(marked)).toBe(expected);
  });
});

describe("a family's nisba after a name and its father's is the family name", () => {
  const table: [string, string][] = [
    ['وهنأ رئيس المجلس [خالد بن هلال] المعولي الفائزين', 'خالد بن هلال المعولي'],
    ['وفاز [سالم بن سعيد] الحوسني بالمقعد', 'سالم بن سعيد الحوسني'],
    // a country's adjective, a common adjective, an ordinal or a word with a preposition stays out
    ['وقال [خالد بن هلال] العماني إن', 'خالد بن هلال'],
    ['وأكد [محمد بن راشد] الرسمي', 'محمد بن راشد'],
    ['وتوج [خالد بن هلال] الثاني', 'خالد بن هلال'],
    ['وأكد [محمد بن راشد] للصحفيين', 'محمد بن راشد'],
    // without the father's name the word is not taken
    ['وقال [خالد هلال] المعولي إن', 'خالد هلال'],
  ];
  it.each(table)('%s', (marked, expected) => {
    expect(extended(marked, (k) => k === 'العماني')).toBe(expected);
  });
});

describe('a verbal noun after two name words ends the name', () => {
  const table: [string, string | null][] = [
    ['أعلنت لائحة برئاسة [أسعد زغيب اكتمال] أسمائها', 'أسعد زغيب'],
    ['وأعلن [محمد علي انتخاب] الهيئة', 'محمد علي'],
    ['وطالب [سعيد خالد استكمال] التحقيق', 'سعيد خالد'],
    // a given name of that shape stays, and so does a two-word name
    ['وقالت [منى أحمد انتصار] إن', 'منى أحمد انتصار'],
    ['وقال [أسعد اكتمال] إن', 'أسعد اكتمال'],
  ];
  it.each(table)('%s', (marked, expected) => {
    const { doc, c, words } = markedPerson(marked, 'rule');
    const out = personBounds(doc, cues, c, () => true);
    expect(out && words(out)).toBe(expected);
  });
});

describe("a past verb of form VIII after the tagger's name is the sentence's", () => {
  const table: [string, string | null][] = [
    ['وقالت الشرطة إن المتهم علي [زعيتر اعترف] بالجريمة', 'زعيتر'],
    ['وكان [محمد زعيتر انتقد] القرار', 'محمد زعيتر'],
    ['ثم [سمير الحلبي اجتمع] بالوفد', 'سمير الحلبي'],
    // a foreign name of a like shape, a listed name and a lone word stay
    ['وقال اللاعب [سامي استون] إن', 'سامي استون'],
    ['وقال [جون ايتو] إن', 'جون ايتو'],
    ['وقال [اعترف] إن', 'اعترف'],
  ];
  it.each(table)('%s', (marked, expected) => {
    const { doc, c, words } = markedPerson(marked, 'tagger');
    const out = personBounds(doc, cues, c, () => true);
    expect(out && words(out)).toBe(expected);
  });
});

describe('after a definite title, an unlisted word and a definite word are the name', () => {
  const table: [string, string[]][] = [
    ['وقال النائب مهلهل المضف للصحفيين إن', ['person:مهلهل المضف']],
    ['وأكد العميد جابو الخزرجي أن القوات', ['person:جابو الخزرجي']],
    ['وقال الوزير الكويتي مهلهل المضف إن', ['person:مهلهل المضف']],
    // after an indefinite title the two words are its office, as before
    ['وقال رئيس قسم السياحة إن', []],
    ['وأكد مدير مكتب الوزير أن', []],
    // a country's adjective, a common word or a plural after the unlisted word is no family name
    ['وقال النائب مهلهل الكويتي إن', []],
    ['وقال النائب مهلهل المقبل إن', ['person:مهلهل']],
    ['وقال النائب مهلهل المعتقلين إن', []],
    // a word that may carry a proclitic is a noun of the sentence (المدير السابق لجهاز الاستخبارات)
    ['حضره المدير السابق لجهاز الاستخبارات يوري ساجاي', []],
    ['حضره مدير الاستثمارات الخارجية ووالي الجهة', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(ruleSpanTexts(text, (w) => w === 'الكويتي')).toEqual(expected);
  });
});
