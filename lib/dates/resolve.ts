// Resolving incomplete date expressions against the reference (publication) date.
//
// Rules (each chosen for how Arabic news writes):
// - No modifier, no year ("18 سبتمبر", "في مارس"): the occurrence nearest to the reference date,
//   among last year, this year and next year; a tie goes to the past (news reports what happened).
// - الماضي / المنصرم: the most recent such month STRICTLY before the reference month
//   (ref 2021-09-22: أغسطس الماضي = 2021-08, سبتمبر الماضي = 2020-09). With a day in the reference
//   month, a day before the reference day counts as this year's.
// - المقبل / القادم: the next such month strictly after the reference month (same day rule).
// - الجاري / الحالي: the reference year.
// - Weekdays: plain (يوم الخميس) = the most recent one ON or before the reference day;
//   الماضي = strictly before (a Thursday article's "الخميس الماضي" is last week's);
//   المقبل / القادم = strictly after; الحالي / الجاري = nearest.
// - الأسبوع الماضي / المقبل: YYYY-MM of the day 7 days before / after the reference date, because
//   DateMention has no week precision; هذا الأسبوع = the reference month.
// The same rules apply to Hijri months, counted in Hijri months, then converted.
import {
  fromMonthIndex,
  gregorianToJdn,
  isoDay,
  isoMonth,
  isValidDate,
  jdnToGregorian,
  monthIndex,
  weekdayOfJdn,
  type Ymd,
} from './gregorian';
import { gregorianToHijri, hijriToGregorian, hijriToJdn } from './hijri';

export type Calendar = 'gregorian' | 'hijri';

/** Year of month m (with optional day d) relative to ref (given in the same calendar). */
export function yearFor(ref: Ymd, m: number, d: number | null, offset: number | null): number {
  if (offset === 0) return ref.y;
  if (offset === -1) {
    if (m < ref.m || (m === ref.m && d !== null && d < ref.d)) return ref.y;
    return ref.y - 1;
  }
  if (offset === 1) {
    if (m > ref.m || (m === ref.m && d !== null && d > ref.d)) return ref.y;
    return ref.y + 1;
  }
  // Nearest: compare month distances (or day distances when a day is given); ties to the past.
  const refIdx = monthIndex(ref.y, ref.m);
  let best = ref.y;
  let bestDist = Infinity;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    const dist =
      d === null
        ? monthIndex(y, m) - refIdx
        : // 31-day months: distance in days approximated on a 31-day grid is enough to rank.
          (monthIndex(y, m) - refIdx) * 31 + (d - ref.d);
    const abs = Math.abs(dist);
    if (abs < bestDist || (abs === bestDist && dist < 0)) {
      best = y;
      bestDist = abs;
    }
  }
  return best;
}

/** ISO value for a Gregorian month (and day) with a year, or null if the day does not exist. */
export function gregorianValue(y: number, m: number, d: number | null): string | null {
  if (d === null) return isoMonth(y, m);
  return isValidDate(y, m, d) ? isoDay({ y, m, d }) : null;
}

/** ISO value for a Hijri date: a day converts to its day; a month to the Gregorian month of its 1st. */
export function hijriValue(y: number, m: number, d: number | null): string | null {
  if (y < 1 || y > 9999 || m < 1 || m > 12) return null;
  if (d === null) {
    const g = hijriToGregorian(y, m, 1);
    return isoMonth(g.y, g.m);
  }
  if (!hijriDayExists(y, m, d)) return null;
  return isoDay(hijriToGregorian(y, m, d));
}

/** A Hijri year alone: the Gregorian year in which it begins (1 Muharram). */
export function hijriYearValue(y: number): string {
  return String(hijriToGregorian(y, 1, 1).y);
}

/** A Hijri month written with a Gregorian year (رمضان 2024): the Hijri year whose month starts in it. */
export function hijriYearInGregorianYear(gy: number, m: number): number | null {
  const h = gregorianToHijri(gy, 1, 1).y;
  for (const hy of [h, h + 1]) {
    if (hijriToGregorian(hy, m, 1).y === gy) return hy;
  }
  return null;
}

/** ref in the calendar of the expression. */
export function refIn(cal: Calendar, ref: Ymd): Ymd {
  return cal === 'hijri' ? gregorianToHijri(ref.y, ref.m, ref.d) : ref;
}

export function shiftDays(ref: Ymd, days: number): string {
  return isoDay(jdnToGregorian(gregorianToJdn(ref.y, ref.m, ref.d) + days));
}

export function relativeUnitValue(ref: Ymd, unit: number, offset: number): string {
  if (unit === 0) {
    const day = jdnToGregorian(gregorianToJdn(ref.y, ref.m, ref.d) + 7 * offset);
    return isoMonth(day.y, day.m);
  }
  if (unit === 1) {
    const { y, m } = fromMonthIndex(monthIndex(ref.y, ref.m) + offset);
    return isoMonth(y, m);
  }
  return String(ref.y + offset);
}

/** weekday 0 = Sunday; offset null = plain, -1 past, 1 next, 0 nearest. */
export function weekdayValue(ref: Ymd, weekday: number, offset: number | null): string {
  const refJdn = gregorianToJdn(ref.y, ref.m, ref.d);
  const back = (weekdayOfJdn(refJdn) - weekday + 7) % 7; // days back to the most recent one, 0 = today
  let jdn: number;
  if (offset === 1) jdn = refJdn + (back === 0 ? 7 : 7 - back);
  else if (offset === -1) jdn = refJdn - (back === 0 ? 7 : back);
  else if (offset === 0) jdn = back <= 3 ? refJdn - back : refJdn + 7 - back;
  else jdn = refJdn - back;
  return isoDay(jdnToGregorian(jdn));
}

/** Hijri day check against the calendar in use: day 30 of a 29-day month does not exist. */
export function hijriDayExists(y: number, m: number, d: number): boolean {
  if (d < 30) return d >= 1;
  const g = jdnToGregorian(hijriToJdn(y, m, d));
  const back = gregorianToHijri(g.y, g.m, g.d);
  return back.m === m && back.d === d;
}
