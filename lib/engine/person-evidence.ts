// A guessed person needs a person context: a one-word name the tagger read as a person by its shape
// alone, with no name list, title, speech or person verb or full name of it on the page, stays
// unmarked (unknown beats wrong: a church, a shrine or a car maker with a foreign-looking name), and a
// guessed person that its surroundings make something else, with no evidence for a person, is dropped
// (`refuted`). `personEvidence` names the kinds of evidence a guessed person has (issue 14).
import type { CueLexicon } from '../ner/cues';
import { cueAt, inNames } from '../ner/rule-words';
import { clitics } from '../text/clitics';
import { foldLoose } from '../text/normalize';
import type { Candidate, Doc } from './types';
import { normalSet } from '../ner/lexicon';
import { notAPerson } from './person-context';
import { foreignGivenName } from '../ner/foreign-given';
import { kinWithPronoun } from '../ner/rule-shapes';

// A verb with its و (وأعرب) counts too.
const VERBS = new Set([...normalSet('speechVerbs'), ...normalSet('personVerbs')]);

type Span = { start: number; end: number };

const WAW_FA_OPENING = /^[وف]/;

function verbNear(doc: Doc, c: Span): boolean {
  for (let i = Math.max(0, c.start - 3); i < Math.min(doc.tokens.length, c.end + 3); i++) {
    if (i >= c.start && i < c.end) continue;
    const w = doc.tokens[i]!.norm;
    if (VERBS.has(w) || (WAW_FA_OPENING.test(w) && VERBS.has(w.slice(1)))) return true;
  }
  return false;
}

/** A title before the name, over at most two definite adjectives (الرئيس الكيني روتو). */
function titleBefore(doc: Doc, cues: CueLexicon, c: Span): boolean {
  for (let i = c.start - 1; i >= 0 && i >= c.start - 4; i--) {
    const cue = cueAt(doc.tokens, i, cues);
    if (cue) return cue.type === 'title' && i + cue.length <= c.start;
    const t = doc.tokens[i]!;
    if (t.kind !== 'arabic' || !clitics(t.norm).article) return false;
  }
  return false;
}

/** `names` less the one-word tagger persons that nothing but their shape supports, and the refuted. */
export function personsWithEvidence(
  doc: Doc,
  cues: CueLexicon,
  names: readonly Candidate[],
  isNisba: (key: string) => boolean = () => false,
): Candidate[] {
  // Words of the page's longer person names: the lone word is then a surname of someone named.
  const inFullNames = new Set<string>();
  for (const c of names)
    if (c.type === 'person' && c.end - c.start > 1) for (let i = c.start; i < c.end; i++) inFullNames.add(doc.keys[i]!);
  // One mention with evidence vouches for the word's other mentions on the page.
  const vouched = new Set<string>();
  for (const c of names) {
    if (!lone(c)) continue;
    const stem = c.stem ?? doc.tokens[c.start]!.norm;
    if (
      inNames(cues, stem) ||
      inNames(cues, doc.tokens[c.start]!.norm) ||
      inFullNames.has(doc.keys[c.start]!) ||
      inFullNames.has(key(doc, c)) ||
      titleBefore(doc, cues, c) ||
      verbNear(doc, c)
    )
      vouched.add(key(doc, c));
  }
  const out: Candidate[] = [];
  for (let k = 0; k < names.length; k++) {
    const c = names[k]!;
    if ((!lone(c) || vouched.has(key(doc, c))) && !notAPerson(doc, c) && !refuted(doc, cues, c, names, isNisba))
      out.push(c);
  }
  return out;
}

// Module functions, not arrows made per page: V8 kept the optimised code of a closure made per page
// only while one lived, and compiled it again on every page.
const lone = (c: Candidate) => c.type === 'person' && c.source === 'tagger' && !c.known && c.end - c.start === 1;
const key = (doc: Doc, c: Candidate) => foldLoose(c.stem ?? doc.tokens[c.start]!.norm);

/** What makes a guessed person a person: the kinds of evidence `personEvidence` reports. */
export type EvidenceKind =
  | 'given' // a word is a listed given name (Arabic or foreign)
  | 'surname' // a word is a listed family name
  | 'link' // a name link inside it (عبد, أبو, بن)
  | 'title' // a title before it
  | 'verb' // a speech or person verb within three words
  | 'kin' // a kinship noun with its pronoun right before it (ابنه, زوجته)
  | 'page'; // one of its words is in another person's name on the page

const NAME_LINKS = normalSet('nameLinks');
const STATE_NOUNS = normalSet('stateNouns');
const PROCLITIC = /^[وفبل]/;
const givenWord = (cues: CueLexicon, w: string) => cues.given.has(w) || cues.names.has(w) || foreignGivenName(w);

/**
 * The evidence a person no list holds has, over [start, end) of `doc`; `persons` are the page's
 * mentions (those typed other than person are passed over). Empty: the shape alone made it a person.
 */
export function personEvidence(
  doc: Doc,
  cues: CueLexicon,
  c: { start: number; end: number; stem?: string },
  persons: readonly { start: number; end: number; type?: string }[],
): EvidenceKind[] {
  const out: EvidenceKind[] = [];
  let given = false;
  let surname = false;
  let link = false;
  for (let i = c.start; i < c.end; i++) {
    const w = i === c.start && c.stem ? c.stem : doc.tokens[i]!.norm;
    // A first word's و or ف (وسارة) or preposition (لميلا) is not the name's.
    const rest = i === c.start && w.length > 3 && PROCLITIC.test(w) ? w.slice(1) : w;
    if (givenWord(cues, w) || givenWord(cues, rest)) given = true;
    else if (cues.family.has(w)) surname = true;
    if (NAME_LINKS.has(w)) link = true;
  }
  if (given) out.push('given');
  if (surname) out.push('surname');
  if (link) out.push('link');
  if (titleBefore(doc, cues, c)) out.push('title');
  if (verbNear(doc, c)) out.push('verb');
  const before = doc.tokens[c.start - 1];
  if (before && kinWithPronoun(before.text)) out.push('kin');
  const own = new Set<string>();
  for (let i = c.start; i < c.end; i++) own.add(doc.keys[i]!);
  let page = false;
  for (const p of persons) {
    if ((p.type !== undefined && p.type !== 'person') || (p.start === c.start && p.end === c.end)) continue;
    for (let i = p.start; i < p.end && !page; i++) page = own.has(doc.keys[i]!) && !NAME_LINKS.has(doc.tokens[i]!.norm);
    if (page) break;
  }
  if (page) out.push('page');
  return out;
}

function placeEndsAt(names: readonly Candidate[], i: number): boolean {
  for (let k = 0; k < names.length; k++) if (names[k]!.type === 'place' && names[k]!.end === i) return true;
  return false;
}

/** Is `w`, its proclitics and article off (والمملكة, بمملكة), a noun of a realm or tribe? */
function stateNoun(w: string): boolean {
  const c = clitics(w);
  return STATE_NOUNS.has(w) || STATE_NOUNS.has(c.bare) || (!!c.alt && STATE_NOUNS.has(c.alt));
}

/** Does [start, end) hold a country's adjective without the article (ممثل كوميدي مصري, لاعب مضرب أسترالي)? */
function bareNisba(doc: Doc, c: Span, isNisba: (key: string) => boolean): boolean {
  for (let i = c.start; i < c.end; i++) if (!clitics(doc.tokens[i]!.norm).article && isNisba(doc.keys[i]!)) return true;
  return false;
}

/**
 * A guessed person whose surroundings say it is no person, with no evidence that it is one. Unknown
 * beats wrong: a realm's name after its noun (مملكة أراغون, قبائل سونين), a run of a profession's
 * adjectives after its noun (ممثل كوميدي مصري: a country's adjective without the article is never
 * in a name no list holds), a lone word joined by و to a place (نورماندي وأنجو).
 */
function refuted(
  doc: Doc,
  cues: CueLexicon,
  c: Candidate,
  names: readonly Candidate[],
  isNisba: (key: string) => boolean,
): boolean {
  if (c.type !== 'person' || c.known || c.source === 'coref' || c.source === 'gazetteer') return false;
  const one = c.end - c.start === 1;
  if (one && c.start > 0 && stateNoun(doc.tokens[c.start - 1]!.norm)) return true;
  const nisba = bareNisba(doc, c, isNisba);
  const afterPlace = one && doc.tokens[c.start]!.norm.startsWith('و') && placeEndsAt(names, c.start);
  if (!nisba && !afterPlace) return false;
  const kinds = personEvidence(doc, cues, c, names);
  if (nisba) return !kinds.some((k) => k === 'given' || k === 'surname' || k === 'page' || k === 'link');
  return !kinds.some((k) => k === 'title' || k === 'verb' || k === 'page' || k === 'kin');
}
