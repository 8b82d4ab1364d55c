// Speakers named right after a verb of saying and closed by what they said or who they are.
import { describe, expect, it } from 'vitest';
import { speakers } from '@/lib/engine/speakers';
import type { Doc } from '@/lib/engine/types';
import { cueLexicon } from '@/lib/ner/cues';
import { foldLoose } from '@/lib/text/normalize';
import { tokenize } from '@/lib/text/tokens';

const cues = cueLexicon();

/** The speakers found in text; words of `taken` stand for names other stages found. */
function found(text: string, taken: string[] = []): string[] {
  const tokens = tokenize(text);
  const doc: Doc = { text, tokens, keys: tokens.map((t) => foldLoose(t.norm)) };
  return speakers(doc, cues, (i) => taken.includes(tokens[i]!.text)).map((c) =>
    text.slice(tokens[c.start]!.start, tokens[c.end - 1]!.end),
  );
}

describe('speakers', () => {
  const CASES: [text: string, taken: string[], expected: string[]][] = [
    ['وقال زيباري إن الفريق جاهز', [], ['زيباري']],
    ['وقال الخزرجي إن الفريق جاهز', [], []],
    ['وأضاف غادان الذي ظهر في التسجيل', [], ['غادان']],
    ['وقال محمد رضا باهنر في مؤتمر صحفي', [], ['محمد رضا باهنر']],
    ['وقالت كريستين لاغارد إن الصندوق مستعد', [], ['كريستين لاغارد']],
    ['وأكد غادان على ضرورة الحوار', [], []],
    ['وقال مرة : لن نتراجع', [], []],
    ['وأكد مساعد المدرب أن الفريق جاهز', [], []],
    ['وقال زيباري وزير الخارجية إن', [], ['زيباري']],
    ['واعتبر موقعو النداء أن القادة', [], []],
    ['فقال كوفمان : لن نتراجع', [], ['كوفمان']],
    ['وروى خالد الحمود أن فرق الإنقاذ وصلت', [], ['خالد الحمود']],
    ['وأفادت سعاد بركات في تصريح', [], ['سعاد بركات']],
    // a given name and a definite family name; a lone definite name before a title in apposition
    ['وأكد خالد المهنا ، عضو المكتب السياسي', [], ['خالد المهنا']],
    ['وقال البدري مدير الكرة إن الفريق جاهز', [], ['البدري']],
    // who the speaker spoke to, with لـ: a medium, a body or the press
    ['وأفاد جمال مرعي لوكالة الأنباء أن الوضع هادئ', [], ['جمال مرعي']],
    ['وقال سامر حداد لـ"الحياة" إن المفاوضات توقفت', [], ['سامر حداد']],
    ['وقال كوفمان للصحفيين إن الفريق جاهز', [], ['كوفمان']],
    ['وصرح هاني عبادة لصحيفة محلية بأن العقد انتهى', [], ['هاني عبادة']],
    // must not match: لـ on a word that is no audience, a definite noun before لـ
    ['وقال كوفمان لنفسه إن الفريق جاهز', [], []],
    ['وقال الطبيب للصحفيين إن الجرحى بخير', [], []],
    ['وأضاف شيئا لوكالة الأنباء', [], []],
    // must not match: an office noun and its genitive, a definite noun before what was said
    ['وقال أمين الصندوق إن الحسابات سليمة', [], []],
    ['وقال الطبيب إن الجرحى بخير', [], []],
    // must not match: a title or cue noun, a common word, a plural of people, a noun with its
    // pronoun, a known name, a verb, nothing closing the name, four words or more
    ['وقال المتحدث إن الاجتماع انتهى', [], []],
    ['وقالت الوزارة إن القرار نهائي', [], []],
    ['وقال مصدر أمني إن الهجوم فشل', [], []],
    ['وقال مسؤولون إن الطائرة هبطت', [], []],
    ['وأكد حقه في الرد', [], []],
    ['وقال بوتين إن روسيا مستعدة', ['بوتين'], []],
    ['وقال يستعد الفريق للمباراة', [], []],
    ['وقال غادان بالإنجليزية', [], []],
    // ذكر is also "male", كشف "a list": only their feminine forms are verbs of saying here
    ['ولا تتحمل وجود أي ذكر غريب في حوزتها', [], []],
    ['وصدر كشف رواتب جديد في الوزارة', [], []],
    ['وقال خوسيه لويس رودريغيث ثاباتيرو إن', [], []],
  ];
  it.each(CASES)('%s', (text, taken, expected) => {
    expect(found(text, taken)).toEqual(expected);
  });
});
