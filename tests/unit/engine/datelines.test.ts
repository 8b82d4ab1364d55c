// Datelines: the town a story was filed from opens its first line, before a dash or the agency.
import { describe, expect, it } from 'vitest';
import { datelines } from '@/lib/engine/datelines';
import type { Doc } from '@/lib/engine/types';
import { foldLoose } from '@/lib/text/normalize';
import { tokenize } from '@/lib/text/tokens';

/** Words of `common` stand for common words and given names, words of `taken` for names other stages found. */
function found(text: string, taken: string[] = [], common: string[] = []): string[] {
  const tokens = tokenize(text);
  const doc: Doc = { text, tokens, keys: tokens.map((t) => foldLoose(t.norm)) };
  return datelines(
    doc,
    (i) => !common.includes(tokens[i]!.text),
    (i) => taken.includes(tokens[i]!.text),
  ).map((c) => text.slice(tokens[c.start]!.start, tokens[c.end - 1]!.end));
}

describe('datelines', () => {
  const CASES: [text: string, taken: string[], common: string[], expected: string[]][] = [
    ['جنديرس - أحيا سكان شمال غربي سوريا الذكرى', [], [], ['جنديرس']],
    ['مقدمة\nسرمدا (رويترز) - قال مسؤولون في المدينة', ['رويترز'], [], ['سرمدا']],
    ['مقدمة\n\nجنديرس - أحيا سكان شمال غربي سوريا الذكرى\n', [], [], ['جنديرس']],
    ['سرمدا (رويترز) قال مسؤولون في المدينة', ['رويترز'], [], ['سرمدا']],
    ['رأس العين – قال مسؤولون محليون إن', [], [], ['رأس العين']],
    // must not match: a byline, a match line, a word other stages named, a common word, not at a
    // line's start, an aside in brackets, a dash ending the line
    ['متابعة - صلاح عبدالغني : يبدو أن العرض', [], [], []],
    ['بيهورا - ستيوا 1 - 1 في المباراة', [], [], []],
    ['عمان - أعلنت الحكومة الأردنية أنها', ['عمان'], [], []],
    ['عواصم - أعلنت الحكومات أنها', [], ['عواصم'], []],
    ['وقال إن جنديرس - وهي بلدة - تضررت', [], [], []],
    ['السلالة الهندية ( الاسد الهندي ) سلالة كبيرة', [], [], []],
    ['جنديرس -\nأحيا سكان شمال غربي سوريا الذكرى', [], [], []],
    // must not match: a definite word (a newspaper, a noun), an aside between dashes, sources
    // one after another, a fixture with countries in brackets
    ['الدستور - ناريمان محمد ماذا يمكن أن تفعل', [], [], []],
    ['وافاد البنك - ومقره العاصمة الفلبينية مانيلا - بان', [], [], []],
    ['عمه - ابو خليل القباني - هو من أوائل', [], [], []],
    ['محيط - الراي - قرر عدد من نجوم السينما', [], [], []],
    ['ليل ( فرنسا ) - ميلان ( ايطاليا ) صفر - صفر', ['فرنسا', 'ميلان', 'ايطاليا'], [], []],
  ];
  it.each(CASES)('%s', (text, taken, common, expected) => {
    expect(found(text, taken, common)).toEqual(expected);
  });
});
