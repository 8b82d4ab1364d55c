// After a title with no article, or with كـ ("as a"), one word no name list holds is the title's
// adjective; an unlisted plural in ات after a title is the object of the sentence.
import { describe, expect, it } from 'vitest';
import { ruleSpanTexts } from './rule-spans';

describe('adjectives after a title are no names', () => {
  const cases: [string, string[]][] = [
    // must not match: an adjective after an indefinite title, كـ + title, a plural in ات
    ['الذين اعتادوا مشاهدة زعيم عليل على الدوام', []],
    ['وتقدم للشعب كزعيم قادر على جلب النظام', []],
    ['وجاء يلتسين كرئيس مؤقت بعد الأزمة', []],
    ['ولم يقدم الوزير ايضاحات اكثر لكن', []],
    // still names: after a definite title, after kin and counterparts, listed or longer names
    ['وقال الرئيس شافيز إن', ['person:شافيز']],
    ['وقال السفير عبدالله إن', ['person:عبدالله']],
    ['والتقى نظيره ماتيس في بروكسل', ['person:ماتيس']],
    ['وحضر نجل صدام الحفل', ['person:صدام']],
    ['وقال الوزير سيرغي لافروف إن', ['person:سيرغي لافروف']],
    ['وقال مدرب الفريق فابيو كابيلو إن', ['person:فابيو كابيلو']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(ruleSpanTexts(text)).toEqual(expected);
  });
});
