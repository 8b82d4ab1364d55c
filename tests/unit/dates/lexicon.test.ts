import { describe, expect, it } from 'vitest';
import { bareEntriesAt, entriesAt, entriesFor, stripClitics, type Category } from '../../../lib/dates/lexicon';
import { CLDR_GREGORIAN_MONTHS, CLDR_HIJRI_MONTHS, CLDR_WEEKDAYS } from '../../../lib/dates/months.generated';
import { normalizeText } from '../../../lib/text/normalize';

function value(word: string, cat: Category): number | null {
  const e = entriesFor(normalizeText(word))?.find((x) => x.cat === cat && x.rest.length === 0);
  return e ? e.value : null;
}

describe('generated CLDR tables', () => {
  it('have twelve Gregorian and Hijri months and seven weekdays, each named', () => {
    expect(CLDR_GREGORIAN_MONTHS).toHaveLength(12);
    expect(CLDR_HIJRI_MONTHS).toHaveLength(12);
    expect(CLDR_WEEKDAYS).toHaveLength(7);
    for (const names of [...CLDR_GREGORIAN_MONTHS, ...CLDR_HIJRI_MONTHS, ...CLDR_WEEKDAYS])
      expect(names.length).toBeGreaterThan(0);
  });
  it('hold no narrow one-letter forms and no NBSP', () => {
    for (const n of [...CLDR_GREGORIAN_MONTHS, ...CLDR_HIJRI_MONTHS, ...CLDR_WEEKDAYS].flat()) {
      expect(n.length).toBeGreaterThan(1);
      expect(n).not.toMatch(/\u00a0/);
    }
  });
});

describe('month and weekday lookups (normalised)', () => {
  it.each([
    ['يناير', 1],
    ['جانفي', 1],
    ['فبراير', 2],
    ['فيفري', 2],
    ['شباط', 2],
    ['آذار', 3],
    ['أبريل', 4],
    ['ابريل', 4],
    ['أفريل', 4],
    ['ماي', 5],
    ['مايو', 5],
    ['أيار', 5],
    ['يونيه', 6],
    ['جوان', 6],
    ['يوليوز', 7],
    ['جويلية', 7],
    ['تموز', 7],
    ['أغسطس', 8],
    ['اغسطس', 8],
    ['أغسطُس', 8],
    ['غشت', 8],
    ['أوت', 8],
    ['آب', 8],
    ['أيلول', 9],
    ['ايلول', 9],
    ['شتنبر', 9],
    ['أكتوبر', 10],
    ['نونبر', 11],
    ['دجنبر', 12],
  ])('%s is Gregorian month %i', (word, month) => {
    expect(value(word, 'gmonth')).toBe(month);
  });
  it.each([
    ['رمضان', 9],
    ['شوال', 10],
    ['محرم', 1],
    ['رجب', 7],
  ])('%s is Hijri month %i', (word, month) => {
    expect(value(word, 'hmonth')).toBe(month);
  });
  it.each([
    ['الإثنين', 1],
    ['الاثنين', 1],
    ['الأحد', 0],
    ['الجمعة', 5],
    ['السبت', 6],
  ])('%s is weekday %i', (word, day) => {
    expect(value(word, 'weekday')).toBe(day);
  });
  it.each(['كانون', 'تشرين', 'ربيع', 'جمادى', 'ذو', 'ذي'])('%s alone is not a month', (word) => {
    expect(value(word, 'gmonth')).toBeNull();
    expect(value(word, 'hmonth')).toBeNull();
  });
  it.each(['مايوركا', 'سبتمبري', 'الجمعية', 'مارسيليا', 'الخميسي'])('%s is neither a month nor a weekday', (word) => {
    expect(value(word, 'gmonth')).toBeNull();
    expect(value(word, 'weekday')).toBeNull();
  });
  it('marks آب (= أب "father" once normalised) as ambiguous, سبتمبر not', () => {
    expect(entriesFor(normalizeText('آب'))?.find((e) => e.cat === 'gmonth')?.ambiguous).toBe(true);
    expect(entriesFor(normalizeText('سبتمبر'))?.find((e) => e.cat === 'gmonth')?.ambiguous).toBe(false);
  });
});

describe('stripClitics', () => {
  it.each([
    ['وامس', 'امس'],
    ['بالامس', 'الامس'],
    ['للعام', 'العام'],
    ['وللعام', 'العام'],
    ['لعام', 'عام'],
    ['والخميس', 'الخميس'],
    ['ومنذ', 'منذ'],
    ['وفي', 'في'],
    // Mechanical: lookups try the whole word first, so فبراير itself is still found.
    ['فبراير', 'راير'],
  ])('%s → %s', (word, bare) => {
    expect(stripClitics(word)).toBe(bare);
  });
  it.each(['في', 'سبتمبر', 'و', 'اب', 'مايو'])('%s has no proclitic', (word) => {
    expect(stripClitics(word)).toBeNull();
  });
});

describe('lookups by a range of a longer text', () => {
  const cats = (e: ReturnType<typeof bareEntriesAt>) => e?.map((x) => x.cat) ?? [];
  it.each([
    // [text, from, to, whole-word categories, bare categories or null]
    ['في للعام الماضي', 3, 8, [], ['unit', 'yearnoun']],
    ['في العام الماضي', 3, 8, ['unit', 'yearnoun'], null],
    // أمس and أمس الأول.
    ['قال وامس', 4, 8, [], ['dayrel', 'dayrel']],
    ['ومنذ', 0, 4, [], ['context', 'spanprep', 'wdcue']],
    // The range ends the word: the letters after it are not read (و then بيروت).
    ['وبيروت', 0, 1, ['connector'], null],
    ['بيروت', 0, 5, [], []],
    ['مايوركا', 0, 4, ['gmonth'], null],
    ['مايوركا', 0, 7, [], null],
    ['سبتمبري', 0, 7, [], null],
  ] as const)('%s [%i, %i)', (text, from, to, whole, bare) => {
    expect(cats(entriesAt(text, from, to)).sort()).toEqual([...whole].sort());
    const b = bareEntriesAt(text, from, to);
    if (bare === null) expect(b).toBeNull();
    else expect(cats(b).sort()).toEqual([...bare].sort());
  });
});
