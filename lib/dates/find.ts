// Date mentions in Arabic text, with ISO values at the precision the text gives.
//
// One pass: the text is normalised once (lib/text/normalize: hamza/alef forms, ى/ي, ة/ه, digits,
// diacritics, tatweel), scanned into tokens, and at each token that could start a date the grammar
// (phrases.ts, relative.ts) tries its forms in a fixed order; a match skips past its tokens.
// Offsets come back to the ORIGINAL string through normalize()'s map.
//
// Spans: they include منذ (the gold writes "منذ 2019"), the year noun (عام 2019), شهر, يوم before a
// weekday, era markers (هـ, م), modifiers (الماضي) and proclitics glued to the first word (وأمس);
// they exclude other prepositions (في, خلال, حتى), which only serve as context.
// Without a reference date, relative expressions and month names without a year are skipped.
import type { DateMention } from '../types';
import { isFormatChar, normalize, type Normalized } from '../text/normalize';
import { isWord, lookup, mayStartDate, newMemo, type Match, type State } from './cursor';
import { parseIsoDay } from './gregorian';
import { CATEGORY_BIT as CAT } from './lexicon';
import { parseMonthPhrase, parseNumeric, parseYearContinuation, parseYearPhrase } from './phrases';
import { parseRelative, weekdayPhrase } from './relative';
import { scan, WORD } from './scan';

/** Forms that start at token i, without a منذ prefix. */
/** context: a context word precedes i; undefined: ask (hasContextBefore) only where a form needs it. */
function parseCore(s: State, i: number, context: boolean | undefined): Match | null {
  // A weekday before a full date belongs to it: "الخميس 18 سبتمبر 2021", "يوم الأحد 18/9/2021".
  const wp = weekdayPhrase(s, i);
  if (wp) {
    let j = wp.next;
    if (isWord(s, j, '،') || isWord(s, j, ',')) j++;
    const dated = parseNumeric(s, j) ?? parseMonthPhrase(s, j, true, true);
    if (dated) return { ...dated, first: wp.first };
  }
  return parseNumeric(s, i) ?? parseMonthPhrase(s, i, context) ?? parseYearPhrase(s, i, context) ?? parseRelative(s, i);
}

function parseAt(s: State, i: number): Match | null {
  if (!s.t.candidate[i] || (s.t.kind[i] === WORD && !mayStartDate(s, i))) return null;
  const since = lookup(s, i, CAT.spanprep);
  if (since) {
    const m = since.next < s.t.count && !s.t.newline[since.next] ? parseCore(s, since.next, true) : null;
    if (m) return { ...m, first: i };
  }
  return parseCore(s, i, undefined);
}

/**
 * Date mentions in text, in order, non-overlapping. ref: the publication date (YYYY-MM-DD) used to
 * resolve relative and year-less expressions, or null (they are then skipped). Offsets are UTF-16
 * indices into text as given.
 */
export function findDates(text: string, ref: string | null, normal: Normalized = normalize(text)): DateMention[] {
  const { text: norm, map } = normal;
  const t = scan(norm);
  const s: State = { t, ref: ref ? parseIsoDay(ref) : null, original: text, map, memo: newMemo() };
  const out: DateMention[] = [];
  const emit = (m: Match): void => {
    const start = map[t.start[m.first]!]!;
    let end = map[t.end[m.next - 1]!]!;
    while (end > start && isFormatChar(text.charCodeAt(end - 1))) end--;
    out.push({ start, end, text: text.slice(start, end), value: m.value, calendar: m.cal });
  };
  let i = 0;
  while (i < t.count) {
    const m = parseAt(s, i);
    if (!m) {
      i++;
      continue;
    }
    emit(m);
    i = m.next;
    // A year list continues the mention before it: عامي 2019 و2020, بين 2010 و2015.
    let prev = m;
    while (prev.value.length === 4) {
      const more = parseYearContinuation(s, i, prev.cal);
      if (!more) break;
      emit(more);
      i = more.next;
      prev = more;
    }
  }
  return out;
}
