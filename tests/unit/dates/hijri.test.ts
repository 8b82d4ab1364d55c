import { describe, expect, it } from 'vitest';
import { gregorianToJdn, jdnToGregorian, weekdayOfJdn } from '../../../lib/dates/gregorian';
import {
  gregorianToHijri,
  hijriCalendarInUse,
  hijriToGregorian,
  jdnToTabularHijri,
  tabularHijriToGregorian,
  tabularHijriToJdn,
} from '../../../lib/dates/hijri';
import { hijriDayExists } from '../../../lib/dates/resolve';

// Umm al-Qura dates as announced in Saudi Arabia.
const ummAlQura: [[number, number, number], [number, number, number]][] = [
  [
    [1445, 9, 1],
    [2024, 3, 11],
  ], // 1 Ramadan 1445
  [
    [1445, 1, 1],
    [2023, 7, 19],
  ], // 1 Muharram 1445
  [
    [1444, 10, 1],
    [2023, 4, 21],
  ], // Eid al-Fitr 1444
  [
    [1442, 12, 10],
    [2021, 7, 20],
  ], // Eid al-Adha 1442
  [
    [1443, 2, 15],
    [2021, 9, 22],
  ],
];

describe('Hijri conversion (Umm al-Qura through Intl)', () => {
  it('uses Umm al-Qura on this platform', () => {
    expect(hijriCalendarInUse()).toBe('umm-al-qura');
  });
  it.each(ummAlQura)('%j ↔ %j', ([hy, hm, hd], [gy, gm, gd]) => {
    expect(hijriToGregorian(hy, hm, hd)).toEqual({ y: gy, m: gm, d: gd });
    expect(gregorianToHijri(gy, gm, gd)).toEqual({ y: hy, m: hm, d: hd });
  });
  it('round-trips every day of 2020–2025', () => {
    for (let j = gregorianToJdn(2020, 1, 1); j < gregorianToJdn(2026, 1, 1); j++) {
      const g = jdnToGregorian(j);
      const h = gregorianToHijri(g.y, g.m, g.d);
      expect(hijriToGregorian(h.y, h.m, h.d)).toEqual(g);
    }
  });
  it.each([
    [1444, 9, 30, false], // Ramadan 1444 had 29 days (23 March – 20 April 2023)
    [1444, 9, 29, true],
    [1445, 9, 30, true], // Ramadan 1445 had 30 days
    [1445, 8, 0, false],
  ])('day %i-%i-%i exists: %s', (y, m, d, exists) => {
    expect(hijriDayExists(y, m, d)).toBe(exists);
  });
});

describe('tabular (arithmetic) Hijri calendar', () => {
  const civil = new Intl.DateTimeFormat('en-u-ca-islamic-civil-nu-latn', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  it('agrees with ICU islamic-civil day by day over 1990–2030', () => {
    for (let j = gregorianToJdn(1990, 1, 1); j < gregorianToJdn(2030, 1, 1); j += 1) {
      const parts = civil.formatToParts((j - 2440588) * 86400000);
      const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
      const h = jdnToTabularHijri(j);
      expect([h.y, h.m, h.d]).toEqual([get('year'), get('month'), get('day')]);
      expect(tabularHijriToJdn(h.y, h.m, h.d)).toBe(j);
    }
  });
  it('is within two days of Umm al-Qura but not always equal', () => {
    let differs = 0;
    for (const [[hy, hm, hd]] of ummAlQura) {
      const t = tabularHijriToGregorian(hy, hm, hd);
      const a = gregorianToJdn(t.y, t.m, t.d);
      const g = hijriToGregorian(hy, hm, hd);
      const b = gregorianToJdn(g.y, g.m, g.d);
      expect(Math.abs(a - b)).toBeLessThanOrEqual(2);
      if (a !== b) differs++;
    }
    expect(differs).toBeGreaterThan(0);
  });
});

describe('Gregorian day numbers', () => {
  it.each([
    [2000, 1, 1, 2451545, 6],
    [2021, 9, 22, 2459480, 3],
    [1970, 1, 1, 2440588, 4],
  ])('%i-%i-%i = JDN %i, weekday %i', (y, m, d, jdn, wd) => {
    expect(gregorianToJdn(y, m, d)).toBe(jdn);
    expect(jdnToGregorian(jdn)).toEqual({ y, m, d });
    expect(weekdayOfJdn(jdn)).toBe(wd);
  });
});
