// Hijri ↔ Gregorian conversion.
//
// Calendar: Umm al-Qura (the official calendar of Saudi Arabia, which most Arabic news that prints
// Hijri dates follows), taken from the platform's ECMA-402 Intl implementation (ICU's
// "islamic-umalqura", which covers 1300–1600 AH; outside it ICU itself uses the arithmetic
// calendar). No table or code is copied: we only ask Intl for the Hijri date of a Gregorian day
// and search around an arithmetic estimate.
//
// Fallback when Intl lacks the calendar: the tabular (arithmetic, "islamic-civil") calendar —
// 30-year cycle, leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29, months alternating 30/29 days,
// epoch 1 Muharram 1 AH = Friday 16 July 622 (Julian). It differs from sighting-based or Umm
// al-Qura dates by ±1–2 days, which is why it is only the fallback.
//
// Countries that start months on local sighting (Egypt, Morocco, Iraq …) may print a Hijri date
// one day off Umm al-Qura; nothing in the text tells us which, so that error is accepted.
import { gregorianToJdn, jdnToGregorian, type Ymd } from './gregorian';

/** JDN of 1 Muharram 1 AH in the civil (Friday-epoch) reckoning. */
const CIVIL_EPOCH = 1948440;

export function tabularHijriToJdn(y: number, m: number, d: number): number {
  return d + Math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30) + CIVIL_EPOCH - 1;
}

export function jdnToTabularHijri(jdn: number): Ymd {
  const y = Math.floor((30 * (jdn - CIVIL_EPOCH) + 10646) / 10631);
  const m = Math.min(12, Math.ceil((jdn - 29 - tabularHijriToJdn(y, 1, 1)) / 29.5) + 1);
  const d = jdn - tabularHijriToJdn(y, m, 1) + 1;
  return { y, m, d };
}

export function tabularHijriToGregorian(y: number, m: number, d: number): Ymd {
  return jdnToGregorian(tabularHijriToJdn(y, m, d));
}

type HijriOfJdn = (jdn: number) => Ymd;

function makeUmmAlQura(): HijriOfJdn | null {
  try {
    const fmt = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    if (fmt.resolvedOptions().calendar !== 'islamic-umalqura') return null;
    const of = (jdn: number): Ymd => {
      const parts = fmt.formatToParts((jdn - 2440588) * 86400000);
      const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
      return { y: get('year'), m: get('month'), d: get('day') };
    };
    // Known anchor: 1 Ramadan 1445 AH = 11 March 2024 in Umm al-Qura.
    const probe = of(gregorianToJdn(2024, 3, 11));
    return probe.y === 1445 && probe.m === 9 && probe.d === 1 ? of : null;
  } catch {
    return null;
  }
}

// Built on first use, not when the module loads: creating the formatter costs 10-25 ms, which every
// start of the command line and of the background paid, and most texts hold no Hijri date.
let ummAlQuraMemo: HijriOfJdn | null | undefined;
const ummAlQura = (): HijriOfJdn | null =>
  ummAlQuraMemo === undefined ? (ummAlQuraMemo = makeUmmAlQura()) : ummAlQuraMemo;

/** Which calendar the conversions below use on this platform. */
export const hijriCalendarInUse = (): 'umm-al-qura' | 'tabular' => (ummAlQura() ? 'umm-al-qura' : 'tabular');

/** Position on a grid of 30-day months: distinct for every (y, m, d), including day 30. */
function gridIndex(y: number, m: number, d: number): number {
  return (y * 12 + m - 1) * 30 + d;
}

// Intl formatting costs microseconds; news repeats the same few dates, so results are memoised.
const toJdnCache = new Map<number, number>();
const fromJdnCache = new Map<number, Ymd>();
const CACHE_LIMIT = 4096;

export function hijriToJdn(y: number, m: number, d: number): number {
  const key = gridIndex(y, m, d);
  let jdn = toJdnCache.get(key);
  if (jdn === undefined) {
    if (toJdnCache.size >= CACHE_LIMIT) toJdnCache.clear();
    toJdnCache.set(key, (jdn = searchJdn(y, m, d)));
  }
  return jdn;
}

function searchJdn(y: number, m: number, d: number): number {
  const estimate = tabularHijriToJdn(y, m, d);
  const uq = ummAlQura();
  if (!uq) return estimate;
  // Umm al-Qura stays within a few days of the arithmetic calendar: step by the grid distance
  // between the wanted Hijri day and the one Intl reports until they agree. A step across a
  // 29-day month overshoots by one and the next step corrects it.
  const want = gridIndex(y, m, d);
  let jdn = estimate;
  for (let i = 0; i < 6; i++) {
    const got = uq(jdn);
    if (!Number.isFinite(got.y)) return estimate;
    const diff = want - gridIndex(got.y, got.m, got.d);
    if (diff === 0) return jdn;
    jdn += diff;
  }
  // Only day 30 of a 29-day month has no exact match (hijriDayExists reports it).
  return jdn;
}

function jdnToHijri(jdn: number): Ymd {
  let h = fromJdnCache.get(jdn);
  if (!h) {
    const uq = ummAlQura()?.(jdn);
    h = uq && Number.isFinite(uq.y) ? uq : jdnToTabularHijri(jdn);
    if (fromJdnCache.size >= CACHE_LIMIT) fromJdnCache.clear();
    fromJdnCache.set(jdn, h);
  }
  return { ...h };
}

/** Hijri (Umm al-Qura, else tabular) → Gregorian. */
export function hijriToGregorian(y: number, m: number, d: number): Ymd {
  return jdnToGregorian(hijriToJdn(y, m, d));
}

/** Gregorian → Hijri (Umm al-Qura, else tabular). */
export function gregorianToHijri(y: number, m: number, d: number): Ymd {
  return jdnToHijri(gregorianToJdn(y, m, d));
}
