// Persons named just before a comma and a title, or before their age in brackets.
import { describe, expect, it } from 'vitest';
import { appositions } from '@/lib/engine/appositions';
import type { Doc } from '@/lib/engine/types';
import { cueLexicon } from '@/lib/ner/cues';
import { foldLoose } from '@/lib/text/normalize';
import { tokenize } from '@/lib/text/tokens';

const cues = cueLexicon();

/** The persons found in text; words of `taken` stand for names other stages found. */
function found(text: string, taken: string[] = [], sports = false): string[] {
  const tokens = tokenize(text);
  const doc: Doc = { text, tokens, keys: tokens.map((t) => foldLoose(t.norm)) };
  return appositions(doc, cues, (i) => taken.includes(tokens[i]!.text), sports).map((c) =>
    text.slice(tokens[c.start]!.start, tokens[c.end - 1]!.end),
  );
}

describe('appositions', () => {
  const CASES: [text: string, taken: string[], expected: string[]][] = [
    ['والنص الذي اقترحه سبيكتر ، رئيس لجنة الشؤون القضائية ، يمنح المحكمة سلطة', [], ['سبيكتر']],
    ['وتوفيت كو يونغ هوي ، الممثلة السابقة ، أمس', [], ['كو يونغ هوي']],
    ['وشارك وسامر حداد ، أحد مؤسسي الجمعية', [], ['وسامر حداد']],
    ['وأكد ذلك رباح المهنا ، عضو المكتب السياسي', [], ['رباح المهنا']],
    ['وقال فادي كرم (45 عاما) إنه فقد منزله', [], ['فادي كرم']],
    ['ونقل المسعفون الطفل سامر ( 12 عاماً ) إلى المستشفى', [], ['سامر']],
    ['وتحدثت ماريا لوبيز (34 سنة) عن رحلتها', [], ['ماريا لوبيز']],
    ['وصرح أمس بخصوص فينغر ( 56 عاما ) الذي يحتفل', [], ['فينغر']],
    // between two commas after a title and its adjectives
    ['وقدم النائب الجمهوري ، جيمس ويب ، اقتراحا', [], ['جيمس ويب']],
    ['وقال المدير ، جون ماير ، إن الشركة رابحة', [], ['جون ماير']],
    ['وقال المدير ، في المقابل ، إن الشركة رابحة', [], []],
    ['وقال المدير ، حسبما أفاد ، إن الشركة رابحة', [], []],
    ['وزار القرية ، جون ماير ، أمس', [], []],
    // must not match: a common word, a title or cue noun, a plural, a feminine noun, a definite
    // noun, a word with a proclitic, a known name, a town after في
    ['وقال المسؤول ، رئيس القسم ، إن الأمر انتهى', [], []],
    ['وفي الاجتماع ، رئيس الوزراء يتحدث', [], []],
    ['وقال مسؤولون ، رئيسهم غائب', [], []],
    ['وحضر المعارض البارز ، رئيس الحزب', [], []],
    ['وبعد زيارة ، رئيس الوزراء يعود', [], []],
    ['وقال بوتين ، رئيس روسيا ، إن', ['بوتين'], []],
    ['وفي كراتشي ، رئيس الوزراء يلتقي الوفد', [], []],
    ['اجتمعوا في كراتشي ، رئيس الوزراء بينهم', [], []],
    ['وصلت إلى مدينة بيشاور ، رئيس البلدية في استقبالها', [], []],
    // must not match: no title after the comma, a number that is no age, four name words or more
    ['وقال سبيكتر ، إن الاقتراح جاهز', [], []],
    ['وقال سبيكتر ، وزارة الدفاع ترفض', [], []],
    ['واشترى كمبيوتر ( 500 دولار ) من المتجر', [], []],
    ['وبلغ عدد الضحايا ( 45 عاما ) من العنف', [], []],
    ['وقال خوسيه لويس رودريغيث ثاباتيرو ، رئيس الحكومة', [], []],
  ];
  it.each(CASES)('%s', (text, taken, expected) => {
    expect(found(text, taken)).toEqual(expected);
  });
});

describe('appositions: a title in construct right after the name, with no comma', () => {
  const CASES: [text: string, taken: string[], expected: string[]][] = [
    ['وأيد إياد الألوسي رئيس حزب الأمة العراقية الاقتراح', [], ['إياد الألوسي']],
    ['وسوف يكون طاهر عبدالعزيز مدير الفريق في استقبال اللاعبين', [], ['طاهر عبدالعزيز']],
    ['وأكد يوسف القرضاوي الأمين العام للاتحاد أن', [], ['يوسف القرضاوي']],
    // must not match: one word, no listed first name, a title with its article or with nothing to
    // govern, a known name, a word with its و
    ['وأكد سعيد رئيس الحزب أن', [], []],
    ['وأيد مثال الألوسي رئيس حزب الأمة العراقية الاقتراح', [], []],
    ['وقال المسؤول الكبير رئيس القسم إن', [], []],
    ['وسوف يكون طاهر عبدالعزيز الرئيس الجديد', [], []],
    ['وسوف يكون طاهر عبدالعزيز رئيس .', [], []],
    ['وقال سعد الحريري رئيس الحكومة إن', ['سعد', 'الحريري'], []],
    ['التقى الوفد وسامر حداد رئيس الجمعية', [], []],
    ['وقال ممثلو المنظمات رئيس الوفد', [], []],
    ['فربما يستيقظ ليوناردو صباح أحد الأيام', [], []],
    ['لا يخلو من نجم أو نجمة ليقدم إحدى البرامج', [], []],
  ];
  it.each(CASES)('%s', (text, taken, expected) => {
    expect(found(text, taken)).toEqual(expected);
  });
});

describe('appositions: the minute of a goal on a sports page', () => {
  const CASES: [text: string, sports: boolean, expected: string[]][] = [
    ['وأضاف مروان الشماخ ( 53 ) الهدف الثاني', true, ['مروان الشماخ']],
    ['بعد تمريرة عرضية من رييس ( 27 ) تابعها المهاجم', true, ['رييس']],
    // must not match: not a sports page, a common word before the minute, a number past a match
    ['وأضاف مروان الشماخ ( 53 ) الهدف الثاني', false, []],
    ['وسدد الكرة بسهولة داخل المرمى ( 20 )', true, []],
    ['وأصدر مجلس الأمن القرار رقم ( 1701 )', true, []],
    ['وسجل بيدرو ( 150 ) هدفا في مسيرته', true, []],
  ];
  it.each(CASES)('%s (%s)', (text, sports, expected) => {
    expect(found(text, [], sports)).toEqual(expected);
  });
});
