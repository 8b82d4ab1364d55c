import { describe, expect, it } from 'vitest';
import {
  ARABIC_LETTER_RANGES,
  foldLoose,
  isArabicLetter,
  normalize,
  normalizeText,
  stripDiacritics,
} from '../../../lib/text/normalize';

describe('normalize: folds and removals', () => {
  const cases: [string, string, string][] = [
    ['harakat, shadda, tanwin', 'مُحَمَّدٌ', 'محمد'],
    ['sukun and kasra', 'بِسْمِ', 'بسم'],
    ['superscript alef', 'هٰذا', 'هذا'],
    ['Quranic marks', 'الرحمن\u06D6 الرحيم\u06DA', 'الرحمن الرحيم'],
    ['tatweel', 'جـــورج', 'جورج'],
    ['alef with hamza above', 'أحمد', 'احمد'],
    ['alef with hamza below', 'إسرائيل', 'اسراييل'],
    ['alef madda', 'آمال', 'امال'],
    ['alef wasla', 'ٱلله', 'الله'],
    ['alef maqsura', 'مصطفى', 'مصطفي'],
    ['ta marbuta', 'مدينة', 'مدينه'],
    ['hamza on yeh folds to yeh', 'رئيس', 'رييس'],
    ['hamza on waw folds to waw', 'مسؤول', 'مسوول'],
    ['bare hamza is kept', 'شيء', 'شيء'],
    ['Persian yeh', 'ایران', 'ايران'],
    ['Persian keheh', 'کابل', 'كابل'],
    ['Persian letters kept in the normal form', 'گوگل چين پاريس ڤيينا ژان', 'گوگل چين پاريس ڤيينا ژان'],
    ['Arabic-Indic digits', '١٨/٩/٢٠٢١', '18/9/2021'],
    ['Persian digits', '۱۴۰۰', '1400'],
    ['Arabic decimal separator', '٣٫٥', '3.5'],
    ['zero-width non-joiner and joiner', 'بو\u200Cتين\u200D', 'بوتين'],
    ['bidi marks and isolates', '\u200Fبغداد\u202B\u2067\u2069\u202C\u200E', 'بغداد'],
    ['BOM and Arabic letter mark', '\uFEFFلبنان\u061C', 'لبنان'],
    ['presentation forms to base letters', 'ﺑﻐﺪاﺩ', 'بغداد'],
    ['lam-alef ligature gives two letters', 'ﻻ', 'لا'],
    ['lam-alef with hamza below', 'ﻹسرائيل', 'لاسراييل'],
    ['isolated haraka forms vanish', 'ﺑﹶﺎﺏ', 'باب'],
    ['ligature phrase', 'ﷺ', 'صلي الله عليه وسلم'],
    ['Latin case and digits kept', 'NATO and F-16 in 2021', 'NATO and F-16 in 2021'],
    ['mixed Arabic and Latin', 'قال Putin إنَّ', 'قال Putin ان'],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(normalize(input).text).toBe(expected);
    expect(normalizeText(input)).toBe(expected);
  });

  const mustDiffer: [string, string][] = [
    ['كتب', 'كتاب'],
    ['ء', 'ا'],
    ['گ', 'ج'],
    ['NATO', 'nato'],
    ['5', '٦'],
  ];
  it.each(mustDiffer)('%s and %s stay different', (a, b) => {
    expect(normalizeText(a)).not.toBe(normalizeText(b));
  });

  const mustMatch: [string, string][] = [
    ['إسرائيل', 'اسرائيل'],
    ['فائز', 'فايز'],
    ['الجزائر', 'ﺍﻟﺠﺰﺍﺋﺮ'],
    ['مُصْطَفَى', 'مصطفي'],
    ['الْوِلَايَاتُ', 'الولايات'],
  ];
  it.each(mustMatch)('%s matches %s', (a, b) => {
    expect(normalizeText(a)).toBe(normalizeText(b));
  });
});

describe('normalize: offset map', () => {
  it('maps each output character to its source', () => {
    const s = 'وَبِأَفْغَانِسْتَانَ ﻻ';
    const { text, map } = normalize(s);
    expect(text).toBe('وبافغانستان لا');
    expect(map.length).toBe(text.length + 1);
    expect(Array.from(map.slice(0, 4))).toEqual([0, 2, 4, 6]);
    expect(map[text.length - 1]).toBe(s.length - 1);
    expect(map[text.length - 2]).toBe(s.length - 1);
    expect(map[text.length]).toBe(s.length);
  });

  const alphabet = [
    'ا',
    'ب',
    'ت',
    'أ',
    'إ',
    'آ',
    'ى',
    'ة',
    'ئ',
    'ؤ',
    'ء',
    'گ',
    'ی',
    'ک',
    '\u064E',
    '\u0651',
    '\u0652',
    '\u064B',
    '\u0670',
    '\u0640',
    '\u200C',
    '\u200F',
    '\u202B',
    '\uFEFF',
    'ﻻ',
    'ﻹ',
    'ﺏ',
    'ﹰ',
    'ﷺ',
    '٣',
    '۷',
    '1',
    'A',
    'z',
    ' ',
    '.',
    '،',
    '\n',
    '😀',
  ];
  let seed = 12345;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const samples = Array.from({ length: 200 }, () =>
    Array.from({ length: 1 + rand(40) }, () => alphabet[rand(alphabet.length)]!).join(''),
  );

  it.each(samples.map((s, i) => [i, s] as const))('round trip %i', (_i, s) => {
    const { text, map } = normalize(s);
    expect(map.length).toBe(text.length + 1);
    expect(map[text.length]).toBe(s.length);
    let expected = '';
    for (let k = 0; k < s.length; k++) expected += normalize(s[k]!).text; // surrogate halves pass through
    expect(text).toBe(expected);
    for (let i = 0; i < text.length; i++) {
      expect(map[i]!).toBeLessThanOrEqual(map[i + 1]!);
      const source = s.charAt(map[i]!);
      expect(normalize(source).text).toContain(text[i]);
      expect(s.slice(map[i]!, Math.max(map[i + 1]!, map[i]! + 1))).toContain(source);
    }
  });
});

describe('normalize: text that is not well-formed UTF-16', () => {
  it.each([
    ['a lone high surrogate', 'أ\uD83Dب', 'ا\uD83Dب'],
    ['a lone low surrogate', '\uDE00إلى', '\uDE00الي'],
    ['a pair beside a lone half', 'ة😀\uD83D', 'ه😀\uD83D'],
    ['a pair only', 'ة😀', 'ه😀'],
  ])('%s is kept as it is', (_name, input, expected) => {
    const { text, map } = normalize(input);
    expect(text).toBe(expected);
    expect(map.length).toBe(input.length + 1);
  });
});

describe('foldLoose', () => {
  const cases: [string, string][] = [
    ['گوگل', 'جوجل'],
    ['چين', 'جين'],
    ['پاريس', 'باريس'],
    ['ڤيينا', 'فيينا'],
    ['ژان', 'زان'],
    ['بغداد', 'بغداد'],
    ['NATO 2021', 'NATO 2021'],
  ];
  it.each(cases)('%s → %s', (input, expected) => {
    const out = foldLoose(input);
    expect(out).toBe(expected);
    expect(out.length).toBe(input.length);
  });
  it('does not fold غ or ف', () => {
    expect(foldLoose('غوغل')).toBe('غوغل');
    expect(foldLoose('فيينا')).toBe('فيينا');
  });
});

describe('stripDiacritics', () => {
  const cases: [string, string][] = [
    ['مُحَمَّدٌ', 'محمد'],
    ['إِسْرَائِيل', 'إسرائيل'],
    ['جـورج', 'جورج'],
    ['مدينة', 'مدينة'],
  ];
  it.each(cases)('%s → %s', (input, expected) => expect(stripDiacritics(input)).toBe(expected));
});

describe('isArabicLetter', () => {
  const yes = ['ا', 'ي', 'ء', 'گ', 'پ', 'ی', 'ﻻ', 'ﺏ', 'ة', 'ى'];
  const no = ['\u064E', '\u0640', '٣', '،', '؟', 'A', ' ', '\u200C', '1', 'ﹰ'];
  it.each(yes)('%s is a letter', (ch) => expect(isArabicLetter(ch.charCodeAt(0))).toBe(true));
  it.each(no)('%s is not a letter', (ch) => expect(isArabicLetter(ch.charCodeAt(0))).toBe(false));
  it('is a letter exactly in ARABIC_LETTER_RANGES (the class tables are filled from them)', () => {
    const inRange = (c: number) => ARABIC_LETTER_RANGES.some(([a, b]) => c >= a && c <= b);
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (inRange(c) !== isArabicLetter(c)) differ.push(c);
    expect(differ).toEqual([]);
  });
});
