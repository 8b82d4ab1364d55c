// After a title with no article, or with كـ ("as a"), one word no name list holds is the title's
// adjective; an unlisted plural in ات after a title is the object of the sentence. A name in quotes
// right after a definite title is a person, and so is علي alone after one before a comma, a full stop
// or في.
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

describe('a quoted name after a definite title', () => {
  const cases: [string, string[]][] = [
    ['تبدأ من الإمبراطور " هوانج تي " الذي حكم', ['person:هوانج تي']],
    ['لم تكن الدكتورة " هنريتا اب " عضو المجلس', ['person:هنريتا اب']],
    ['أما الإمبراطور « هوسيايو » رأس الأسرة', ['person:هوسيايو']],
    // must not match: quoted speech, a quoted common or definite word, a body after a title in
    // construct, an unclosed quote
    ['وقال الرئيس " إن الوضع صعب "', []],
    ['ووصف الرئيس " الجديد " بأنه', []],
    ['وقال انغو ، رئيس " بروتان انتيرناسيونال " ، إن', []],
    ['وقال الرئيس " هوانج تي', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(ruleSpanTexts(text)).toEqual(expected);
  });
});

describe('علي alone after a definite title', () => {
  const cases: [string, string[]][] = [
    ['من جيش الامام علي ، بعد انتهاء الحرب', ['person:علي']],
    ['وخرج الإمام علي في جيشه', ['person:علي']],
    ['وكان في جيش الإمام علي .', ['person:علي']],
    // must not match: the preposition takes its noun, a number or أن; an indefinite title
    ['وأكد الرئيس علي ضرورة الحوار ، وقال', []],
    ['وحصل الفريق علي 3 نقاط', []],
    ['وشدد الوزير على أن الوضع صعب', []],
    ['وقال إن رئيس علي ، وهو', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(ruleSpanTexts(text)).toEqual(expected);
  });
});
