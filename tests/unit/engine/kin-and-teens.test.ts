// Two words that a guessed person must not take or leave: a kinship noun with its pronoun (ونجله,
// أخيه) is outside every name, and an ordinal's عشر is inside a ruler's.
import { describe, expect, it } from 'vitest';
import { ordinalEnd } from '@/lib/engine/conventions';
import { defaultEngine } from '@/lib/engine/default-data';
import { kinWithPronoun } from '@/lib/ner/rule-shapes';
import { markedPerson } from './marked-person';

describe('kinWithPronoun', () => {
  const CASES: [word: string, kin: boolean][] = [
    ['أخيه', true],
    ['أخوه', true],
    ['ونجله', true],
    ['زوجته', true],
    ['والدتها', true],
    ['شقيقه', true],
    ['أبيه', true],
    ['ابنتهم', true],
    // must not match: names, kin nouns without a pronoun, a place in ة, other words in ـه
    ['خالد', false],
    ['نجلاء', false],
    ['عمرو', false],
    ['ابن', false],
    ['زوجة', false],
    ['جدة', false],
    ['عطيه', false],
    ['أخبار', false],
    ['عليه', false],
  ];
  it.each(CASES)('%s → %s', (word, kin) => expect(kinWithPronoun(word)).toBe(kin));
});

describe('ordinalEnd', () => {
  const CASES: [marked: string, end: string][] = [
    ['زار الملك [لويس الرابع] عشر القصر', 'لويس الرابع عشر'],
    ['خطاب البابا [بنديكت السادس] عشر أمس', 'بنديكت السادس عشر'],
    ['عهد الملكة [ماري الثانية] عشرة طويلا', 'ماري الثانية عشرة'],
    // must not match: no ordinal before عشر, an ordinal with no عشر after it
    ['وصل [محمد خمسة] عشر يوما', 'محمد خمسة'],
    ['قال الملك [عبد الله الثاني] أمس', 'عبد الله الثاني'],
  ];
  it.each(CASES)('%s → %s', (marked, expected) => {
    const { doc, c, words } = markedPerson(marked);
    expect(words({ start: c.start, end: ordinalEnd(doc, c.end) })).toBe(expected);
  });
});

describe('guessed people beside kin and ordinals', () => {
  const engine = defaultEngine();
  const persons = (text: string) =>
    engine
      .annotate(text)
      .entities.filter((e) => e.type === 'person')
      .map((e) => e.text);
  const CASES: [text: string, wanted: string[], unwanted: string[]][] = [
    ['وكان يتآمر مع ابن أخيه رياض على تدمير المحاصيل', ['رياض'], ['ابن أخيه رياض']],
    ['ومن تلاميذ الشيخ الحفني أخوه يوسف الحفني وآخرون', ['يوسف الحفني'], ['الحفني أخوه يوسف الحفني']],
    ['من لويس السادس عشر ولويس الثامن عشر وشارل العاشر', ['ولويس الثامن عشر'], ['عشر', 'ولويس الثامن']],
    // must not cut: a name with a link word
    ['وقال عبد الله بن عمر إن الأمر حسم', ['عبد الله بن عمر'], []],
  ];
  it.each(CASES)('%s', (text, wanted, unwanted) => {
    const found = persons(text);
    for (const w of wanted) expect(found).toContain(w);
    for (const u of unwanted) expect(found).not.toContain(u);
  });
});
