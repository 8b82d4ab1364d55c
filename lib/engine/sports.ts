// Sports reporting names national teams by their country: "فوز قطر على أوزبكستان", "لقاء تايلاند".
// In a sports document a country right after a match word (or listed with one that is) reads as
// the team, an organisation; elsewhere, and after place words (في قطر, إلى الدوحة), it stays a place.
import { tokenAnalyses } from './doc';
import { foldLoose, normalizeText } from '../text/normalize';
import type { Gazetteer } from '../gazetteer/load';
import type { GazCandidate } from './match';
import { candidate, ruleGuess, type Candidate, type Doc } from './types';
import { keyedSet, normalSet, words } from '../ner/lexicon';
import { nisbaBase } from '../text/nisba';

/** Words right before a team's name: the match, the opponent's side. */
const BEFORE = keyedSet('sideBefore');
/** A result verb two or three words before: "فاز منتخبنا على تايلاند", "تعادل مع إيران". */
const RESULT = keyedSet('resultWords');
const LINK = keyedSet('sideLinks');
/** A result verb right after the name: "فرنسا سجلت ثلاثية", "ومصر تأهلت"; not after في, إلى. */
const AFTER = keyedSet('sideAfter');
const PLACE_PREPOSITIONS = normalSet('placePrepositions');
const resultAfter = (doc: Doc, c: Candidate) =>
  !PLACE_PREPOSITIONS.has(doc.tokens[c.start - 1]?.norm ?? '') && stemsAt(doc, c.end).some((s) => AFTER.has(s));
const SQUAD = foldLoose(normalizeText('منتخب'));
const COUNTRY_DESC = /^Country\b/;
const SEPARATORS = new Set(words('listSeparators'));

/** The stems of word i with its proclitics off; none for punctuation or outside the page. */
function stemsAt(doc: Doc, i: number): string[] {
  return i >= 0 && doc.tokens[i]?.kind === 'arabic' ? tokenAnalyses(doc, i).map((a) => a.stem) : [];
}

/**
 * Does the name starting at token `start` (with proclitics `prefix`) sit where sports reporting
 * puts a side: after a match or squad word, a result verb, or على/مع after a result?
 */
export function sideContext(doc: Doc, start: number, prefix: string): boolean {
  const before = prefix && !prefix.startsWith('و') ? [] : stemsAt(doc, start - 1);
  if (before.some((s) => BEFORE.has(s))) return true;
  return before.some((s) => LINK.has(s)) && [2, 3, 4].some((d) => stemsAt(doc, start - d).some((s) => RESULT.has(s)));
}

const GOALS = keyedSet('goalWords');
const ZERO = foldLoose(normalizeText('صفر'));

/** ليسوتو 3 - صفر: a score right after the name. */
function scoreAfter(doc: Doc, end: number): boolean {
  const [a, dash, b] = [doc.tokens[end], doc.tokens[end + 1], doc.tokens[end + 2]];
  const side = (t: typeof a, i: number) => t?.kind === 'number' || doc.keys[i] === ZERO;
  return side(a, end) && FIXTURE_DASH.has(dash?.text ?? '') && side(b, end + 2);
}

/** سجل هدفين لإنجلترا, الهدف الوحيد لبوروندي: a goal or a win credited to the name after it. */
function creditedTo(doc: Doc, start: number): boolean {
  for (let d = 1; d <= 2; d++) {
    const stems = stemsAt(doc, start - d);
    if (stems.some((s) => GOALS.has(s))) return true;
    // one adjective may stand between (الهدف الوحيد)
    if (d === 1 && !doc.keys[start - 1]?.startsWith('ال')) return false;
  }
  return false;
}

/** قطر القطري, الكويت الكويتي: a country followed by its own adjective is a club named after it. */
function ownAdjective(doc: Doc, c: Candidate): boolean {
  if (c.end - c.start !== 1 || c.end >= doc.tokens.length) return false;
  const k = c.stem ? foldLoose(c.stem) : doc.keys[c.start]!;
  return doc.keys[c.end] === 'ال' + (k.startsWith('ال') ? k.slice(2) : k) + 'ي';
}

const BA_LAM_ENDING = /[بل]$/;
const PREPOSITION_PREFIX = /^(ب|ل|ك|وب|ول|فب|فل)/;
const LAM_PREFIX = /^و?ل$/;

/** Countries that name the team; the candidates change type in place (a new array is returned). */
export function nationalTeams(doc: Doc, gaz: Gazetteer, cands: GazCandidate[], sports: boolean): GazCandidate[] {
  if (!sports) return cands;
  const out = cands.slice();
  const isCountry = (c: GazCandidate) => c.type === 'place' && COUNTRY_DESC.test(gaz.entry(c.entry).desc);
  let prevTeam = -1;
  for (let n = 0; n < out.length; n++) {
    const c = out[n]!;
    if (!isCountry(c)) continue;
    const credited = LAM_PREFIX.test(c.prefix) && creditedTo(doc, c.start);
    if (!credited && (BA_LAM_ENDING.test(c.prefix) || PREPOSITION_PREFIX.test(c.prefix))) continue;
    let team =
      credited ||
      sideContext(doc, c.start, c.prefix) ||
      scoreAfter(doc, c.end) ||
      ownAdjective(doc, c) ||
      resultAfter(doc, c);
    if (!team && prevTeam >= 0) {
      // "مباراتي أوزبكستان مع تايلاند وكوريا الجنوبية": the list goes on from a team.
      const p = out[prevTeam]!;
      const gap = c.start - p.end;
      team =
        (gap === 0 && c.prefix.startsWith('و')) ||
        (gap === 1 && SEPARATORS.has(doc.tokens[p.end]!.text)) ||
        (gap === 1 && stemsAt(doc, p.end).some((s) => LINK.has(s)));
    }
    if (team) {
      // منتخب مصر: the squad noun is part of the team's name.
      const a = !c.prefix && c.start > 0 ? tokenAnalyses(doc, c.start - 1).find((x) => x.stem === SQUAD) : undefined;
      out[n] = a
        ? { ...c, type: 'organization', start: c.start - 1, prefix: a.prefix, stem: a.stem }
        : { ...c, type: 'organization' };
      prevTeam = n;
      // وتنزانيا على بوركينا فاسو 2 - 1: the side before على or مع plays it too.
      const q = out[n - 1];
      if (
        q &&
        q.type === 'place' &&
        isCountry(q) &&
        q.end === c.start - 1 &&
        stemsAt(doc, q.end).some((x) => LINK.has(x))
      )
        out[n - 1] = { ...q, type: 'organization' };
    }
  }
  return out;
}

const FIXTURE_DASH = new Set(['-', '–', '—']);
const OPEN = '(';
const CLOSE = ')';
/** Tokens after which a fixture line starts: a heading's colon, the previous fixture's bracket, a full stop. */
const LINE_OPENERS = new Set([':', CLOSE, '.']);

/**
 * A fixture list names clubs with their country in brackets, two a line: "هامبورغ ( ألمانيا ) -
 * ليون ( فرنسا )". A town right before a bracketed country, on either side of such a dash, is the
 * club named after it (an organisation with the town's English, a guess: no entry of its own),
 * with an unlisted word before it that opens the line (ستيوا بوخارست, أيك أثينا). On a page the
 * sports test missed, a whole fixture line with its score still names them.
 */
/** Its gazetteer entry when a candidate is a gazetteer match. */
function entryOf(gaz: Gazetteer, c: Candidate | undefined) {
  return c && 'entry' in c && typeof c.entry === 'number' ? gaz.entry(c.entry) : undefined;
}

/** "( ألمانيا )" opening at token `open`: the index after its closing bracket, or -1. */
function bracketedCountry(doc: Doc, gaz: Gazetteer, at: ReadonlyMap<number, Candidate>, open: number): number {
  if (doc.tokens[open]?.text !== OPEN) return -1;
  const inner = at.get(open + 1);
  const e = entryOf(gaz, inner);
  return inner && e && COUNTRY_DESC.test(e.desc) && doc.tokens[inner.end]?.text === CLOSE ? inner.end + 1 : -1;
}

/**
 * A fixture's other side opening at `from`, after the dash: a name of one to three words, then its
 * bracketed country. The index after that bracket, or -1.
 */
function sideAfter(doc: Doc, gaz: Gazetteer, at: ReadonlyMap<number, Candidate>, from: number): number {
  for (let open = from + 1; open <= from + 3; open++) {
    if (doc.tokens[open - 1]?.kind !== 'arabic') return -1;
    const end = bracketedCountry(doc, gaz, at, open);
    if (end >= 0) return end;
  }
  return -1;
}

/** A fixture's other side before the dash at `dash`: its bracketed country closes right before it. */
function sideBefore(doc: Doc, gaz: Gazetteer, at: ReadonlyMap<number, Candidate>, dash: number): boolean {
  if (doc.tokens[dash - 1]?.text !== CLOSE) return false;
  for (let open = dash - 3; open >= dash - 5 && open >= 0; open--)
    if (bracketedCountry(doc, gaz, at, open) === dash) return true;
  return false;
}

export function fixtureClubs<C extends Candidate>(
  doc: Doc,
  gaz: Gazetteer,
  cands: readonly C[],
  sports: boolean,
  nameWord: (i: number) => boolean,
): (C | Candidate)[] {
  const at = new Map<number, C>();
  for (const c of cands) at.set(c.start, c);
  const text = (i: number) => doc.tokens[i]?.text ?? '';
  const taken = new Uint8Array(doc.tokens.length);
  for (const c of cands) taken.fill(1, c.start, c.end);
  return cands.map((c) => {
    const e = entryOf(gaz, c);
    if (c.type !== 'place' || c.prefix || !e || COUNTRY_DESC.test(e.desc)) return c;
    const after = bracketedCountry(doc, gaz, at, c.end);
    if (after < 0) return c;
    let start = c.start;
    const opens = (i: number) =>
      i < 0 || FIXTURE_DASH.has(text(i)) || LINE_OPENERS.has(text(i)) || doc.tokens[i]!.kind === 'number';
    if (!opens(start - 1) && start > 0 && !taken[start - 1] && nameWord(start - 1) && opens(start - 2)) start--;
    if (!opens(start - 1)) return c;
    // A dash pairs it with the other side of the fixture, on a sports page. Elsewhere the line
    // must show it all: both sides with their country in brackets, then the score (سسكا موسكو
    // ( روسيا ) - هامبورغ ( ألمانيا ) 1 - صفر); a route (دبي ( الإمارات ) - القاهرة ( مصر )) has none.
    const dashAfter = FIXTURE_DASH.has(text(after));
    const dashBefore = FIXTURE_DASH.has(text(start - 1));
    const paired = dashAfter || (dashBefore && text(start - 2) === CLOSE);
    const lineEnd = dashAfter
      ? sideAfter(doc, gaz, at, after + 1)
      : dashBefore && sideBefore(doc, gaz, at, start - 1)
        ? after
        : -1;
    if (!(sports ? paired : lineEnd >= 0 && scoreAfter(doc, lineEnd))) return c;
    return candidate({
      start,
      end: c.end,
      type: 'organization',
      source: 'rule',
      known: false,
      english: start === c.start ? e.en : null,
      id: null,
      prefix: '',
    } satisfies Candidate);
  });
}

const RANKS = keyedSet('ordinalAdverbs');
const LIST_OPENERS = new Set([':', '،', ',', '.', CLOSE]);
const ranked = (doc: Doc, i: number) =>
  doc.tokens[i]?.kind === 'arabic' && tokenAnalyses(doc, i).some((a) => RANKS.has(a.stem));

/**
 * Results lists name athletes with their country in brackets: "1- أسافا باول ( جامايكا ) 9.77",
 * "وثالثا ديرك بيرتون ( بريطانيا )". One to three plain words no name covers, opening after a rank,
 * a number, a dash, a comma or a colon and closed by a bracketed country, are a person; not in a
 * fixture (a dash after the bracket pairs two clubs) and not on a page without sport.
 */
export function athletesBeforeCountry(
  doc: Doc,
  gaz: Gazetteer,
  cands: readonly Candidate[],
  sports: boolean,
  nameWord: (i: number) => boolean,
): Candidate[] {
  if (!sports) return [];
  const at = new Map<number, Candidate>();
  const taken = new Uint8Array(doc.tokens.length);
  for (const c of cands) {
    at.set(c.start, c);
    taken.fill(1, c.start, c.end);
  }
  const text = (i: number) => doc.tokens[i]?.text ?? '';
  const out: Candidate[] = [];
  for (let b = 1; b < doc.tokens.length; b++) {
    const after = bracketedCountry(doc, gaz, at, b);
    if (after < 0 || FIXTURE_DASH.has(text(after))) continue;
    let start = b;
    while (
      start > 0 &&
      b - start < 3 &&
      !taken[start - 1] &&
      nameWord(start - 1) &&
      !doc.keys[start - 1]!.startsWith('ال') &&
      !ranked(doc, start - 1)
    )
      start--;
    if (start === b) continue;
    const before = start - 1;
    const opened =
      before < 0 ||
      doc.tokens[before]!.kind === 'number' ||
      FIXTURE_DASH.has(text(before)) ||
      LIST_OPENERS.has(text(before)) ||
      ranked(doc, before);
    if (opened) out.push(ruleGuess(start, b, 'person'));
  }
  return out;
}

/** Words that open a club's name before its town (ستيوا بوخارست, أيك أثينا). */
const CLUB_PREFIXES = keyedSet('clubPrefixes');
/** Words right before a club on a sports page (صفوف, حارس مرمى, مهاجم). */
const CLUB_CONTEXT = keyedSet('clubContext');

/**
 * ليل الفرنسي, نابولي الإيطالي: a town is feminine in Arabic (مدينة ليل الفرنسية), so its own
 * country's masculine adjective right after it agrees with the club (نادي) named after it, where
 * no noun before the town could take the adjective. A town written with the article (الجولان
 * السوري) is a region, not a club.
 */
export function clubByAdjective(doc: Doc, gaz: Gazetteer, c: Candidate): boolean {
  const e = entryOf(gaz, c);
  const adj = doc.keys[c.end];
  if (c.type !== 'place' || !e || COUNTRY_DESC.test(e.desc) || !e.country || !adj) return false;
  if (doc.tokens[c.end]!.kind !== 'arabic' || !adj.startsWith('ال') || !adj.endsWith('ي')) return false;
  if ((c.stem ?? doc.keys[c.start]!).startsWith('ال')) return false;
  // مطاري عمان الأردني: after a noun the adjective may agree with that noun (مطار); the club opens
  // a clause, or follows a preposition, a match or player word.
  const prev = c.start > 0 && doc.tokens[c.start - 1]!.kind === 'arabic' ? c.start - 1 : -1;
  const opens =
    prev < 0 ||
    PLACE_PREPOSITIONS.has(doc.tokens[prev]!.norm) ||
    stemsAt(doc, prev).some((st) => BEFORE.has(st) || CLUB_CONTEXT.has(st) || LINK.has(st));
  if (!opens) return false;
  const base = nisbaBase(adj);
  const d = base ? gaz.demonym(base) : null;
  const country = d ? gaz.byId(d.countryId) : undefined;
  return country !== undefined && gaz.entry(country).country === e.country;
}

/**
 * Clubs named after their town: a town after a club's opening word (ستيوا بوخارست, on any page:
 * the pair names nothing else), or, on a sports page, a town right after a match or player word
 * (رحل عن صفوف مانشستر, حارس مرمى مانشستر, مضيفه هامبورغ), or with its country's masculine
 * adjective (clubByAdjective), on any page. Countries are left to nationalTeams;
 * a town after في or with a preposition on it (في مانشستر, بمانشستر) stays a place.
 */
export function townClubs<C extends Candidate>(
  doc: Doc,
  gaz: Gazetteer,
  cands: readonly C[],
  sports: boolean,
): (C | Candidate)[] {
  // A loop and a module function, not map with an arrow made per page (compiled again on every page).
  const out: (C | Candidate)[] = [];
  for (let k = 0; k < cands.length; k++) out[k] = townClub(doc, gaz, cands[k]!, sports);
  return out;
}

function townClub<C extends Candidate>(doc: Doc, gaz: Gazetteer, c: C, sports: boolean): C | Candidate {
  const e = entryOf(gaz, c);
  if (c.type !== 'place' || !e || COUNTRY_DESC.test(e.desc) || c.prefix) return c;
  const opener = c.start > 0 ? tokenAnalyses(doc, c.start - 1).find((a) => CLUB_PREFIXES.has(a.stem)) : undefined;
  // Kept with the known names (the tagger is not asked over it), but as a guess: the club has no entry.
  if (opener && doc.tokens[c.start - 1]!.kind === 'arabic')
    return {
      ...c,
      start: c.start - 1,
      type: 'organization',
      known: false,
      english: null,
      id: null,
      prefix: opener.prefix,
      stem: opener.stem,
    };
  if (clubByAdjective(doc, gaz, c)) return { ...c, type: 'organization' };
  if (!sports) return c;
  const club = sideContext(doc, c.start, '') || stemsAt(doc, c.start - 1).some((s) => CLUB_CONTEXT.has(s));
  return club ? { ...c, type: 'organization' } : c;
}
