// A guessed person is cut before the first word that reads as the sentence going on, or dropped
// when it opens with one; names of the same shapes are kept.
import { describe, expect, it } from 'vitest';
import { withoutSentenceWords } from '@/lib/engine/sentence-words';
import type { Doc } from '@/lib/engine/types';
import { cueLexicon } from '@/lib/ner/cues';
import { foldLoose } from '@/lib/text/normalize';
import { tokenize } from '@/lib/text/tokens';
import { smallEngine } from './fixture';

const cues = cueLexicon();

/** The guess over `guess` (words of text) after the cut, as text, or null. */
function kept(text: string, guess: string): string | null {
  const tokens = tokenize(text);
  const doc: Doc = { text, tokens, keys: tokens.map((t) => foldLoose(t.norm)) };
  const words = guess.split(' ');
  const start = tokens.findIndex((t, i) => words.every((w, k) => tokens[i + k]?.text === w));
  if (start < 0) throw new Error(`${guess} is not in ${text}`);
  const s = withoutSentenceWords(doc, cues, { start, end: start + words.length });
  return s && text.slice(tokens[s.start]!.start, tokens[s.end - 1]!.end);
}

describe('withoutSentenceWords', () => {
  const CASES: [text: string, guess: string, expected: string | null][] = [
    // names of the same shapes stand
    ['وقال الرئيس أمين الجميل إن لبنان', 'أمين الجميل', 'أمين الجميل'],
    ['وقال وزير الصحة أمين التهراوي إن', 'أمين التهراوي', 'أمين التهراوي'],
    ['وقال المحافظ مساعد الحربي إن', 'مساعد الحربي', 'مساعد الحربي'],
    ['واستقبل الأمير مساعد بن عبد العزيز الوفد', 'مساعد بن عبد العزيز', 'مساعد بن عبد العزيز'],
    ['وسجل المهاجم جيسي مبيمبا الهدف', 'جيسي مبيمبا', 'جيسي مبيمبا'],
    ['وقالت الوزيرة نعمت شفيق إن', 'نعمت شفيق', 'نعمت شفيق'],
    ['وقال الرئيس فلاديمير بوتين إن', 'فلاديمير بوتين', 'فلاديمير بوتين'],
    ['وقالت اللاعبة ماريا شارابوفا إنها', 'ماريا شارابوفا', 'ماريا شارابوفا'],
    ['وقال المدرب حسين عموتة إن', 'حسين عموتة', 'حسين عموتة'],
    ['وقال النائب موسى أبو مرزوق إن', 'موسى أبو مرزوق', 'موسى أبو مرزوق'],
    // a case ending, a pronoun on a noun, a dual nisba: the name stops before them
    ['وقد عقد رئيس الوزراء اجتماعا أمس', 'اجتماعا', null],
    ['أبدى الرئيس عزماً أكيداً على الحل', 'عزماً أكيداً', null],
    ['تلقى الوزير اتصالين هاتفيين من نظيره', 'اتصالين هاتفيين', null],
    ['أبدى نائب وزير خارجيتها استعدادها للحوار', 'خارجيتها استعدادها', null],
    ['وقال المتحدث كريم بوزيان اجتماعا', 'كريم بوزيان اجتماعا', 'كريم بوزيان'],
    // a verb after a title, an office noun in construct
    ['إذا كان الرئيس السوري سعى إلى التهدئة', 'سعى', null],
    ['وكانت الوزيرة الأميركية صرحت أمس', 'صرحت', null],
    ['وكانت الوزيرة صرحت بأن الاتفاق قريب', 'صرحت', null],
    ['وقال نائب محافظ خراسان إن', 'محافظ', null],
    ['يجمع بين الرئيس السوري وأمين عام حزب الله', 'وأمين', null],
    ['وقال الشيخ الخراساني أمين المجمع إن', 'أمين', null],
    ['وقال أمين الصندوق الوطني إن', 'أمين', null],
    ['وقال أمين العاصمة إن المدينة', 'أمين', null],
    ['وحذر رئيس أركان الجيش من التصعيد', 'أركان', null],
  ];
  it.each(CASES)('%s: %s → %s', (text, guess, expected) => {
    expect(kept(text, guess)).toBe(expected);
  });
});

describe('people after a title, whole engine', () => {
  const people = (text: string) =>
    smallEngine
      .annotate(text)
      .entities.filter((e) => e.type === 'person')
      .map((e) => e.text);
  it.each([
    ['وقد عقد رئيس الوزراء اجتماعا أمس بقادة الأجهزة', []],
    ['لم يحرك الملك ساكناً أمام الهجوم', []],
    ['وقال نائب محافظ خراسان إن الزوار كثر', []],
    ['وقال الرئيس أمين الجميل إن لبنان بخير', ['أمين الجميل']],
    ['وأوضح مدير المستشفى الدكتور سامر الخطيب أن الجرحى بخير', ['سامر الخطيب']],
  ])('%s → %j', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
