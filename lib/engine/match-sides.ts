// Match reports name both sides around a result verb: "فاز بورتسموث على بلاكبيرن 3 صفر", "تغلب
// نيوكاسل على ضيفه ويجان", "تعادل الوحدة مع الشباب". On a sports page that speaks of teams (an
// individual sport's sides are people) the words between the verb and على/مع are the winner, and
// the one or two words after them, up to a score or a stop, the other side: clubs whatever their
// names, foreign ones no list holds and clubs named like common words (الوحدة, الشباب). A given
// name (فاز محمد على), a common word (فاز الفريق على, تعادل الطرفان), a name another stage read,
// or words running on into the sentence are no side.
import { tokenAnalyses } from './doc';
import { ruleGuess, type Candidate, type Doc } from './types';
import { keyedSet } from '../ner/lexicon';
import { notPersonWord } from '../ner/rule-shapes';

const VERBS = keyedSet('sideAfter');
const LINK = keyedSet('sideLinks');
/** ضيفه, مضيفه: the other side's role between على and its name. */
const ROLE = keyedSet('sideBefore');
const EVERYDAY_CLUBS = keyedSet('everydayClubNames');
/** A team sport's words (فريق, نادي): a page with none may report a tennis or chess match. */
const TEAM_WORDS = new Set([...keyedSet('teamNouns'), ...keyedSet('clubNouns')]);
/** فازت الأولى على: the first of two sides named by its place in the draw. */
const ORDINALS = keyedSet('ordinals');

export interface SideTests {
  /** Token i may be a name word: not a common or function word, not a given name. */
  plain(i: number): boolean;
  /** Another stage named token i from a list. */
  taken(i: number): boolean;
}

const stemHas = (doc: Doc, i: number, set: ReadonlySet<string>) =>
  doc.tokens[i]?.kind === 'arabic' && tokenAnalyses(doc, i).some((a) => set.has(a.stem));
/** A result verb, not its noun (التعادل المفاجئ مع: the draw, no side between). */
const verbAt = (doc: Doc, i: number) =>
  doc.tokens[i]?.kind === 'arabic' && tokenAnalyses(doc, i).some((a) => !a.article && VERBS.has(a.stem));

/** Token i may be a side's word: a name word or a club named like a common word, no one's yet. */
function sideWord(doc: Doc, i: number, t: SideTests): boolean {
  const tok = doc.tokens[i];
  if (tok?.kind !== 'arabic' || t.taken(i) || ORDINALS.has(doc.keys[i]!)) return false;
  // فاز فيها على, تأهلت بفوزها على: a word news uses as no name is no side.
  return EVERYDAY_CLUBS.has(doc.keys[i]!) || (t.plain(i) && !notPersonWord(tok.norm));
}

/** A side's words [from, to): one or two side words. */
function sideSpan(doc: Doc, from: number, to: number, t: SideTests): boolean {
  if (to - from < 1 || to - from > 2) return false;
  for (let k = from; k < to; k++) if (!sideWord(doc, k, t)) return false;
  return true;
}

/** Does the other side end at `end`: a score, punctuation or the page's end after it? */
function sideEnds(doc: Doc, end: number): boolean {
  const next = doc.tokens[end];
  return !next || next.kind !== 'arabic';
}

/** Both sides of each result verb on a sports page (`sports`: the page reads as one). */
export function matchSides(doc: Doc, sports: boolean, t: SideTests): Candidate[] {
  if (!sports) return [];
  const out: Candidate[] = [];
  const n = doc.tokens.length;
  // فاز نادال على فيدرر: on a page with no team the sides are players, left to the person rules.
  let teams = false;
  for (let i = 0; i < n && !teams; i++) teams = stemHas(doc, i, TEAM_WORDS);
  if (!teams) return [];
  for (let v = 0; v < n - 3; v++) {
    if (!verbAt(doc, v)) continue;
    let link = -1;
    for (let k = v + 2; k <= v + 3 && k < n; k++)
      if (doc.tokens[k]!.kind === 'arabic' && LINK.has(doc.keys[k]!)) {
        link = k;
        break;
      }
    if (link < 0 || !sideSpan(doc, v + 1, link, t)) continue;
    out.push(ruleGuess(v + 1, link, 'organization'));
    const from = stemHas(doc, link + 1, ROLE) ? link + 2 : link + 1;
    for (let end = from + 1; end <= from + 2; end++)
      if (sideEnds(doc, end) && sideSpan(doc, from, end, t)) {
        out.push(ruleGuess(from, end, 'organization'));
        break;
      }
  }
  return out;
}

/** Is [start, end) a side of a result verb (the span matchSides makes)? */
export function isMatchSide(doc: Doc, start: number, end: number): boolean {
  const before = doc.tokens[start - 1];
  if (before?.kind === 'arabic' && verbAt(doc, start - 1)) return LINK.has(doc.keys[end] ?? '');
  const link = stemHas(doc, start - 1, ROLE) ? start - 2 : start - 1;
  if (!LINK.has(doc.keys[link] ?? '') || !sideEnds(doc, end)) return false;
  return verbAt(doc, link - 2) || verbAt(doc, link - 3);
}
