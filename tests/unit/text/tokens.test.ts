import { describe, expect, it } from 'vitest';
import { sentences, tokenize, type TokenKind } from '../../../lib/text/tokens';

type Row = [string, string, [TokenKind, string, string][]];

describe('tokenize', () => {
  const cases: Row[] = [
    [
      'plain Arabic',
      'وصل الرئيس',
      [
        ['arabic', 'وصل', 'وصل'],
        ['arabic', 'الرئيس', 'الرييس'],
      ],
    ],
    [
      'diacritics stay inside the word',
      'وَبِأَفْغَانِسْتَانَ قال',
      [
        ['arabic', 'وَبِأَفْغَانِسْتَانَ', 'وبافغانستان'],
        ['arabic', 'قال', 'قال'],
      ],
    ],
    [
      'final tanwin stays with the word',
      'كتابًا.',
      [
        ['arabic', 'كتابًا', 'كتابا'],
        ['punct', '.', '.'],
      ],
    ],
    ['tatweel inside', 'جـــورج', [['arabic', 'جـــورج', 'جورج']]],
    ['zero-width non-joiner inside a word', 'بو\u200Cتين', [['arabic', 'بو\u200Cتين', 'بوتين']]],
    [
      'trailing bidi mark is left out',
      'بغداد\u200F، لندن',
      [
        ['arabic', 'بغداد', 'بغداد'],
        ['punct', '،', '،'],
        ['arabic', 'لندن', 'لندن'],
      ],
    ],
    ['leading bidi mark is left out', '\u200Fكييف', [['arabic', 'كييف', 'كييف']]],
    [
      'presentation forms and lam-alef',
      'ﻻ ﺑﻐﺪاﺩ',
      [
        ['arabic', 'ﻻ', 'لا'],
        ['arabic', 'ﺑﻐﺪاﺩ', 'بغداد'],
      ],
    ],
    [
      'Persian letters in names',
      'گوگل وپاريس',
      [
        ['arabic', 'گوگل', 'گوگل'],
        ['arabic', 'وپاريس', 'وپاريس'],
      ],
    ],
    [
      'numeric date in Arabic-Indic digits',
      '١٨/٩/٢٠٢١',
      [
        ['number', '١٨', '18'],
        ['punct', '/', '/'],
        ['number', '٩', '9'],
        ['punct', '/', '/'],
        ['number', '٢٠٢١', '2021'],
      ],
    ],
    [
      'numeric date in ASCII digits',
      '18/9/2021',
      [
        ['number', '18', '18'],
        ['punct', '/', '/'],
        ['number', '9', '9'],
        ['punct', '/', '/'],
        ['number', '2021', '2021'],
      ],
    ],
    [
      'digits glued to a letter split',
      '٢٠٢١م',
      [
        ['number', '٢٠٢١', '2021'],
        ['arabic', 'م', 'م'],
      ],
    ],
    [
      'mixed Arabic and Latin',
      'حلف NATO-الأطلسي',
      [
        ['arabic', 'حلف', 'حلف'],
        ['latin', 'NATO', 'NATO'],
        ['punct', '-', '-'],
        ['arabic', 'الأطلسي', 'الاطلسي'],
      ],
    ],
    [
      'Latin glued to Arabic splits',
      'Putinبوتين',
      [
        ['latin', 'Putin', 'Putin'],
        ['arabic', 'بوتين', 'بوتين'],
      ],
    ],
    ['Latin accents', 'Škoda', [['latin', 'Škoda', 'Škoda']]],
    [
      'quotes and brackets',
      '«حماس» (غزة)',
      [
        ['punct', '«', '«'],
        ['arabic', 'حماس', 'حماس'],
        ['punct', '»', '»'],
        ['punct', '(', '('],
        ['arabic', 'غزة', 'غزه'],
        ['punct', ')', ')'],
      ],
    ],
    [
      'Arabic question mark and semicolon',
      'لماذا؟ نعم؛',
      [
        ['arabic', 'لماذا', 'لماذا'],
        ['punct', '؟', '؟'],
        ['arabic', 'نعم', 'نعم'],
        ['punct', '؛', '؛'],
      ],
    ],
    [
      'emoji is one punct token',
      'سلام😀',
      [
        ['arabic', 'سلام', 'سلام'],
        ['punct', '😀', '😀'],
      ],
    ],
    [
      'stray haraka alone is no token',
      'قال \u064E لا',
      [
        ['arabic', 'قال', 'قال'],
        ['arabic', 'لا', 'لا'],
      ],
    ],
    ['empty', '', []],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    const tokens = tokenize(input);
    expect(tokens.map((t) => [t.kind, t.text, t.norm])).toEqual(expected);
    for (const t of tokens) expect(input.slice(t.start, t.end)).toBe(t.text);
  });

  it('offsets point into the original around removed and expanded characters', () => {
    const s = 'قَالَ\u200F ﻻ وَ١٨';
    const tokens = tokenize(s);
    expect(tokens.map((t) => [t.start, t.end])).toEqual([
      [0, 5],
      [7, 8],
      [9, 11],
      [11, 13],
    ]);
  });
});

describe('sentences', () => {
  const cases: [string, string, string[]][] = [
    ['full stop', 'وصل الوفد. بدأت المحادثات.', ['وصل الوفد.', 'بدأت المحادثات.']],
    ['Arabic question mark and semicolon', 'هل انتهت؟ لا؛ ما زالت', ['هل انتهت؟', 'لا؛', 'ما زالت']],
    ['exclamation', 'يا للهول! ثم صمت', ['يا للهول!', 'ثم صمت']],
    [
      'line breaks are paragraphs',
      'العنوان\nالفقرة الأولى\n\nالفقرة الثانية',
      ['العنوان', 'الفقرة الأولى', 'الفقرة الثانية'],
    ],
    ['closing quote stays with the sentence', 'قال «انتهى.» ثم غادر', ['قال «انتهى.»', 'ثم غادر']],
    ['ellipsis counts once', 'ربما... لا أحد', ['ربما...', 'لا أحد']],
    ['no split inside a decimal or dotted date', 'ارتفع 3.5 في 18.9.2021 أمس.', ['ارتفع 3.5 في 18.9.2021 أمس.']],
    ['no split after an initial', 'قال د. محمد و J. Smith كلاما', ['قال د. محمد و J. Smith كلاما']],
    ['no terminator', 'بلا نهاية', ['بلا نهاية']],
    ['only white space', '  \n ', []],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(sentences(input).map((r) => input.slice(r.start, r.end))).toEqual(expected);
  });
});
