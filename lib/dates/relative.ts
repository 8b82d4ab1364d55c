// Relative-date grammar, resolved against the reference date (callers skip it when there is none):
// أمس / أول أمس / اليوم / غداً / بعد غد, الأسبوع|الشهر|العام الماضي|المقبل|الجاري, هذا العام,
// 18 من الشهر الجاري, and weekdays (يوم الخميس, الاثنين الماضي). Rules are in resolve.ts.
import { isNum, lookup, lookupOnLine, isWord, numAt, onSameLine, wordAt, type Match, type State } from './cursor';
import { normalizeText } from '../text/normalize';
import { CATEGORY_BIT as CAT, UNIT_MONTH } from './lexicon';
import { gregorianValue, relativeUnitValue, shiftDays, weekdayValue } from './resolve';
import { WORD } from './scan';

const TODAY = normalizeText('اليوم');
const DAY_WORD = normalizeText('يوم');
const NOT_TODAY_PREPOSITIONS = new Set(['في', 'كل', 'الى', 'لهذا']);

/** Weekday with its cue: "يوم الخميس" (span from يوم), "مساء الخميس" (span from الخميس). */
export function weekdayPhrase(
  s: State,
  i: number,
): { first: number; next: number; weekday: number; ambiguous: boolean; cued: boolean } | null {
  let j = i;
  let first = i;
  const cue = lookup(s, j, CAT.wdcue);
  if (cue) {
    j = cue.next;
    if (!onSameLine(s, j)) return null;
    const w = wordAt(s, i);
    if (!(w === DAY_WORD || (cue.clitic && w.endsWith(DAY_WORD)))) first = j;
  }
  const wd = lookup(s, j, CAT.weekday, j === i);
  if (!wd) return null;
  return { first, next: wd.next, weekday: wd.entry.value, ambiguous: wd.entry.ambiguous, cued: cue !== null };
}

function parseWeekday(s: State, i: number): Match | null {
  const wp = weekdayPhrase(s, i);
  if (!wp) return null;
  const mod = lookupOnLine(s, wp.next, CAT.mod);
  if (wp.ambiguous && !wp.cued && !mod) return null;
  return {
    first: wp.first,
    next: mod ? mod.next : wp.next,
    value: weekdayValue(s.ref!, wp.weekday, mod ? mod.entry.value : null),
    cal: 'gregorian',
  };
}

function parseDayRelative(s: State, i: number): Match | null {
  const hit = lookup(s, i, CAT.dayrel);
  if (!hit) return null;
  if (hit.entry.rest.length === 0 && !hit.clitic && isWord(s, i, TODAY)) {
    // اليوم is "today" unless it is "that day" (ذلك اليوم, في اليوم, اليوم الأول, اليوم الوطني).
    if (
      i > 0 &&
      onSameLine(s, i) &&
      (lookup(s, i - 1, CAT.nottoday, false) || NOT_TODAY_PREPOSITIONS.has(wordAt(s, i - 1)))
    )
      return null;
    const after = wordAt(s, hit.next);
    if (
      onSameLine(s, hit.next) &&
      s.t.kind[hit.next] === WORD &&
      after.startsWith('ال') &&
      !lookup(s, hit.next, CAT.weekday, false)
    ) {
      return null;
    }
  }
  return { first: i, next: hit.next, value: shiftDays(s.ref!, hit.entry.value), cal: 'gregorian' };
}

/** الأسبوع الماضي, الشهر الجاري, العام المقبل, هذا العام, هذه السنة. */
function parseUnit(s: State, i: number): Match | null {
  const demo = lookup(s, i, CAT.demo);
  if (demo) {
    const unit = lookupOnLine(s, demo.next, CAT.unit);
    if (!unit) return null;
    return { first: i, next: unit.next, value: relativeUnitValue(s.ref!, unit.entry.value, 0), cal: 'gregorian' };
  }
  const unit = lookup(s, i, CAT.unit);
  if (!unit) return null;
  const mod = lookupOnLine(s, unit.next, CAT.mod);
  if (!mod) return null;
  return {
    first: i,
    next: mod.next,
    value: relativeUnitValue(s.ref!, unit.entry.value, mod.entry.value),
    cal: 'gregorian',
  };
}

/** "18 من الشهر الجاري", "الـ5 من الشهر الماضي": a day in a relative month. */
function parseDayOfRelativeMonth(s: State, i: number): Match | null {
  let j = i;
  if (s.t.kind[j] === WORD && (isWord(s, j, 'ال') || isWord(s, j, 'و')) && isNum(s, j + 1, 1, 2)) j++;
  if (!isNum(s, j, 1, 2)) return null;
  const day = numAt(s, j);
  j++;
  if (isWord(s, j, 'من') && onSameLine(s, j)) j++;
  const unit = lookupOnLine(s, j, CAT.unit);
  if (!unit || unit.entry.value !== UNIT_MONTH) return null;
  const mod = lookupOnLine(s, unit.next, CAT.mod);
  if (!mod) return null;
  const month = relativeUnitValue(s.ref!, UNIT_MONTH, mod.entry.value);
  const value = gregorianValue(Number(month.slice(0, 4)), Number(month.slice(5, 7)), day);
  return value ? { first: i, next: mod.next, value, cal: 'gregorian' } : null;
}

export function parseRelative(s: State, i: number): Match | null {
  if (!s.ref) return null;
  return parseDayOfRelativeMonth(s, i) ?? parseDayRelative(s, i) ?? parseUnit(s, i) ?? parseWeekday(s, i);
}
