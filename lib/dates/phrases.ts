// Absolute-date grammar: numeric dates, "day month year" phrases in every month family (and Hijri),
// and years. Each parser takes the token where the phrase would start and returns a Match or null.
import {
  glued,
  hasContextBefore,
  inLargerNumber,
  isNum,
  lastOriginalChar,
  lookup,
  lookupOnLine,
  numAt,
  onSameLine,
  isWord,
  wordAt,
  type Match,
  type State,
} from './cursor';
import { gregorianValue, hijriValue, hijriYearInGregorianYear, hijriYearValue, refIn, yearFor } from './resolve';
import { CATEGORY_BIT as CAT } from './lexicon';
import { NUM, PUNCT, WORD } from './scan';

const MIN_YEAR = 1000;
const MAX_YEAR = 2199;
/** Without a year noun or era marker (في 2019, منذ 2019) only plausible news years count. */
const MIN_BARE_YEAR = 1900;
const MAX_BARE_YEAR = 2100;
/** Numeric dates with a year in this range and no era marker are Hijri (1445/9/1). */
const MIN_HIJRI_NUMERIC = 1380;
const MAX_HIJRI_NUMERIC = 1500;

/** Optional era marker after a year: returns the calendar and the token after it. */
function eraMarker(s: State, j: number): { cal: 'gregorian' | 'hijri'; next: number } | null {
  const h = lookupOnLine(s, j, CAT.hmark);
  if (h) return { cal: 'hijri', next: h.next };
  const g = lookupOnLine(s, j, CAT.gmark);
  return g ? { cal: 'gregorian', next: g.next } : null;
}

/** 18/9/2021, 18-9-2021, 18.9.2021 (day first, as the Arab world writes), 2021/9/18, 2021-09-18. */
export function parseNumeric(s: State, i: number): Match | null {
  const t = s.t;
  if (!isNum(s, i) || i + 4 >= t.count) return null;
  const sep = wordAt(s, i + 1);
  if (sep !== '/' && sep !== '-' && sep !== '.') return null;
  for (let k = i + 1; k <= i + 4; k++) if (!glued(s, k)) return null;
  if (t.kind[i + 2] !== NUM || wordAt(s, i + 3) !== sep || t.kind[i + 4] !== NUM) return null;
  if (inLargerNumber(s, i, i + 4)) return null;
  const [a, b, c] = [wordAt(s, i), wordAt(s, i + 2), wordAt(s, i + 4)];
  let y: number, m: number, d: number;
  if (a.length === 4 && b.length <= 2 && c.length <= 2) [y, m, d] = [+a, +b, +c];
  else if (c.length === 4 && a.length <= 2 && b.length <= 2) [d, m, y] = [+a, +b, +c];
  else return null;
  let next = i + 5;
  const era = eraMarker(s, next);
  if (era) next = era.next;
  const hijri = era ? era.cal === 'hijri' : y >= MIN_HIJRI_NUMERIC && y <= MAX_HIJRI_NUMERIC;
  if (!hijri && (y < MIN_YEAR || y > MAX_YEAR)) return null;
  const value = hijri ? hijriValue(y, m, d) : gregorianValue(y, m, d);
  return value ? { first: i, next, value, cal: hijri ? 'hijri' : 'gregorian' } : null;
}

/**
 * [day] [من] [شهر] MONTH [/ MONTH | (MONTH)] [، من العام YEAR [هـ|م]] | [الماضي|المقبل|الجاري].
 * A month without day, year, pair, شهر or modifier is a date only after a context word (في مارس),
 * never for Hijri months (رمضان, رجب are also names) or ambiguous spellings (آب = أب "father").
 * requireDay: used after a weekday prefix (الخميس 18 سبتمبر). context: a context word precedes i;
 * undefined: asked (hasContextBefore) only when the month stands alone.
 */
export function parseMonthPhrase(s: State, i: number, context: boolean | undefined, requireDay = false): Match | null {
  const t = s.t;
  let j = i;
  let day: number | null = null;
  // الـ18 / و18: a proclitic or article glued to the day number.
  const w0 = wordAt(s, j);
  if (t.kind[j] === WORD && (w0 === 'ال' || w0 === 'و' || w0 === 'وال') && isNum(s, j + 1) && glued(s, j + 1)) j++;
  if (isNum(s, j, 1, 2)) {
    day = numAt(s, j);
    if (day < 1 || day > 31) return null;
    j++;
    if (isWord(s, j, 'من') && onSameLine(s, j)) j++;
  } else if (j !== i || requireDay) {
    return null;
  }
  let monthNoun = false;
  if (day === null) {
    const mn = lookup(s, j, CAT.monthnoun);
    if (mn) {
      monthNoun = true;
      j = mn.next;
    }
  }
  if (j > i && !onSameLine(s, j)) return null;
  const cliticOk = j === i;
  const mh = lookup(s, j, CAT.gmonth, cliticOk) ?? lookup(s, j, CAT.hmonth, cliticOk);
  if (!mh) return null;
  const cat = mh.entry.cat;
  const month = mh.entry.value;
  let cal: 'gregorian' | 'hijri' = cat === 'hmonth' ? 'hijri' : 'gregorian';
  j = mh.next;

  let paired = false;
  const open = wordAt(s, j);
  if ((open === '/' || open === '(') && onSameLine(s, j)) {
    const m2 = lookupOnLine(s, j + 1, mh.entry.bit);
    if (m2 && m2.entry.value === month) {
      paired = true;
      j = m2.next;
      if (open === '(' && isWord(s, j, ')')) j++;
    }
  }

  let year: number | null = null;
  let k = j;
  if ((isWord(s, k, '،') || isWord(s, k, ',')) && onSameLine(s, k)) k++;
  if (isWord(s, k, 'من') && onSameLine(s, k)) k++;
  const yn = lookupOnLine(s, k, CAT.yearnoun);
  if (yn) k = yn.next;
  if (isNum(s, k, 3, 4) && onSameLine(s, k) && !inLargerNumber(s, k, k)) {
    const y = numAt(s, k);
    const era = eraMarker(s, k + 1);
    const hijriYear = era?.cal === 'hijri' || (cat === 'hmonth' && y < 1700);
    if (era?.cal === 'hijri' && cat === 'gmonth') return null;
    if (hijriYear || (y >= MIN_YEAR && y <= MAX_YEAR)) {
      year = y;
      cal = hijriYear ? 'hijri' : cal;
      j = era ? era.next : k + 1;
    }
  }

  let offset: number | null = null;
  if (year === null) {
    const md = lookupOnLine(s, j, CAT.mod);
    if (md) {
      offset = md.entry.value;
      j = md.next;
    }
  }

  const detailed = day !== null || year !== null || offset !== null || paired || monthNoun;
  if (!detailed && (cal === 'hijri' || mh.entry.ambiguous || !(context ?? hasContextBefore(s, i)))) return null;

  let value: string | null;
  if (cal === 'gregorian') {
    if (year === null && !s.ref) return null;
    const y = year ?? yearFor(s.ref!, month, day, offset);
    value = gregorianValue(y, month, day);
  } else {
    let hy: number | null;
    if (year !== null) hy = year >= 1700 ? hijriYearInGregorianYear(year, month) : year;
    else hy = s.ref ? yearFor(refIn('hijri', s.ref), month, day, offset) : null;
    value = hy === null ? null : hijriValue(hy, month, day);
  }
  return value ? { first: i, next: j, value, cal } : null;
}

/**
 * عام 2019, العام 2019, سنة 2019, 2019م, 1445 هـ, and a bare year after a context word
 * (في 2019, منذ 2019) when it is not a count ("في 2019 صاروخا" has the tamyiz ending ـا).
 */
export function parseYearPhrase(s: State, i: number, context: boolean | undefined): Match | null {
  let j = i;
  const yn = lookup(s, j, CAT.yearnoun);
  if (yn) j = yn.next;
  if (!isNum(s, j, 3, 4) || (j > i && !onSameLine(s, j)) || inLargerNumber(s, j, j)) return null;
  const y = numAt(s, j);
  const digits = s.t.end[j]! - s.t.start[j]!;
  j++;
  const era = eraMarker(s, j);
  if (era?.cal === 'hijri') {
    return y >= 1 && y <= 1600 ? { first: i, next: era.next, value: hijriYearValue(y), cal: 'hijri' } : null;
  }
  if (era || yn) {
    if (digits !== 4 || y < MIN_YEAR || y > MAX_YEAR) return null;
    return { first: i, next: era ? era.next : j, value: String(y), cal: 'gregorian' };
  }
  if (digits !== 4 || y < MIN_BARE_YEAR || y > MAX_BARE_YEAR || !(context ?? hasContextBefore(s, i))) return null;
  if (looksLikeCountedNoun(s, j)) return null;
  return { first: i, next: j, value: String(y), cal: 'gregorian' };
}

/**
 * The word after a number is its counted noun: a known one, or an indefinite word of four letters
 * or more ending in a plain alef (tamyiz: صاروخا, جنديا). The alef is checked in the original text
 * because normalisation turns the hamza of verbs such as بدأ into the same letter.
 */
function looksLikeCountedNoun(s: State, j: number): boolean {
  if (j >= s.t.count || s.t.newline[j] || s.t.kind[j] !== WORD) return false;
  if (lookup(s, j, CAT.countnoun, false)) return true;
  const w = wordAt(s, j);
  if (w.startsWith('ال') || !w.endsWith('ا') || w.length < 4 || lastOriginalChar(s, j) !== ALEF) return false;
  return lookup(s, j, CAT.adverb, false) === null;
}

const ALEF = 0x627;

/** عامي 2019 و2020, بين 2010 و2015, 2019-2020: the year after a year mention. */
export function parseYearContinuation(s: State, j: number, cal: 'gregorian' | 'hijri'): Match | null {
  const t = s.t;
  if (j + 1 >= t.count || !onSameLine(s, j) || !onSameLine(s, j + 1)) return null;
  if (lookup(s, j, CAT.connector, false) === null || (t.kind[j] !== WORD && t.kind[j] !== PUNCT)) return null;
  if (!isNum(s, j + 1, 4, 4) || inLargerNumber(s, j + 1, j + 1)) return null;
  const y = numAt(s, j + 1);
  // A glued و is a proclitic and belongs to the span; a separate connector does not.
  const first = isWord(s, j, 'و') && glued(s, j + 1) ? j : j + 1;
  let next = j + 2;
  const era = eraMarker(s, next);
  if (era) next = era.next;
  if (cal === 'hijri' || era?.cal === 'hijri') {
    return y <= 1600 ? { first, next, value: hijriYearValue(y), cal: 'hijri' } : null;
  }
  if (y < MIN_BARE_YEAR || y > MAX_BARE_YEAR) return null;
  return { first, next, value: String(y), cal: 'gregorian' };
}
