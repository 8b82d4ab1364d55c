// Names the gazetteer lacks: trigger rules (lib/ner/triggers: titles, place nouns, org nouns,
// foreign surname endings) and the learned tagger (lib/ner/model), which is given the gazetteer's
// findings as features, as it was trained. English comes from the transliteration model.
import { memoPerWord, type CueLexicon } from '../ner/cues';
import { TAGS, type NerInputToken, type NerModel, type NerPage } from '../ner/model/types';
import { gazTypeCode } from '../ner/model/features';
import { clitics } from '../text/clitics';
import { cueAt, cueForms, genericBody, imperfectShaped, notPersonWord, ruleSpans, trailingNoun } from '../ner/triggers';
import { inNames } from '../ner/rule-words';
import { nisbaBase } from '../text/nisba';
import { sentences } from '../text/tokens';
import { foldLoose } from '../text/normalize';
import type { EntityType } from '../types';
import type { Gazetteer } from '../gazetteer/load';
import { SON_OF } from './conventions';
import { ruleGuess, type Candidate, type Doc, type EngineData } from './types';
import { normalSet } from '../ner/lexicon';
import { TokenMap } from './token-map';
import { verbAt as verbOfSaying } from './speakers';
import { declinedIndefinite, nounBeforePlace } from './tagger-slips';
import { withoutSentenceWords } from './sentence-words';

/** Token ranges [start, end) of sentences (lib/text's sentences), at most 120 tokens each. */
export function sentenceRanges(doc: Doc): [number, number][] {
  const out: [number, number][] = [];
  const { tokens } = doc;
  let i = 0;
  for (const s of sentences(doc.text)) {
    while (i < tokens.length && tokens[i]!.start < s.end) {
      const start = i;
      while (i < tokens.length && tokens[i]!.start < s.end && i - start <= 120) i++;
      out.push([start, i]);
    }
  }
  return out;
}

/**
 * Proclitics on a name's first token that are not part of the name: only before an article, or a
 * و/ف the lexicon confirms.
 */
function namePrefix(norm: string, cues: CueLexicon): { prefix: string; stem: string } {
  const c = clitics(norm);
  if (c.pre) return { prefix: c.pre, stem: c.definite };
  // ومنظمة, وحركة: a cue noun opening a guessed body is a word the lexicon confirms too.
  const known = (w: string) => inNames(cues, w) || cues.single.has(w);
  if (c.alt && !known(norm) && known(c.alt)) return { prefix: norm.slice(0, 1), stem: c.alt };
  return { prefix: '', stem: norm };
}

interface Span {
  start: number;
  end: number;
  type: EntityType;
}

/**
 * Spans from BIO tags, shifted by offset; a stray I- opens a span (lenient, as conlleval does).
 * Any type's tags (gold data may hold others than the tagger's).
 */
export function bioSpans(tags: readonly string[], offset: number): { start: number; end: number; type: EntityType }[] {
  return spansOf(
    tags.length,
    offset,
    (i) => (tags[i] === 'O' ? null : (tags[i]!.slice(2) as EntityType)),
    (i) => tags[i]![0] === 'I',
  );
}

/** The spans of n BIO tags, each given by its type (null for O) and whether it is an I- tag. */
function spansOf(
  n: number,
  offset: number,
  typeAt: (i: number) => EntityType | null,
  insideAt: (i: number) => boolean,
): Span[] {
  const spans: Span[] = [];
  let open: Span | null = null;
  for (let i = 0; i < n; i++) {
    const type = typeAt(i);
    if (open && (!insideAt(i) || type !== open.type)) {
      spans.push(open);
      open = null;
    }
    if (open) open.end = offset + i + 1;
    else if (type) open = { start: offset + i, end: offset + i + 1, type };
  }
  if (open) spans.push(open);
  return spans;
}

/** TAGS[l]'s type, and whether it is an I- tag (TAGS: O, then B-x and I-x of each type). */
const TAG_TYPE = TAGS.map((t) => (t === 'O' ? null : (t.slice(2) as EntityType)));
const TAG_INSIDE = TAGS.map((t) => t[0] === 'I');

/** bioSpans over the first n labels (indexes into TAGS), as the tagger's engine path gives them. */
function labelSpans(labels: ArrayLike<number>, n: number, offset: number): Span[] {
  return spansOf(
    n,
    offset,
    (i) => TAG_TYPE[labels[i]!] ?? null,
    (i) => TAG_INSIDE[labels[i]!]!,
  );
}

// Per word: could it be (part of) a name the gazetteer lacks?
const nameLike = memoPerWord((cues, norm) => norm.length >= 2 && !notNameWord(cues, norm));

function tagged(doc: Doc, ner: NerModel, known: readonly Candidate[], cues: CueLexicon): Span[] {
  const n = doc.tokens.length;
  // Each token's gazetteer type code (gazTypeCode), and whether a gazetteer span starts there.
  const gazType = new Uint8Array(n);
  const gazBegin = new Uint8Array(n);
  for (const c of known) {
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

/** Candidates for names not in the gazetteer (english and id are filled in for the survivors). */
export function unknownCandidates(
  doc: Doc,
  data: EngineData,
  cues: CueLexicon,
  known: readonly Candidate[],
  isCountryNisba: (norm: string) => boolean = () => false,
): Candidate[] {
  const make = (s: { start: number; end: number; type: EntityType }, source: 'rule' | 'tagger'): Candidate => {
    const { prefix, stem } = namePrefix(doc.tokens[s.start]!.norm, cues);
    return { start: s.start, end: s.end, type: s.type, source, known: false, english: null, id: null, prefix, stem };
  };
  // Known places and people with no proclitic, by start: an organisation noun before one is named by it.
  const knownEnds = new Int32Array(doc.tokens.length).fill(-1);
  for (const c of known) if (!c.prefix && (c.type === 'place' || c.type === 'person')) knownEnds[c.start] = c.end;
  const knownEnd = (i: number) => (i < doc.tokens.length && knownEnds[i]! > i ? knownEnds[i]! : i);
  const out: Candidate[] = ruleSpans(doc.tokens, cues, isCountryNisba, knownEnd)
    .filter(
      (s) =>
        s.end - s.start > 1 ||
        !(
          pronounAttached(doc.tokens[s.start]!.text) ||
          (s.type === 'person' && prepositionOnWord(cues, doc.tokens[s.start]!.norm))
        ),
    )
    .flatMap((s) => {
      const kept = s.type === 'person' ? withoutSentenceWords(doc, cues, s) : s;
      return kept ? [make(kept, 'rule')] : [];
    });
  if (data.ner) {
    const covered = new Uint8Array(doc.tokens.length);
    for (const c of known) covered.fill(1, c.start, c.end);
    const placeStart = new Uint8Array(doc.tokens.length + 1);
    for (const c of known) if (c.type === 'place' && !c.prefix) placeStart[c.start] = 1;
    const placeAt = (i: number) => placeStart[i] === 1;
    for (const t of tagged(doc, data.ner, known, cues)) {
      // Punctuation or numbers inside a tagged span mean the tagger ran across a boundary.
      if (doc.tokens.slice(t.start, t.end).some((x) => x.kind !== 'arabic' && x.kind !== 'latin')) continue;
      if (declinedIndefinite(doc.tokens[t.end - 1]!.text) || nounBeforePlace(t, placeAt)) continue;
      for (const s of splitPairs(doc, cues, t)) {
        const f = fixTagged(doc, cues, s, covered);
        const kept = f && f.type === 'person' ? withoutSentenceWords(doc, cues, f) : f;
        if (kept) out.push(make(kept, 'tagger'));
      }
    }
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

/**
 * بقذائف, لبلوغ: a preposition on a word no name list knows opens no person's name (لخافيير does);
 * كـ is left out, foreign names begin with it (كنزو).
 */
export function prepositionOnWord(cues: CueLexicon, w: string): boolean {
  if (!/^[بل]/.test(w) || w.startsWith('ال') || w.length < 4) return false;
  return !inNames(cues, w) && !inNames(cues, w.slice(1));
}

const PLACE_PREPOSITIONS = normalSet('placePrepositions');
const INSIDE_STOP = normalSet('insideStop');

/** A word that news uses often and (almost) never inside a name, or a cue noun/title on its own. */
const notNameWord = memoPerWord(
  (cues, norm) =>
    !inNames(cues, norm) &&
    (cues.stop.has(norm) || cues.common.has(norm) || cueForms(norm).some((f) => cues.single.has(f))),
);

// A preposition in front and a pronoun behind (لإبلاغه، بقذائفهم) make a word, not a name: the
// original spelling is read, since normalising turns the feminine ة into the pronoun's ه.
const PRONOUN_ATTACHED = /^[لبك][\u0621-\u064A]{3,}(?<!الل)(ه|ها|هم|هما|هن|كم)$/;
export const pronounAttached = (word: string): boolean =>
  PRONOUN_ATTACHED.test(word.replace(/[\u064B-\u0652\u0640]/g, ''));

/** A last word to drop: زين العابدين keeps its definite plural, a third word does not. */
const plainTail = (cues: CueLexicon, w: string, words: number): boolean =>
  trailingNoun(cues, w) && (words > 2 || !w.startsWith('ال'));

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
    /^[بلك]/.test(norm(s.start)) &&
    (notNameWord(cues, norm(s.start).slice(1)) || notPersonWord(norm(s.start).slice(1)))
  )
    return null;
  if (s.type === 'person' && prepositionOnWord(cues, norm(s.start))) return null;
  // وأضاف بن عمار: a verb of saying opens no name; the name is what follows it.
  if (s.type === 'person' && s.end - s.start > 1 && verbOfSaying(doc.tokens[s.start])) s = { ...s, start: s.start + 1 };
  if (s.type === 'organization' && genericBody(doc.tokens, s.start, cues)) return null;
  // 300 أسد: a count is never followed by a person's name.
  if (s.type === 'person' && doc.tokens[s.start - 1]?.kind === 'number') return null;
  // منطقة بريست: right after a place noun the name is the place's, whatever the name lists say.
  // (ابو جبل محمود is a person: the noun is part of a name there.)
  if (
    s.type === 'person' &&
    s.start > 0 &&
    cueAt(doc.tokens, s.start - 1, cues)?.type === 'place' &&
    !inNames(cues, norm(s.start - 1)) &&
    !LINKS.has(doc.tokens[s.start - 2]?.norm ?? '')
  )
    s = { ...s, type: 'place' };
  let end = s.end;
  // A preposition inside a span means the tagger ran on past the name (وزارة الصحة في غزة).
  for (let i = s.start + 1; i < end; i++) if (INSIDE_STOP.has(norm(i))) end = i;
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

/**
 * A one-word known place that is also a given name, followed by a name-like word no gazetteer
 * form covers, is a person (جورج صليبا, not the town of George): returned as an unknown person.
 */
export function givenNamesAsPeople<C extends Candidate & { entry: number }>(
  doc: Doc,
  cues: CueLexicon,
  gazetteer: Gazetteer,
  gaz: readonly C[],
): (C | Candidate)[] {
  const startsAt = TokenMap.of(doc.tokens.length, gaz, (c) => c.start);
  const covered = new Uint8Array(doc.tokens.length);
  for (const c of gaz) covered.fill(1, c.start, c.end);
  return gaz.map((c) => {
    if (c.type !== 'place' || c.end - c.start !== 1 || c.prefix.length > 1) return c;
    const w = c.stem ?? doc.tokens[c.start]!.norm;
    const e = gazetteer.entry(c.entry);
    // Countries and capitals keep their reading; the loose name list also holds place names.
    if (/^(Country|Capital)\b/.test(e.desc) || (e.rank ?? 0) > 2_000_000) return c;
    if (!cues.given.has(w) && !(cues.names.has(w) && (e.rank ?? 0) < 1_000_000)) return c;
    const next = doc.tokens[c.end];
    if (
      !next ||
      next.kind !== 'arabic' ||
      covered[c.end] ||
      startsAt.has(c.end) ||
      notNameWord(cues, next.norm) ||
      clitics(next.norm).pre
    )
      return c;
    // مدينة ليستر البريطانية: a place noun before or a country adjective after keeps the town.
    const base = nisbaBase(doc.keys[c.end]!);
    if (
      (base && gazetteer.demonym(base)) ||
      (c.start > 0 && cueForms(doc.tokens[c.start - 1]!.norm).some((f) => cues.single.get(f) === 'place'))
    )
      return c;
    if (next.norm.length < 3 || (/^[يتن]/.test(next.norm) && next.norm.length <= 5)) return c;
    return ruleGuess(c.start, c.end + 1, 'person', c.prefix, c.stem);
  });
}

const LINKS = normalSet('nameLinks');
const GOD = 'الله';
const ALI = 'علي';

const maqsura = new WeakMap<Doc, boolean>();
/** Does the page write final ى (على, إلى) apart from ي, so that علي spelt with ي is the name? */
function writesAlifMaqsura(doc: Doc): boolean {
  let v = maqsura.get(doc);
  if (v === undefined) maqsura.set(doc, (v = /\u0649(?![\u0600-\u06FF])/.test(doc.text)));
  return v;
}

/**
 * A guessed person grows over name words the tagger or a rule left out: a given name just before it
 * (جمال ناصر البدر), a link word before or at its end (عبد الرحمن, ابو القاسم), and
 * الله or a listed family name right after it (وديعة الله, عبد الغفور). `free(i)` says token i is
 * not taken by another name; `isNisba` keeps country adjectives out (اللاعب البحريني); `knownFirst`
 * says a page key is the first name of a known person.
 */
export function extendPerson(
  doc: Doc,
  cues: CueLexicon,
  c: Candidate,
  free: (i: number) => boolean,
  isNisba: (key: string) => boolean,
  knownFirst: (key: string) => boolean = () => false,
): Candidate {
  if (c.type !== 'person' || c.known) return c;
  const word = (i: number) => {
    const t = doc.tokens[i];
    return !!t && t.kind === 'arabic' && free(i) && !cues.stop.has(t.norm);
  };
  let { start, end } = c;
  let moved = false;
  // Leftwards until a word that opens with its own و (وبسام starts the next name of a list).
  const opensList = (i: number) => namePrefix(doc.tokens[i]!.norm, cues).prefix !== '';
  while (start > 0 && start > c.start - 3 && !opensList(start) && word(start - 1)) {
    // A word with its own و before it (وروى "and he told") is not taken: the و may be the verb's.
    const w = doc.tokens[start - 1]!.norm;
    if (cues.given.has(w) || LINKS.has(w)) start--;
    else if (start >= 2 && doc.tokens[start - 2]!.norm === 'عبد' && word(start - 2)) start -= 2;
    else break;
    moved = true;
  }
  for (let k = 0; k < 2 && end < doc.tokens.length && word(end); k++) {
    const last = doc.tokens[end - 1]!.norm;
    const next = doc.tokens[end]!.norm;
    const link = LINKS.has(last);
    const family = cues.family.has(next) && !isNisba(doc.keys[end]!) && !clitics(next).pre;
    if (!(link || next === GOD || family)) break;
    end++;
    moved = true;
  }
  // صدام شهابات, محمد الطاهات: a lone first name takes the unlisted word after it as the family
  // name when that word reads as no common word, verb, title or country adjective.
  // The first names of the gazetteer's people count too (حامد, as in حامد كرزاي).
  const first = c.stem ?? doc.tokens[start]!.norm;
  if (
    !moved &&
    end - start === 1 &&
    end < doc.tokens.length &&
    word(end) &&
    (cues.given.has(first) || knownFirst(foldLoose(first)))
  ) {
    const next = doc.tokens[end]!.norm;
    const cl = clitics(next);
    // وريم, وتوفيق: a و before a name opens the next person of a list; وأمته is "and his nation".
    const listed = next[0] === 'و' && (inNames(cues, next.slice(1)) || !inNames(cues, next));
    if (
      cl.pre === '' &&
      next.length >= 3 &&
      !listed &&
      !cues.common.has(next) &&
      !notPersonWord(next) &&
      !isNisba(doc.keys[end]!) &&
      !cueForms(next).some((f) => cues.single.has(f)) &&
      (inNames(cues, next) || !imperfectShaped(next))
    ) {
      end++;
      moved = true;
    }
  }
  // اللواء محمد علي: normalised, the name علي is the preposition على; on a page that writes على
  // with its ى, علي spelt with ي after a first name is the name.
  if (
    end - start === 1 &&
    end < doc.tokens.length &&
    free(end) &&
    doc.tokens[end]!.text === ALI &&
    (cues.given.has(first) || knownFirst(foldLoose(first))) &&
    writesAlifMaqsura(doc)
  ) {
    end++;
    moved = true;
  }
  if (!moved) return c;
  const { prefix, stem } =
    start === c.start ? { prefix: c.prefix, stem: c.stem } : namePrefix(doc.tokens[start]!.norm, cues);
  return { ...c, start, end, prefix, stem };
}

/**
 * A known person's one-word form right after a given name (عبد الرحمن مودي, حافظ الأسد) is
 * another person of that name: it becomes a guessed person over the whole name.
 */
export function surnamesAfterGivenNames<C extends Candidate>(
  doc: Doc,
  cues: CueLexicon,
  gaz: readonly C[],
): (C | Candidate)[] {
  const covered = new Uint8Array(doc.tokens.length);
  for (const c of gaz) covered.fill(1, c.start, c.end);
  return gaz.map((c) => {
    if (c.type !== 'person' || c.prefix || c.start === 0) return c;
    const prev = doc.tokens[c.start - 1]!;
    // مكتوم بن محمد بن راشد آل مكتوم: a known name after بن is the father's; the son is a guess.
    if (
      c.end - c.start > 1 &&
      SON_OF.has(prev.norm) &&
      c.start >= 2 &&
      doc.tokens[c.start - 2]!.kind === 'arabic' &&
      inNames(cues, doc.tokens[c.start - 2]!.norm) &&
      !cues.common.has(doc.tokens[c.start - 2]!.norm)
    ) {
      return ruleGuess(c.start - 2, c.end, 'person');
    }
    if (c.end - c.start !== 1) return c;
    if (
      prev.kind !== 'arabic' ||
      covered[c.start - 1] ||
      !(cues.given.has(prev.norm) || LINKS.has(prev.norm) || doc.tokens[c.start - 2]?.norm === 'عبد')
    )
      return c;
    const guess = ruleGuess(c.start, c.end, 'person');
    const grown = extendPerson(
      doc,
      cues,
      guess,
      (i) => !covered[i],
      () => false,
    );
    return grown.start < c.start ? grown : c;
  });
}
