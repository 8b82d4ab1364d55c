import { describe, expect, it } from 'vitest';
import { CLITIC_RULES, clitics, proclitics, splitAgainst, suffixes } from '../../../lib/text/clitics';
import { normalizeText } from '../../../lib/text/normalize';

const n = normalizeText;
const show = (w: string): string[] => proclitics(n(w)).map((a) => `${a.prefix}+${a.stem}${a.article ? '*' : ''}`);

describe('proclitics: candidate lists', () => {
  const cases: [string, string[]][] = [
    ['وزير', ['+وزير', 'و+زير']],
    ['بغداد', ['+بغداد', 'ب+غداد']],
    ['كييف', ['+كييف', 'ك+ييف']],
    ['والجزائر', ['+والجزاير', 'و+الجزاير*', 'وال+جزاير*']],
    ['الجزائر', ['+الجزاير*', 'ال+جزاير*']],
    ['للأمم', ['+للامم', 'ل+لامم', 'ل+الامم*', 'لل+امم*']],
    ['وللولايات', ['+وللولايات', 'و+للولايات', 'ول+لولايات', 'ول+الولايات*', 'ولل+ولايات*']],
    ['وبأفغانستان', ['+وبافغانستان', 'و+بافغانستان', 'وب+افغانستان']],
    ['فبالعراق', ['+فبالعراق', 'ف+بالعراق', 'فب+العراق*', 'فبال+عراق*']],
    ['كروسيا', ['+كروسيا', 'ك+روسيا']],
    ['لبنان', ['+لبنان', 'ل+بنان']],
    // one-letter stems are never proposed
    ['وب', ['+وب']],
    ['فيه', ['+فيه', 'ف+يه']],
    ['ال', ['+ال*']],
    ['بال', ['+بال', 'ب+ال*']],
    // ل + ال is spelt لل, so after a plain ل no article is stripped (no لال+عراق)
    ['لالعراق', ['+لالعراق', 'ل+العراق*']],
  ];
  it.each(cases)('%s', (word, expected) => {
    expect(show(word)).toEqual(expected);
  });

  it('never proposes a stem shorter than two letters', () => {
    for (const w of ['وبال', 'فكالب', 'ولل', 'للا', 'وو', 'بب']) {
      for (const a of proclitics(n(w))) expect(a.stem.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('every rule describes itself with an example', () => {
    for (const rule of CLITIC_RULES) expect(rule.description).toMatch(/→/);
  });
});

describe('splitAgainst a lexicon', () => {
  const lexicon = new Set(
    [
      'وزير',
      'بغداد',
      'لبنان',
      'كييف',
      'فرنسا',
      'الجزائر',
      'فلسطين',
      'بيروت',
      'كابول',
      'لندن',
      'واشنطن',
      'فيينا',
      'أفغانستان',
      'الناتو',
      'روسيا',
      'العراق',
      'الأمم',
      'الولايات',
      'زير',
      'غداد',
      'بنان',
      'ييف',
      'اشنطن',
      'يينا',
      'رنسا',
      'يروت',
    ].map(n),
  );
  const has = (s: string): boolean => lexicon.has(s);

  const whole = [
    'وزير',
    'بغداد',
    'لبنان',
    'كييف',
    'فرنسا',
    'الجزائر',
    'فلسطين',
    'بيروت',
    'كابول',
    'لندن',
    'واشنطن',
    'فيينا',
  ];
  it.each(whole)('%s stays whole (decoy stems are in the lexicon too)', (w) => {
    expect(splitAgainst(n(w), has)).toEqual({ prefix: '', stem: n(w), article: w.startsWith('ال') });
  });

  const split: [string, string, string, boolean][] = [
    ['وبأفغانستان', 'وب', 'افغانستان', false],
    ['للناتو', 'ل', 'الناتو', true],
    ['كروسيا', 'ك', 'روسيا', false],
    ['وروسيا', 'و', 'روسيا', false],
    ['والجزائر', 'و', 'الجزاير', true],
    ['بالعراق', 'ب', 'العراق', true],
    ['فبغداد', 'ف', 'بغداد', false],
    ['وللولايات', 'ول', 'الولايات', true],
    ['للأمم', 'ل', 'الامم', true],
    ['ولبنان', 'و', 'لبنان', false],
    ['للبنان', 'ل', 'لبنان', false],
  ];
  it.each(split)('%s → %s + %s', (w, prefix, stem, article) => {
    expect(splitAgainst(n(w), has)).toEqual({ prefix, stem, article });
  });

  const none = ['وزارة', 'بغدادي', 'كتاب', 'والي'];
  it.each(none)('%s has no analysis in this lexicon', (w) => {
    expect(splitAgainst(n(w), has)).toBeNull();
  });

  it('the stripped article form is found when the lexicon lists the bare name', () => {
    const bare = new Set(['ولايات', 'ناتو'].map(n));
    expect(splitAgainst(n('وللولايات'), (s) => bare.has(s))).toEqual({ prefix: 'ولل', stem: 'ولايات', article: true });
    expect(splitAgainst(n('للناتو'), (s) => bare.has(s))).toEqual({ prefix: 'لل', stem: 'ناتو', article: true });
  });
});

describe('suffixes', () => {
  const show2 = (w: string): string[] => suffixes(n(w)).map((s) => `${s.stem}+${s.suffix}`);
  const cases: [string, string[]][] = [
    ['حكومته', ['حكومت+ه', 'حكومه+ه']],
    ['رئيسها', ['رييس+ها']],
    ['قادتهم', ['قادت+هم', 'قاده+هم']],
    ['بلادنا', ['بلاد+نا']],
    ['حكومتهما', ['حكومت+هما', 'حكومه+هما']],
    ['بلدكم', ['بلد+كم']],
    ['الوزيران', ['الوزير+ان']],
    ['المسلحين', ['المسلح+ين']],
    ['المسلحون', ['المسلح+ون']],
    ['الولايات', ['الولاي+ات', 'الولايه+ات']],
    ['حكومتين', ['حكومت+ين', 'حكومه+ين']],
  ];
  it.each(cases)('%s', (w, expected) => expect(show2(w)).toEqual(expected));

  const negatives: [string, string][] = [
    ['فيها', 'stem too short'],
    ['بها', 'stem too short'],
    ['كتب', 'no suffix'],
    ['الروسي', 'no possessive after ال'],
    ['الرئيسها', 'no possessive after ال'],
    ['علي', 'stem too short'],
    ['النار', 'no suffix'],
  ];
  it.each(negatives)('%s has no split (%s)', (w) => expect(suffixes(n(w))).toEqual([]));
});

describe('clitics: the sure reading', () => {
  // [token, pre, article, definite, bare, alt] — forms are normalised (ي for ى/ئ, ه for ة, ا for أ).
  const cases: [string, string, boolean, string, string, string | null][] = [
    ['والرئيس', 'و', true, 'الرييس', 'رييس', null],
    ['للأمم', 'ل', true, 'الامم', 'امم', null],
    ['وللأمم', 'ول', true, 'الامم', 'امم', null],
    ['بالعراق', 'ب', true, 'العراق', 'عراق', null],
    ['فالحكومة', 'ف', true, 'الحكومه', 'حكومه', null],
    // Must NOT be split: the first letter is part of the word.
    ['وزير', '', false, 'وزير', 'وزير', 'زير'],
    ['بوتين', '', false, 'بوتين', 'بوتين', null],
    ['لبنان', '', false, 'لبنان', 'لبنان', null],
    ['كابول', '', false, 'كابول', 'كابول', null],
    ['الله', '', true, 'الله', 'له', null],
    ['لله', '', false, 'لله', 'لله', null],
  ];
  it.each(cases)('%s', (word, pre, article, definite, bare, alt) => {
    expect(clitics(n(word))).toEqual({ pre, article, definite, bare, alt });
  });
});
