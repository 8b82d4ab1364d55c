// Span conventions of Arabic news gold data applied to raw candidates:
// - A generic noun before a name that stands on its own is not part of the span when the English
//   name does not carry it either: حركة حماس → حماس (Hamas), شركة إيني → إيني, محافظة الأنبار →
//   الأنبار, وكالة رويترز → رويترز, حزب البديل من أجل ألمانيا → البديل من أجل ألمانيا. Nouns that
//   English keeps stay: حزب العدالة والتنمية (Party), جامعة القاهرة (University), مجموعة فاغنر
//   (Group). A name that alone is a common word keeps its noun only when the English does (حركة
//   أمل, Amal Movement); قناة الجزيرة → الجزيرة, and the noun has settled that الجزيرة is the channel.
// - A facility's noun stays outside a known place (معبر رفح → رفح), which keeps the facility's entry;
//   so does an area noun before a name that alone is a place (مدينة غزة → غزة, Gaza City).
// - A guessed organisation does not end in a descriptor (حزب الشعب الجمهوري المعارض) nor in a
//   country adjective after a foreign name (مجموعة فاغنر الروسية); one made of definite words
//   keeps it (لجنة الانتخابات الهندية).
// - A guessed place does not start with its place noun (بمدينة غوما → غوما).
import { analyses as proclitics } from './analyses';
import { tokenAnalyses } from './doc';
import { foldLoose, normalizeText } from '../text/normalize';
import type { Gazetteer } from '../gazetteer';
import type { GazCandidate } from './match';
import { NOUN_OUTSIDE } from '../ner/org-triggers';
import type { Candidate, Doc } from './types';
import { keyedSet } from '../ner/lexicon';
import { TokenMap } from './token-map';

const COMPANY = 'شركه';

export const DROPPED_NOUNS = keyedSet('droppedNouns');

/** The English word a dropped noun is written as when a name carries it (حركة أمل → Amal Movement). */
const NOUN_ENGLISH: [string[], RegExp][] = [
  [['حركة'], /\bmovement\b/i],
  [['حزب'], /\bparty\b/i],
  [['قوات'], /\bforces?\b/i],
  [['شركة'], /\b(company|corporation|co\.?)\b/i],
  [['منظمة', 'تنظيم'], /\borgani[sz]ation\b/i],
  [['مصرف', 'بنك'], /\bbank\b/i],
  [['قناة', 'فضائية', 'تلفزيون'], /\b(channel|tv|television)\b/i],
  [['شبكة'], /\bnetwork\b/i],
  [['مجلة'], /\bmagazine\b/i],
  [['جماعة'], /\bgroup\b/i],
  [['حلف'], /\b(alliance|pact|treaty)\b/i],
  [['نادي'], /\bclub\b/i],
  [['إذاعة'], /\bradio\b/i],
  [['جزيرة'], /\bisland\b/i],
  [['مدينة'], /\bcity\b/i],
  [['جمهورية'], /\brepublic\b/i],
  [['مملكة'], /\bkingdom\b/i],
  [['إمارة'], /\bemirate\b/i],
  [['ولاية'], /\bstate\b/i],
  [['محافظة'], /\bgovernorate\b/i],
];
const nounEnglish = new Map(
  NOUN_ENGLISH.flatMap(([nouns, re]) => nouns.map((n) => [foldLoose(normalizeText(n)), re] as const)),
);

/** Does the English name carry the dropped noun (Amal Movement for حركة أمل)? */
export function englishCarries(nounStem: string, english: string | null): boolean {
  const re = nounEnglish.get(nounStem);
  return !!re && !!english && re.test(english);
}
const DESCRIPTORS = keyedSet('descriptors');
/** A definite word, with و, ف, ب or ل before its article (والأدوية, للاستثمار). */
const DEFINITE = /^(ال|[وف]?(ال|بال|لل))/;

function hasNoun(key: string, nouns: Set<string>): { prefix: string; stem: string } | null {
  for (const a of proclitics(key)) if (nouns.has(a.stem)) return a;
  return null;
}

const ARTICLE_ENDING = /ال$/;

const startOf = (c: GazCandidate): number => c.start; // made once, not per page

/**
 * Gazetteer matches that begin with a dropped noun give way to the name after it when that is a
 * form of the same entry (حركة حماس → حماس). A place keeps its entry with the noun left out even
 * when the rest alone names something else (معبر رفح → رفح, the Rafah crossing, not the town).
 * A ministry named with where it sits leaves the place out (وزارة الصحة في غزة → وزارة الصحة, Gaza
 * Health Ministry; غزة is its own mention).
 */
export function trimGenericNouns(doc: Doc, cands: GazCandidate[], gaz?: Gazetteer): GazCandidate[] {
  const byStart = TokenMap.of(doc.tokens.length, cands, startOf);
  return cands.map((c) => {
    if (c.end - c.start < 2) return c;
    if (c.type === 'organization' && hasNoun(doc.keys[c.start]!, MINISTRY)) {
      for (let at = c.start + 2; at < c.end; at++) if (doc.keys[at] === IN) return { ...c, end: at };
    }
    const noun = hasNoun(doc.keys[c.start]!, DROPPED_NOUNS);
    if (!noun) return trimDescriptor(doc, c);
    const next = byStart.get(c.start + 1);
    // محافظة ديالى, مدينة غزة: an area noun stays outside a place whose name alone is a place, even
    // where the English carries the noun (Diyala Governorate, Gaza City); the entry is the longer one's.
    if (
      c.type === 'place' &&
      AREA_NOUNS.has(noun.stem) &&
      !ARTICLE_ENDING.test(noun.prefix) &&
      next?.type === 'place' &&
      !next.prefix &&
      next.end === c.end
    )
      return next.id === c.id
        ? { ...next, ambiguous: false }
        : { ...c, start: c.start + 1, prefix: '', stem: doc.keys[c.start + 1]!, ambiguous: false };
    if (englishCarries(noun.stem, c.english)) return trimDescriptor(doc, c);
    const rest = next ?? (gaz && numberLedRest(doc, gaz, c));
    if (rest && !rest.prefix && rest.end === c.end && rest.id === c.id) return { ...rest, ambiguous: false };
    // جريدة القدس → القدس: a paper named by a known place leaves its noun out too, and the span
    // keeps the paper's entry, not the place's.
    if (
      c.type === 'organization' &&
      PAPER_NOUNS.has(noun.stem) &&
      !ARTICLE_ENDING.test(noun.prefix) &&
      rest?.type === 'place' &&
      !rest.prefix &&
      rest.end === c.end
    )
      return { ...c, start: c.start + 1, prefix: '', stem: doc.keys[c.start + 1]!, ambiguous: false };
    if (c.type === 'place' && OUTSIDE_PLACE.has(noun.stem) && !ARTICLE_ENDING.test(noun.prefix))
      return { ...c, start: c.start + 1, prefix: '', stem: doc.keys[c.start + 1]!, ambiguous: false };
    return trimDescriptor(doc, c);
  });
}
const MINISTRY = keyedSet('ministryNouns');

/**
 * قوى 14 آذار → 14 آذار (March 14 Alliance): no match opens on a number, so a form of the same
 * entry that does is looked up here, for the noun to give way to it as to any other rest.
 */
function numberLedRest(doc: Doc, gaz: Gazetteer, c: GazCandidate): GazCandidate | undefined {
  if (doc.tokens[c.start + 1]?.kind !== 'number') return undefined;
  const hit = gaz.lookup(doc.keys, c.start + 1).find((h) => h.length === c.end - c.start - 1);
  if (!hit || !hit.ids.includes(c.entry)) return undefined;
  return { ...c, start: c.start + 1, prefix: '', stem: doc.keys[c.start + 1]! };
}
// Nouns of facilities and areas that stay outside a place's name (المملكة العربية السعودية,
// المدينة المنورة and جزر القمر, Comoros, keep theirs).
const OUTSIDE_PLACE = keyedSet('outsidePlaceNouns');
const AREA_NOUNS = keyedSet('areaNounsOutside');
const PAPER_NOUNS = keyedSet('paperNouns');
const IN = foldLoose(normalizeText('في'));

/** A known name of three words or more ending in a descriptor (حزب العدالة والتنمية الحاكم) loses it. */
function trimDescriptor(doc: Doc, c: GazCandidate): GazCandidate {
  return c.end - c.start >= 3 && DESCRIPTORS.has(doc.keys[c.end - 1]!) ? { ...c, end: c.end - 1 } : c;
}

/** Trailing descriptors and country adjectives off guessed organisations; place nouns off guessed places. */
export function trimGuess(doc: Doc, c: Candidate, isNisba: (key: string) => boolean): Candidate | null {
  let { start, end } = c;
  if (c.type === 'organization') {
    while (end - start > 1 && DESCRIPTORS.has(doc.keys[end - 1]!)) end--;
    // مجموعة فاغنر الروسية: the adjective after a foreign name is no part of it; after a definite
    // word (منظمة حقوق الإنسان التركية, منظمة الأغذية والأدوية الأميركية) it is the body's own.
    const bareBefore = !DEFINITE.test(doc.keys[end - 2] ?? '');
    if (end - start > 2 && bareBefore && isNisba(doc.keys[end - 1]!)) end--;
  }
  let prefix = c.prefix;
  let stem = c.stem;
  // لقناة فوكس → فوكس: the paper, channel or club noun of a guessed body stays outside; a company's
  // stays, since a guessed company is often named by what it does (شركة تسويق النفط). A rule's
  // span has already left such a noun out, unless a place names the body (تلفزيون دبي).
  if (
    c.type === 'organization' &&
    c.source !== 'rule' &&
    end - start > 1 &&
    tokenAnalyses(doc, start).some((a) => NOUN_OUTSIDE.has(a.stem) && a.stem !== COMPANY)
  ) {
    start++;
    prefix = '';
    stem = undefined;
  }
  if (c.type === 'place' && end - start > 1 && hasNoun(doc.keys[start]!, DROPPED_NOUNS)) {
    start++;
    prefix = '';
    stem = undefined;
  }
  if (start === c.start && end === c.end) return c;
  return end > start ? { ...c, start, end, prefix, stem } : null;
}

const ORDINALS = keyedSet('ordinals');
/** An ordinal word (الثاني): part of a ruler's name, never a surname of its own. */
export const isOrdinal = (key: string): boolean => ORDINALS.has(key);
const TEENS = keyedSet('ordinalTeens');
/** عشر, عشرة: an ordinal's second word from eleventh to nineteenth (الرابع عشر). */
export const isOrdinalTeen = (key: string): boolean => TEENS.has(key);
/** لويس الرابع عشر: after an ordinal, عشر is the ordinal's second word, never a name of its own. */
export const ordinalEnd = (doc: Doc, end: number): number =>
  end > 0 && end < doc.keys.length && ORDINALS.has(doc.keys[end - 1]!) && TEENS.has(doc.keys[end]!) ? end + 1 : end;
const ordinalWord = (key: string): boolean => ORDINALS.has(key) || TEENS.has(key);
/** تحتمس الثاني with the name missed: a guessed person of ordinal words alone is no person. */
const bareOrdinal = (doc: Doc, c: Candidate): boolean =>
  c.type === 'person' && !c.known && doc.keys.slice(c.start, c.end).every(ordinalWord);
const ROYAL = keyedSet('royalTitles');
/** Words of lineage (son or daughter of), the same in normal and folded form. */
export const SON_OF = keyedSet('sonOf');

/**
 * A ruler's ordinal or house name is part of the name (الملك عبد الله الثاني, حمد بن خليفة آل
 * ثاني written الثاني): taken after a person announced by a royal title or built with بن. Elsewhere
 * an ordinal after a name is the thing counted (هدف ميسي الثاني, Messi's second goal).
 */
export function withOrdinals(doc: Doc, all: Candidate[]): Candidate[] {
  const cands = all.filter((c) => !bareOrdinal(doc, c));
  const taken = new Uint8Array(doc.tokens.length + 1);
  for (const c of cands) taken.fill(1, c.start, c.end);
  return cands.map((c) => {
    if (c.type !== 'person' || taken[c.end] || !ORDINALS.has(doc.keys[c.end] ?? '')) return c;
    const royal = c.start > 0 && ROYAL.has(doc.keys[c.start - 1]!);
    const lineage = doc.keys.slice(c.start + 1, c.end).some((k) => SON_OF.has(k));
    return royal || lineage ? { ...c, end: ordinalEnd(doc, c.end + 1) } : c;
  });
}
