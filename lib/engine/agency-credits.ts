// Agency credits: news names its source where a story opens or ends, in set slots: after the
// dateline's town in brackets (بيروت (أ ف ب) -), between a dash and a colon (اسلام اباد - بترا :),
// alone in brackets at the story's end (... (رويترز)). In those slots the agency is an organisation
// whatever an earlier stage read (بترا as a person, قنا as the town of Qena). The letter forms are
// written many ways (أ ف ب, ا . ف . ب, اف ب, ا فب), so the letters are joined before they are
// compared. A one- or two-word credit no list holds counts only between a dateline's marks, and
// only if it reads as a name: no given name (a byline: متابعة - صلاح عبدالغني :), no common word
// (القاهرة - خاص :, بيروت - وكالات :) and nothing another stage named (ليل ( فرنسا ) - ميلان).
import { lineOpeners } from './datelines';
import { byStart } from './order';
import { ruleGuess, type Candidate, type Doc } from './types';

/** News agencies' credits, letters joined and folded (أ ف ب → افب, د ب أ → دبا, أ ش أ → اشا). */
const AGENCIES = new Set([
  'افب',
  'دبا',
  'اشا',
  'رويترز',
  'بترا',
  'قنا',
  'وام',
  'سانا',
  'واس',
  'كونا',
  'ارنا',
  'ايرنا',
  'يوبياي',
  'سبا',
]);
const DASHES = new Set(['-', '–', '—']);
/** Most tokens a credit spans (ا . ف . ب is five). */
const LONGEST = 5;
/** Most words of the dateline's town before the credit (اسلام اباد). */
const TOWN_WORDS = 3;

export interface CreditTests {
  /** Token i may be a name word: not a common or function word. */
  plain(i: number): boolean;
  /** Token i is a given name. */
  given(i: number): boolean;
  /** Another stage named token i from a list. */
  taken(i: number): boolean;
}

/** A credit's tokens [start, end), and whether a list names it. */
type Span = [start: number, end: number, listed: boolean];

/** The tokens [from, to) name a news agency, its letters joined (ا . ف . ب, اف ب, رويترز). */
function agencyAt(doc: Doc, from: number, to: number): boolean {
  let joined = '';
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k]!;
    if (t.norm === '.') continue;
    if (t.kind !== 'arabic') return false;
    joined += doc.keys[k];
  }
  return AGENCIES.has(joined);
}

/** The tokens [from, to) read as a one- or two-word name no list holds (الراي, الشرق الاوسط). */
function unlistedCredit(doc: Doc, from: number, to: number, t: CreditTests): boolean {
  if (to - from > 2) return false;
  for (let k = from; k < to; k++) {
    const w = doc.tokens[k]!.norm;
    const definite = w.startsWith('ال') && doc.keys[k]!.length > 4;
    // عواصم - وكالات : a plural noun with no article names no one source.
    const plural = !definite && w.endsWith('ات');
    if (doc.tokens[k]!.kind !== 'arabic' || t.given(k) || t.taken(k) || plural || !(definite || t.plain(k)))
      return false;
  }
  return true;
}

/** End (exclusive) of the credit opening at `from` and closed by one of `closers`, or -1. */
function closedAt(doc: Doc, from: number, closers: ReadonlySet<string>): number {
  for (let k = from + 1; k <= from + LONGEST + 1 && k < doc.tokens.length; k++) {
    const w = doc.tokens[k]!.norm;
    if (closers.has(w)) return k;
    if (w !== '.' && doc.tokens[k]!.kind !== 'arabic') return -1;
  }
  return -1;
}

const CLOSE_BRACKET = new Set([')']);
const COLON_OR_DASH = new Set([':', ...DASHES]);
const COLON = new Set([':']);

/** Credits in the slots after a line's first words (the town), or opening the line in brackets. */
function headCredits(doc: Doc, s: number, t: CreditTests, out: Span[]): void {
  const tokens = doc.tokens;
  for (let j = s; j <= s + TOWN_WORDS && j < tokens.length; j++) {
    const w = tokens[j]!.norm;
    if (w === '(') {
      const end = closedAt(doc, j, CLOSE_BRACKET);
      // بيروت (الراي) - : a name no list holds needs the dateline's dash after the brackets.
      const dash = DASHES.has(tokens[end + 1]?.norm ?? '');
      if (end <= j + 1) return;
      const listed = agencyAt(doc, j + 1, end);
      if (listed || (j > s && dash && unlistedCredit(doc, j + 1, end, t))) out.push([j + 1, end, listed]);
      return;
    }
    if (j > s && DASHES.has(w)) {
      let from = j + 1;
      // استنبول - قنا - ا فب : credits one after another.
      for (let n = 0; n < 2; n++) {
        const end = closedAt(doc, from - 1, COLON_OR_DASH);
        if (end <= from) return;
        const listed = agencyAt(doc, from, end);
        if (!listed && !(n === 0 && unlistedCredit(doc, from, end, t))) return;
        out.push([from, end, listed]);
        if (tokens[end]!.norm === ':') return;
        from = end + 1;
      }
      return;
    }
    // مدريد د با : a listed agency straight after the town, before a colon.
    if (j > s) {
      const end = closedAt(doc, j - 1, COLON);
      if (end > j && agencyAt(doc, j, end)) {
        out.push([j, end, true]);
        return;
      }
    }
    if (tokens[j]!.kind !== 'arabic') return;
  }
}

/** A listed agency in brackets closing the line (... (أ ف ب).). */
function tailCredit(doc: Doc, last: number, out: Span[]): void {
  let close = last;
  if (doc.tokens[close]?.norm === '.') close--;
  if (doc.tokens[close]?.norm !== ')') return;
  for (let k = close - 1; k >= close - LONGEST && k >= 0; k--) {
    if (doc.tokens[k]!.norm !== '(') continue;
    if (k + 1 < close && agencyAt(doc, k + 1, close)) out.push([k + 1, close, true]);
    return;
  }
}

/** `cands` with every agency credit an organisation, in place of what overlapped it. */
export function agencyCredits(doc: Doc, cands: readonly Candidate[], t: CreditTests): Candidate[] {
  const spans: Span[] = [];
  const openers = lineOpeners(doc);
  for (let n = 0; n < openers.length; n++) {
    headCredits(doc, openers[n]!, t, spans);
    tailCredit(doc, (openers[n + 1] ?? doc.tokens.length) - 1, spans);
  }
  if (!spans.length) return cands as Candidate[];
  const out: Candidate[] = [];
  const credits: Candidate[] = [];
  for (const [a, b, listed] of spans) {
    const same = cands.find((c) => c.start === a && c.end === b && c.type === 'organization');
    // عمان - البلقاء - : a name no list holds yields to a stage that read it as a place or person.
    if (!same && !listed && cands.some((c) => c.start < b && a < c.end)) continue;
    credits.push(same ?? ruleGuess(a, b, 'organization'));
  }
  for (const c of cands) if (!credits.some((k) => k !== c && c.start < k.end && k.start < c.end)) out.push(c);
  for (const k of credits) if (!out.includes(k)) out.push(k);
  return byStart(out);
}
