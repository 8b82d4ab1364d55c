// The generators' label filter and CSV reader (scripts/data): what a Wikidata person label must
// be to enter the gazetteer, and records read as RFC 4180 writes them.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../scripts/data/csv';
import { arabicLabelProblem, foldEnglish, labelsAgree, plainEnglishLabel } from '../../../scripts/data/wikidata-labels';

describe('arabicLabelProblem', () => {
  it.each([
    ['نبيه بري', null],
    ['علي حسن خليل', null],
    ['نديم الجميّل', null],
    ['مصطفى كمال أتاتورك', null],
    ['  مروان   حمادة ', null],
    ['بري', 'single word'],
    ['علي المقداد (نائب)', 'not plain Arabic letters'],
    ['جاستین ترودو', 'not plain Arabic letters'],
    ['سعد حریری', 'not plain Arabic letters'],
    ['Nabih Berri', 'not plain Arabic letters'],
    ['محمد الحجار 2', 'not plain Arabic letters'],
    ['جورج تاون، كايمان', 'not plain Arabic letters'],
    ['سليم بك يوسف بك كرم', 'honorific'],
    ['الشيخ صباح الأحمد', 'honorific'],
    ['رئيس الوزراء', 'common words'],
    ['وزير الخارجية', 'common words'],
    ['طريقة فرانك فيلد', 'opens with a common word'],
    ['علي حسن خليل', null],
    ['نور الدين زنكي', null],
  ])('%s → %s', (label, problem) => {
    expect(arabicLabelProblem(label)).toBe(problem);
  });
});

describe('labelsAgree', () => {
  it.each([
    ['نبيه بري', 'Nabih Berri', true],
    ['حسن فضل الله', 'Hassan Fadlallah', true],
    ['كمال كيليتشدار أوغلو', 'Kemal Kılıçdaroğlu', true],
    ['خيرت فيلدرز', 'Geert Wilders', true],
    ['جان ماري لوبان', 'Jean-Marie Le Pen', true],
    ['عدنان اديوار', 'Adnan Adıvar', true],
    ['مورتن أوسترغارد', 'Morten Østergaard', true],
    ['بياتا سيدلو', 'Beata Szydło', true],
    ['علي العمير', 'Ali Al-Omair', true],
    ['حسن جوليد', 'Hassan Gouled Aptidon', true],
    ['باويل جاناس', 'Janusz Wójcik', false],
    ['خلف دميثير', 'Khalaf Al-Enezi', false],
    ['علي لابوانت', 'Ali La Pointe', false],
    ['محمد', 'Mohammed Ali', false],
  ])('%s / %s → %s', (ar, en, ok) => {
    expect(labelsAgree(ar, en)).toBe(ok);
  });
});

describe('plainEnglishLabel', () => {
  it.each([
    ['Nabih Berri', true],
    ['Kemal Kılıçdaroğlu', true],
    ["Sinéad O'Brien", true],
    ['Jean-Marc Ayrault', true],
    ['Antoine Zahra (legislator)', false],
    ['Q12239670', false],
    ['', false],
    ['Фуад Синиора', false],
  ])('%s → %s', (label, ok) => {
    expect(plainEnglishLabel(label)).toBe(ok);
  });
});

describe('foldEnglish', () => {
  it('compares names without accents, case or punctuation', () => {
    expect(foldEnglish('Recep Tayyip Erdoğan')).toBe(foldEnglish('recep tayyip erdogan'));
    expect(foldEnglish('Jean-Marc  Ayrault')).toBe('jean marc ayrault');
    expect(foldEnglish('Saad Hariri')).not.toBe(foldEnglish('Rafic Hariri'));
  });
});

describe('parseCsv', () => {
  it('reads quoted commas, doubled quotes, line breaks and CRLF', () => {
    const text = 'id,name__en,name__ar\r\nQ1,"Berri, Nabih",نبيه بري\r\nQ2,"say ""hi""\nthere",\r\n';
    expect(parseCsv(text)).toEqual([
      { id: 'Q1', name__en: 'Berri, Nabih', name__ar: 'نبيه بري' },
      { id: 'Q2', name__en: 'say "hi"\nthere', name__ar: '' },
    ]);
  });
  it('gives missing cells as empty and skips blank lines', () => {
    expect(parseCsv('a,b,c\n1\n\n2,3,4')).toEqual([
      { a: '1', b: '', c: '' },
      { a: '2', b: '3', c: '4' },
    ]);
  });
  it('reads a header alone or nothing as no records', () => {
    expect(parseCsv('a,b\n')).toEqual([]);
    expect(parseCsv('')).toEqual([]);
  });
});
