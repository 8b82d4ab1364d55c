// Proleptic Gregorian arithmetic on day numbers, without Date (whose UTC years 0–99 jump to 19xx
// and whose local-time methods would leak the reader's timezone into results).

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Julian Day Number (integer, the day that starts at noon) of a Gregorian date. */
export function gregorianToJdn(y: number, m: number, d: number): number {
  // Count from March so that the leap day is the last day of the counting year.
  const a = m <= 2 ? 1 : 0;
  const yy = y + 4800 - a;
  const mm = m + 12 * a - 3;
  return (
    d +
    Math.floor((153 * mm + 2) / 5) +
    365 * yy +
    Math.floor(yy / 4) -
    Math.floor(yy / 100) +
    Math.floor(yy / 400) -
    32045
  );
}

export function jdnToGregorian(jdn: number): Ymd {
  const a = jdn + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const dd = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * dd) / 4);
  const mm = Math.floor((5 * e + 2) / 153);
  return {
    d: e - Math.floor((153 * mm + 2) / 5) + 1,
    m: mm + 3 - 12 * Math.floor(mm / 10),
    y: 100 * b + dd - 4800 + Math.floor(mm / 10),
  };
}

/** 0 = Sunday … 6 = Saturday, as Date.getUTCDay(). */
export function weekdayOfJdn(jdn: number): number {
  return (jdn + 1) % 7;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;
const pad4 = (n: number): string => String(n).padStart(4, '0');

export function isoDay(date: Ymd): string {
  return `${pad4(date.y)}-${pad2(date.m)}-${pad2(date.d)}`;
}

export function isoMonth(y: number, m: number): string {
  return `${pad4(y)}-${pad2(m)}`;
}

/** Parses YYYY-MM-DD (a reference date); null when malformed or not a real date. */
export function parseIsoDay(s: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const date = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDate(date.y, date.m, date.d) ? date : null;
}

/** Month index counted from year 0, so that month offsets are plain subtraction. */
export function monthIndex(y: number, m: number): number {
  return y * 12 + (m - 1);
}

export function fromMonthIndex(i: number): { y: number; m: number } {
  return { y: Math.floor(i / 12), m: (i % 12) + 1 };
}
