// An organisation noun before a known place or person: the body is named by it (مستشفى مصر الدولي).
import { describe, expect, it } from 'vitest';
import { ruleSpans } from '../../../lib/ner/triggers';
import { tokenize } from '../../../lib/text';

/** Rule spans with `known` (words as written, one or more tokens) standing for the engine's known names. */
function spans(text: string, known: string[]): string[] {
  const t = tokenize(text);
  const ends = new Map<number, number>();
  for (const k of known) {
    const words = k.split(' ');
    for (let i = 0; i + words.length <= t.length; i++)
      if (words.every((w, n) => t[i + n]!.text === w)) ends.set(i, i + words.length);
  }
  const countries = new Set(['القطري', 'المصري']);
  return ruleSpans(
    t,
    undefined,
    (w) => countries.has(w),
    (i) => ends.get(i) ?? i,
  ).map(
    (s) =>
      `${s.type}:${t
        .slice(s.start, s.end)
        .map((x) => x.text)
        .join(' ')}`,
  );
}

describe('organisations named by a known place or person', () => {
  const CASES: [text: string, known: string[], expected: string[]][] = [
    ['نقل إلى مستشفى مصر الدولي حيث', ['مصر'], ['organization:مستشفى مصر الدولي']],
    ['أمام محكمة ديترويت الفدرالية في ميشيغن', ['ديترويت'], ['organization:محكمة ديترويت الفدرالية']],
    ['نقل إلى مستشفى الملك فيصل التخصصي بالرياض', ['الملك فيصل'], ['organization:مستشفى الملك فيصل التخصصي']],
    ['وقال مسؤول في تلفزيون دبي إن', ['دبي'], ['organization:تلفزيون دبي']],
    ['في شركة قطر للغاز المسال', ['قطر'], ['organization:قطر للغاز المسال']],
    // must not match (or stop): a noun needing an article before an unknown bare word, a country's
    // adjective after the place, a verb after it, a club's noun (the club is its town), no known name
    ['نقل إلى مستشفى ميداني قرب الحدود', [], []],
    ['وخسر فريق قطر القطري أمس', ['قطر'], ['organization:قطر']],
    ['وقالت محكمة القاهرة تؤجل', ['القاهرة'], ['organization:محكمة القاهرة']],
    ['وتعاقد نادي برشلونة مع', ['برشلونة'], ['organization:برشلونة']],
    ['وقال مسؤول في تلفزيون دبي إن', [], ['organization:دبي']],
  ];
  it.each(CASES)('%s', (text, known, expected) => {
    expect(spans(text, known)).toEqual(expected);
  });
});
