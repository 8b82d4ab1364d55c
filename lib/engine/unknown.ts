// Names the gazetteer lacks: trigger rules (lib/ner/triggers.ts: titles, place nouns, org nouns,
// foreign surname endings) and the learned tagger (lib/ner/model), which is given the gazetteer's
// findings as features, as it was trained. English comes from the transliteration model.
import { memoPerWord, type CueLexicon } from '../ner/cues';
import { type NerInputToken, type NerModel, type NerPage } from '../ner/model/types';
import { gazTypeCode } from '../ner/model/features';
import { clitics } from '../text/clitics';
import { genericBody } from '../ner/org-triggers';
import { trailingNoun } from '../ner/person-triggers';
import { kinWithPronoun, notPersonWord, prepositionPronoun, verbOrAdverbShaped } from '../ner/rule-shapes';
import { cueAt, imperfectShaped, inNames, onBehalfOf } from '../ner/rule-words';
import { pronounEnding } from '../ner/triggers';
import { ruleSpans } from '../ner/triggers';
import { sentences } from '../text/tokens';
import type { EntityType } from '../types';
import { tokenStart } from './doc';
import { ordinalEnd } from './conventions';
import { candidate, type Candidate, type Doc, type EngineData } from './types';
import { normalSet } from '../ner/lexicon';
import { verbAt as verbOfSaying } from './speakers';
import { declinedIndefinite, describedTeam, nounBeforePlace, titledPlace } from './tagger-slips';
import { LINKS, namePrefix, notNameWord } from './name-words';
import { bioSpans, labelSpans, type Span } from './bio-spans';
import { withoutSentenceWords } from './sentence-words';
import { withoutEdgeNisba, type NisbaEdgeTests } from './nisba-edge';

const RANGES = new WeakMap<Doc, readonly (readonly [number, number])[]>();

/**
 * Token ranges [start, end) of sentences (lib/text's sentences), at most 120 tokens each; cut once
 * per page (the tagger and the car makers both read them).
 */
export function sentenceRanges(doc: Doc): readonly (readonly [number, number])[] {
  const cached = RANGES.get(doc);
  if (cached) return cached;
  const out: [number, number][] = [];
  const { tokens } = doc;
  let i = 0;
  for (const s of sentences(doc.text)) {
    while (i < tokens.length && tokenStart(doc, i) < s.end) {
      const start = i;
      while (i < tokens.length && tokenStart(doc, i) < s.end && i - start <= 120) i++;
      out.push([start, i]);
    }
  }
  RANGES.set(doc, out);
  return out;
}

// Per word: could it be (part of) a name the gazetteer lacks?
const nameLike = memoPerWord((cues, norm) => norm.length >= 2 && !notNameWord(cues, norm));

function tagged(doc: Doc, ner: NerModel, known: readonly Candidate[], cues: CueLexicon): Span[] {
  const n = doc.tokens.length;
  // Each token's gazetteer type code (gazTypeCode), and whether a gazetteer span starts there.
  const gazType = new Uint8Array(n);
  const gazBegin = new Uint8Array(n);
  for (let k = 0; k < known.length; k++) {
    const c = known[k]!;
    if (c.type === 'demonym') continue;
    gazType.fill(gazTypeCode(c.type), c.start, c.end);
    gazBegin[c.start] = 1;
  }
  const table = ner.labelsOf ? doc.table : undefined;
  let page: NerPage | null = null;
  if (table) {
    const gaz = gazType; // the tagger's code, in place: type × 2 + begin
    for (let i = 0; i < n; i++) if (gaz[i]) gaz[i] = gaz[i]! * 2 + gazBegin[i]!;
    page = { forms: table.forms, form: table.form, gaz };
  }
  const out: Span[] = [];
  for (const [s, e] of sentenceRanges(doc)) {
    // The tagger's guesses are worth its cost only where a word could be an unknown name: a
    // sentence whose words are all known names, common words or punctuation is skipped.
    let open = false;
    for (let i = s; i < e && !open; i++) {
      const t = doc.tokens[i]!;
      open = t.kind === 'arabic' && (page ? page.gaz[i] : gazType[i]) === 0 && nameLike(cues, t.norm);
    }
    if (!open) continue;
    if (page) {
      for (const span of labelSpans(ner.labelsOf!(page, s, e), e - s, s)) out.push(span);
      continue;
    }
    const input: NerInputToken[] = [];
    for (let i = s; i < e; i++) {
      const t = doc.tokens[i]!;
      const type = gazType[i] ? GAZ_TYPES[gazType[i]!]! : null;
      input.push({ norm: t.norm, kind: t.kind, gazType: type, gazBegin: gazBegin[i] === 1 });
    }
    out.push(...bioSpans(ner.tag(input), s));
  }
  return out;
}

/** gazTypeCode's types, by code. */
const GAZ_TYPES: (EntityType | null)[] = [null, 'person', 'place', 'organization'];

// The tests handed to the rules and the tagger's fixes are made once, and read the page from `at`
// (see `page` in engine-context.ts: V8 drops a stage's optimised code when a callback it inlined is freed).
const at = {
  doc: null as unknown as Doc,
  cues: null as unknown as CueLexicon,
  knownEnds: new Int32Array(0),
  placeStart: new Uint8Array(0),
  isNisba: (() => false) as (norm: string) => boolean,
};
const knownEnd = (i: number) => (i < at.knownEnds.length && at.knownEnds[i]! > i ? at.knownEnds[i]! : i);
const placeAt = (i: number) => at.placeStart[i] === 1;
const words = { norm: (i: number) => at.doc.tokens[i]!.norm, key: (i: number) => at.doc.keys[i]! };
// مساعد, وكيل: posts the title list does not hold, opening an apposition as an indefinite title does.
const OFFICE_NOUNS = normalSet('officeNouns');
const edge: NisbaEdgeTests = {
  isNisba: (w) => at.isNisba(w),
  listedSurname: (w) => at.cues.family.has(w) || at.cues.names.has(w),
  givenName: (w) => givenName(at.cues, w),
  postAt: (i) => {
    const t = at.doc.tokens[i];
    if (!t || t.kind !== 'arabic' || clitics(t.norm).article) return false;
    return OFFICE_NOUNS.has(t.norm) || cueAt(at.doc.tokens, i, at.cues)?.type === 'title';
  },
};

/** Candidates for names not in the gazetteer (english and id are filled in for the survivors). */
export function unknownCandidates(
  doc: Doc,
  data: EngineData,
  cues: CueLexicon,
  known: readonly Candidate[],
  isCountryNisba: (norm: string) => boolean = () => false,
): Candidate[] {
  // Known places and people with no proclitic, by start: an organisation noun before one is named by it.
  const knownEnds = new Int32Array(doc.tokens.length).fill(-1);
  // Indexed loops over known (candidates of several shapes): a for-of allocated per candidate.
  for (let k = 0; k < known.length; k++) {
    const c = known[k]!;
    if (!c.prefix && (c.type === 'place' || c.type === 'person')) knownEnds[c.start] = c.end;
  }
  at.doc = doc;
  at.cues = cues;
  at.knownEnds = knownEnds;
  at.isNisba = isCountryNisba;
  const out: Candidate[] = [];
  for (const s of ruleSpans(doc.tokens, cues, isCountryNisba, knownEnd)) {
    if (
      s.end - s.start <= 1 &&
      (pronounAttached(doc.tokens[s.start]!.text) ||
        (s.type === 'person' && prepositionOnWord(cues, doc.tokens[s.start]!.norm)))
    )
      continue;
    if (s.type === 'person' && prepositionOnNoun(cues, doc.tokens[s.start]!.norm)) continue;
    const named = s.type === 'person' ? afterClubTown(doc, s, known) : s;
    const kept = s.type === 'person' ? withoutSentenceWords(doc, cues, named) : s;
    if (kept) out.push(make(doc, cues, kept, 'rule'));
  }
  if (data.ner) {
    const covered = new Uint8Array(doc.tokens.length);
    for (let k = 0; k < known.length; k++) covered.fill(1, known[k]!.start, known[k]!.end);
    const placeStart = new Uint8Array(doc.tokens.length + 1);
    for (let k = 0; k < known.length; k++)
      if (known[k]!.type === 'place' && !known[k]!.prefix) placeStart[known[k]!.start] = 1;
    at.placeStart = placeStart;
    for (const t of tagged(doc, data.ner, known, cues)) {
      // Punctuation or numbers inside a tagged span mean the tagger ran across a boundary.
      if (!wordsOnly(doc, t.start, t.end)) continue;
      if (declinedIndefinite(doc.tokens[t.end - 1]!.text) || nounBeforePlace(t, placeAt) || describedTeam(doc, t))
        continue;
      for (const s of withoutKin(doc, t).flatMap((k) => splitPairs(doc, cues, k))) {
        const n = withoutEdgeNisba(s, words, edge);
        const f = n && fixTagged(doc, cues, n, covered);
        const kept = f && f.type === 'person' ? withoutSentenceWords(doc, cues, f) : f;
        if (kept) out.push(make(doc, cues, kept, 'tagger'));
      }
    }
  }
  // The page is not kept past its call.
  at.doc = null as unknown as Doc;
  at.knownEnds = new Int32Array(0);
  at.placeStart = new Uint8Array(0);
  return out;
}

const CLUB_CONTEXT = normalSet('clubContext');
const WAW_OPENING = /^و/;

/**
 * لاعب نابولي خفيتشا كفاراتسخيليا, مدرب بلوزداد رؤوف بن غيث: after a player's or coach's word a
 * known town that opens the title rule's name is the club named after it; the person follows it.
 * (A town the gazetteer reads only in context, بلوزداد or ليل, is not known here and stays.)
 */
function afterClubTown(doc: Doc, s: Span, known: readonly Candidate[]): Span {
  const before = doc.tokens[s.start - 1]?.norm ?? '';
  if (!CLUB_CONTEXT.has(before) && !CLUB_CONTEXT.has(before.replace(WAW_OPENING, ''))) return s;
  for (let k = 0; k < known.length; k++) {
    const c = known[k]!;
    if (c.type === 'place' && !c.prefix && c.start === s.start && c.end < s.end) return { ...s, start: c.end };
  }
  return s;
}

// Functions of the module, not closures made per page: V8 keeps a closure's optimised code only
// while one lives, so each page compiled them, and the stage that inlined them, again.
function make(
  doc: Doc,
  cues: CueLexicon,
  s: { start: number; end: number; type: EntityType },
  source: 'rule' | 'tagger',
): Candidate {
  const { prefix, stem } = namePrefix(doc.tokens[s.start]!.norm, cues);
  return candidate({
    start: s.start,
    end: s.type === 'person' ? ordinalEnd(doc, s.end) : s.end,
    type: s.type,
    source,
    known: false,
    english: null,
    id: null,
    prefix,
    stem,
  });
}

function wordsOnly(doc: Doc, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const k = doc.tokens[i]!.kind;
    if (k !== 'arabic' && k !== 'latin') return false;
  }
  return true;
}

/**
 * ابن أخيه رياض, الحفني أخوه يوسف الحفني: a kinship noun with its pronoun inside a tagged person
 * says whose relative the next name is; the span is cut around it into the names on either side
 * (a piece of links alone, the ابن of ابن أخيه, is no name).
 */
function withoutKin(doc: Doc, s: Span): Span[] {
  if (s.type !== 'person') return [s];
  let kin = false;
  for (let i = s.start; i < s.end && !kin; i++) kin = kinWithPronoun(doc.tokens[i]!.text);
  if (!kin) return [s];
  const out: Span[] = [];
  let start = s.start;
  for (let i = s.start; i <= s.end; i++) {
    if (i < s.end && !kinWithPronoun(doc.tokens[i]!.text)) continue;
    let named = false;
    for (let k = start; k < i && !named; k++) named = !LINKS.has(doc.tokens[k]!.norm);
    if (named) out.push({ ...s, start, end: i });
    start = i + 1;
  }
  return out;
}

/** Two people joined by و read as one (بوفون وغانلوكا ...): split where a later word is و + a listed name word. */
function splitPairs(doc: Doc, cues: CueLexicon, s: Span): Span[] {
  if (s.type !== 'person') return [s];
  for (let i = s.start + 1; i < s.end; i++) {
    const w = doc.tokens[i]!.norm;
    if (w.length > 3 && w[0] === 'و' && !inNames(cues, w) && inNames(cues, w.slice(1))) {
      return [{ ...s, end: i }, ...splitPairs(doc, cues, { ...s, start: i })];
    }
  }
  return [s];
}

/** An imperfect verb (يستضيف, تؤكد, ستعقد) the tagger took for a name. */
function verbLike(cues: CueLexicon, w: string): boolean {
  return imperfectShaped(w) && !inNames(cues, w);
}

function givenName(cues: CueLexicon, w: string): boolean {
  return cues.given.has(w) || cues.names.has(w);
}

const BA_LAM_OPENING = /^[بل]/;

/** Is a word, its proclitics off, a given name? (titledPlace's test, made once.) */
const givenStem = (cues: CueLexicon, w: string): boolean => givenName(cues, namePrefix(w, cues).stem);

/**
 * بقذائف, لبلوغ: a preposition on a word no name list knows opens no person's name (لخافيير does);
 * كـ is left out, foreign names begin with it (كنزو).
 */
export function prepositionOnWord(cues: CueLexicon, w: string): boolean {
  if (!BA_LAM_OPENING.test(w) || w.startsWith('ال') || w.length < 4) return false;
  return !inNames(cues, w) && !inNames(cues, w.slice(1));
}

/**
 * ابنه لاعتداء فيصاب, الإمام بحزن شديد, الممثلة لشركات فرنسية: a preposition on a word that is a
 * noun by the lists or by its shape (a verbal noun, a feminine plural) opens no name, however many
 * words the title rule read after it; برند جوتشولك keeps its name.
 */
function prepositionOnNoun(cues: CueLexicon, w: string): boolean {
  if (!prepositionOnWord(cues, w)) return false;
  const rest = w.slice(1);
  return cues.common.has(rest) || notPersonWord(rest) || verbOrAdverbShaped(rest) || PLURAL_ENDING.test(rest);
}

const PLURAL_ENDING = /.{3}ات$/;
const PLACE_PREPOSITIONS = normalSet('placePrepositions');
const INSIDE_STOP = normalSet('insideStop');

// A preposition in front and a pronoun behind (لإبلاغه، بقذائفهم) make a word, not a name: the
// original spelling is read, since normalising turns the feminine ة into the pronoun's ه.
const PRONOUN_ATTACHED = /^[لبك][\u0621-\u064A]{3,}(?<!الل)(ه|ها|هم|هما|هن|كم)$/;
export const pronounAttached = (word: string): boolean =>
  PRONOUN_ATTACHED.test(word.replace(/[\u064B-\u0652\u0640]/g, '')) || prepositionPronoun(word);

/** A last word to drop: زين العابدين keeps its definite plural, a third word does not. */
const plainTail = (cues: CueLexicon, w: string, words: number): boolean =>
  trailingNoun(cues, w) && (words > 2 || !w.startsWith('ال'));

const BA_LAM_KAF_OPENING = /^[بلك]/;

/** A cue or title noun with the pronoun's ه written on it (محافظه, نائبه), as written. */
function pronounOnCue(cues: CueLexicon, t: Doc['tokens'][number]): boolean {
  return pronounEnding(t) && (notNameWord(cues, t.norm) || notNameWord(cues, t.norm.slice(0, -1)));
}

/**
 * Known tagger slips: a lone common word (رئيس, إطار), a person running on into a common word, and
 * a lone given name read as a place (جورج → the person جورج صليبا, with the next name-like word).
 */
function fixTagged(doc: Doc, cues: CueLexicon, s: Span, covered: Uint8Array): Span | null {
  const norm = (i: number) => doc.tokens[i]!.norm;
  if (
    s.end - s.start === 1 &&
    (notNameWord(cues, norm(s.start)) || (s.type === 'person' && verbLike(cues, norm(s.start))))
  )
    return null;
  if (s.end - s.start === 1 && pronounAttached(doc.tokens[s.start]!.text)) return null;
  // بتاريخ, لتاريخ: a preposition on a common word.
  if (
    s.end - s.start === 1 &&
    BA_LAM_KAF_OPENING.test(norm(s.start)) &&
    (notNameWord(cues, norm(s.start).slice(1)) || notPersonWord(norm(s.start).slice(1)))
  )
    return null;
  if (s.type === 'person' && prepositionOnWord(cues, norm(s.start))) return null;
  // المتحدث العسكري باسم الجماعة: "on behalf of" after a spokesman's title, not the name Bassem.
  if (s.type === 'person' && onBehalfOf(doc.tokens, s.start)) return null;
  // وأضاف بن عمار: a verb of saying opens no name; the name is what follows it. Nor does a cue noun
  // with the pronoun's ه (محافظه سامي الجابر: "its governor", نائبه: "his deputy").
  if (
    s.type === 'person' &&
    s.end - s.start > 1 &&
    (verbOfSaying(doc.tokens[s.start]) || pronounOnCue(cues, doc.tokens[s.start]!))
  )
    s = { ...s, start: s.start + 1 };
  if (s.type === 'organization' && genericBody(doc.tokens, s.start, cues)) return null;
  if (titledPlace(doc, cues, s, givenStem)) s = { ...s, type: 'person' };
  // 300 أسد: a count is never followed by a person's name.
  if (s.type === 'person' && doc.tokens[s.start - 1]?.kind === 'number') return null;
  // منطقة بريست: right after a place noun the name is the place's, whatever the name lists say.
  // (ابو جبل محمود is a person: the noun is part of a name there.)
  if (
    s.type === 'person' &&
    s.start > 0 &&
    cueAt(doc.tokens, s.start - 1, cues)?.type === 'place' &&
    !pronounEnding(doc.tokens[s.start - 1]!) &&
    !inNames(cues, norm(s.start - 1)) &&
    !LINKS.has(doc.tokens[s.start - 2]?.norm ?? '')
  )
    s = { ...s, type: 'place' };
  let end = s.end;
  // A preposition inside a span means the tagger ran on past the name (وزارة الصحة في غزة).
  for (let i = s.start + 1; i < end; i++)
    if (INSIDE_STOP.has(norm(i)) || prepositionPronoun(doc.tokens[i]!.text)) end = i;
  if (s.type === 'person') {
    while (
      end - s.start > 1 &&
      (notNameWord(cues, norm(end - 1)) ||
        notPersonWord(norm(end - 1)) ||
        plainTail(cues, norm(end - 1), end - s.start))
    )
      end--;
    if (end - s.start === 1 && notPersonWord(norm(s.start))) return null;
  }
  // ... but not where a place goes: after a place noun (بلدية بريست) or في, إلى.
  const placeBefore =
    s.start > 0 &&
    (cueAt(doc.tokens, s.start - 1, cues)?.type === 'place' || PLACE_PREPOSITIONS.has(norm(s.start - 1)));
  if (
    s.type === 'place' &&
    end - s.start === 1 &&
    !placeBefore &&
    givenName(cues, namePrefix(norm(s.start), cues).stem)
  ) {
    const next = doc.tokens[end];
    const more =
      next && next.kind === 'arabic' && !covered[end] && !notNameWord(cues, next.norm) && !clitics(next.norm).pre;
    return { start: s.start, end: more ? end + 1 : end, type: 'person' };
  }
  return { ...s, end };
}
