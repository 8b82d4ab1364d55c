// Agency credits: in a story's opening or closing slots a news agency is an organisation,
// whatever an earlier stage read there.
import { describe, expect, it } from 'vitest';
import { agencyCredits } from '@/lib/engine/agency-credits';
import { ruleGuess, type Doc } from '@/lib/engine/types';
import { foldLoose } from '@/lib/text/normalize';
import { tokenize } from '@/lib/text/tokens';

const GIVEN = ['صالح', 'محمد'];
const COMMON = ['خاص', 'قال', 'عدد', 'من'];

/** Organisations after the stage; `earlier` names [word, type] pairs other stages read (taken from a list). */
function found(text: string, earlier: [string, 'person' | 'place'][] = []): string[] {
  const tokens = tokenize(text);
  const doc: Doc = { text, tokens, keys: tokens.map((t) => foldLoose(t.norm)) };
  const cands = earlier.map(([w, type]) => {
    const i = tokens.findIndex((t) => t.text === w);
    return ruleGuess(i, i + 1, type);
  });
  const taken = (i: number) => earlier.some(([w]) => w === tokens[i]!.text);
  return agencyCredits(doc, cands, {
    plain: (i) => !COMMON.includes(tokens[i]!.text),
    given: (i) => GIVEN.includes(tokens[i]!.text),
    taken,
  })
    .filter((c) => c.type === 'organization')
    .map((c) => text.slice(tokens[c.start]!.start, tokens[c.end - 1]!.end));
}

describe('agencyCredits', () => {
  const CASES: [text: string, earlier: [string, 'person' | 'place'][], expected: string[]][] = [
    ['بيروت (أ ف ب) - حذر رئيس الكتلة', [], ['أ ف ب']],
    ['واشنطن ( ا . ف . ب ) اتهم البيت الابيض', [], ['ا . ف . ب']],
    ['( ا فب ) دواء لعلاج فقدان الذاكرة', [], ['ا فب']],
    ['اسلام اباد - بترا : وصل جلالة الملك', [['بترا', 'person']], ['بترا']],
    ['مدريد د با : بدات في مدينة', [], ['د با']],
    ['استنبول - قنا - ا فب : اوقفت الشرطة', [['قنا', 'place']], ['قنا', 'ا فب']],
    ['وقال الوزير إن الاتفاق نهائي (رويترز)', [], ['رويترز']],
    ['وقال الوزير إن الاتفاق نهائي ( د ب أ ) .', [], ['د ب أ']],
    ['البحرين - الراي - تعرض اوربت التلفزيونية', [], ['الراي']],
    ['بيروت (الراي) - قال مسؤولون', [], ['الراي']],
    // must not match: a byline, a common word, a plural, a place another stage read, a fixture's
    // country, letters no agency goes by, an unlisted name at the line's end
    ['متابعة - صالح عبدالغني : يبدو أن العرض', [], []],
    ['القاهرة - خاص : قال مسؤولون', [], []],
    ['عواصم - وكالات : ارتفع النفط الخام', [], []],
    ['عمان - البلقاء - فيصل ملكاوي', [['البلقاء', 'place']], []],
    ['ليل ( فرنسا ) - ميلان ( ايطاليا ) صفر - صفر', [['فرنسا', 'place']], []],
    ['وقال الوزير ( ب ) إن الاتفاق نهائي اليوم', [], []],
    ['وقال الوزير إن الاتفاق نهائي (الراي)', [], []],
    ['جنديرس - أحيا سكان شمال غربي سوريا', [], []],
  ];
  it.each(CASES)('%s', (text, earlier, expected) => {
    expect(found(text, earlier)).toEqual(expected);
  });
});
