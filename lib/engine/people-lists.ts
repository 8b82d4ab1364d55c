// People named one after another (وسجل بوفون وغانلوكا زامبروتا وديفيد تريزيغيه, a cast, a squad,
// the victims of an attack): a name joined by و right after a person is the next person of the list,
// though no list holds it. The person before it is the evidence; the words after و must read as a
// name (no common word, verb, title or country adjective), and two of them are needed.
import type { CueLexicon } from '../ner/cues';
import { notPersonWord, verbOrAdverbShaped } from '../ner/rule-shapes';
import { commonWord, cueForms, imperfectShaped, inNames } from '../ner/rule-words';
import { clitics } from '../text/clitics';
import { isOrdinal } from './conventions';
import { ruleGuess, type Candidate, type Doc } from './types';
import { normalSet } from '../ner/lexicon';
import { prepositionOnWord } from './unknown';
import { byStart } from './order';

const COMMAS = new Set(['،', ',']);
const NOT_LISTED = normalSet('notListedPeople');
const LINKS = normalSet('nameLinks');
// وحكومته, وعصابتهم, ومواقفنا: a noun with a pronoun on it (the feminine ending before it, or a
// plural pronoun) is the sentence going on.
const PRONOUN_ON_NOUN = /(ته|تها|تهم|تهما|تنا|هم|هما|كم)$/;
const AFAAL_SHAPE = /^ا..ا.$/;

/** A word that can stand in a person's name here (norm without any و of the list). */
function nameWord(cues: CueLexicon, w: string, isNisba: (key: string) => boolean, key: string): boolean {
  if (inNames(cues, w)) return !cues.stop.has(w) && !NOT_LISTED.has(w) && !isNisba(key);
  if (w.length < 2 || cues.stop.has(w) || NOT_LISTED.has(w) || commonWord(w, cues) || notPersonWord(w)) return false;
  if (cueForms(w).some((f) => cues.single.has(f)) || isNisba(key)) return false;
  // واكتسب, وإخراج: a past verb of a derived form or its verbal noun (إفعال) goes on with the sentence.
  if (imperfectShaped(w) || verbOrAdverbShaped(w) || AFAAL_SHAPE.test(w)) return false;
  return !PRONOUN_ON_NOUN.test(w) && !prepositionOnWord(cues, w);
}

const ALI = 'علي';

/**
 * Does the list go on at token i: a listed given name with its و (وهاني), after an optional comma?
 * وعبدالحليم علي وهاني العجيزي: there علي is the family name, not the preposition على before a noun.
 */
function listGoesOn(doc: Doc, cues: CueLexicon, i: number): boolean {
  const k = COMMAS.has(doc.tokens[i]?.text ?? '') ? i + 1 : i;
  const w = doc.tokens[k]?.norm ?? '';
  const rest = w.slice(1);
  return w[0] === 'و' && givenName(cues, rest);
}

/** A word the name lists hold, or a compound with عبد (عبدالحليم), that is no common or function word. */
function givenName(cues: CueLexicon, w: string): boolean {
  return (inNames(cues, w) || (w.startsWith('عبد') && w.length > 5)) && !cues.common.has(w) && !cues.stop.has(w);
}

/** The person joined by و right after token `end` (after an optional comma), or null. */
function nextPerson(
  doc: Doc,
  cues: CueLexicon,
  end: number,
  taken: Uint8Array,
  isNisba: (key: string) => boolean,
): Candidate | null {
  let j = end;
  if (COMMAS.has(doc.tokens[j]?.text ?? '')) j++;
  const first = doc.tokens[j];
  const second = doc.tokens[j + 1];
  if (!first || !second || first.kind !== 'arabic' || second.kind !== 'arabic' || taken[j] || taken[j + 1]) return null;
  const w = first.norm;
  if (w[0] !== 'و' || w.length < 4) return null;
  // وليد, وائل: a name that opens with و is the name itself, not و + a name.
  const prefix = inNames(cues, w) && !inNames(cues, w.slice(1)) ? '' : 'و';
  const stem = prefix ? w.slice(1) : w;
  if (clitics(stem).article || !nameWord(cues, stem, isNisba, doc.keys[j]!.slice(prefix.length))) return null;
  const s = second.norm;
  const c = clitics(s);
  // والمصري أحمد, وحازم إمام ومحمد: a second word with its own و opens the next item, not this name.
  const ownWaw = s[0] === 'و' && !(inNames(cues, s) && !inNames(cues, s.slice(1)));
  const ali = s === ALI && givenName(cues, stem) && listGoesOn(doc, cues, j + 2);
  if (c.pre !== '' || ownWaw || isOrdinal(doc.keys[j + 1]!) || !(ali || nameWord(cues, s, isNisba, doc.keys[j + 1]!)))
    return null;
  // An article is a family name's (علي الحجار), shaped like a nisba or listed.
  if (c.article && !(inNames(cues, s) || s.endsWith('ي'))) return null;
  let stop = j + 2;
  const third = doc.tokens[stop];
  // سعيد عبد الغني: a link word takes the word after it; a listed family name goes on the name.
  const linked = LINKS.has(s) && third?.kind === 'arabic' && !cues.stop.has(third.norm);
  if (
    third?.kind === 'arabic' &&
    !taken[stop] &&
    (linked || (cues.family.has(third.norm) && !isNisba(doc.keys[stop]!)))
  )
    stop++;
  return ruleGuess(j, stop, 'person', prefix, stem);
}

/** `names` (sorted, non-overlapping) with the people of their lists added. */
export function peopleInLists(
  doc: Doc,
  cues: CueLexicon,
  names: readonly Candidate[],
  isNisba: (key: string) => boolean,
): Candidate[] {
  const taken = new Uint8Array(doc.tokens.length);
  for (const c of names) taken.fill(1, c.start, c.end);
  const added: Candidate[] = [];
  for (const c of names) {
    if (c.type !== 'person') continue;
    for (let p = nextPerson(doc, cues, c.end, taken, isNisba); p; p = nextPerson(doc, cues, p.end, taken, isNisba)) {
      taken.fill(1, p.start, p.end);
      added.push(p);
    }
  }
  const all = added.length ? byStart(names.concat(added)) : [...names];
  return withListFirstNames(doc, cues, withListSurnames(doc, all));
}

/** Token i as و + a listed name (وروي, وعباس), the name alone, or null. */
function wawGiven(doc: Doc, cues: CueLexicon, i: number): string | null {
  const t = doc.tokens[i];
  if (t?.kind !== 'arabic' || t.norm[0] !== 'و') return null;
  const w = t.norm.slice(1);
  // وعلي reads as وعلى before a noun far more often than as a list's Ali; والحان (and melodies
  // by) is a definite noun before its author, whatever name it also spells.
  if (w === ALI || w.startsWith('ال') || w.length < 3 || !inNames(cues, w) || cues.common.has(w) || cues.stop.has(w))
    return null;
  return w;
}

/**
 * Does a person of the list end right before token i, or open with و right after the item (both, for
 * a name of the loose lists only: وعباس عثمان عباس between محمد خميس and وعبدالله الفاضل)?
 */
function inListRun(doc: Doc, names: Candidate[], k: number, i: number, both: boolean): boolean {
  const before = names[k - 1];
  const end = names[k]!.end;
  const b = before?.type === 'person' && listGap(doc, before.end, i);
  const after = names[k + 1];
  const a = after?.type === 'person' && listGap(doc, end, after.start) && doc.tokens[after.start]!.norm[0] === 'و';
  return both ? a && b : a || b;
}

/**
 * مثل مارك فان بومل وروي ماكاي وادغار دافيدز: a person of a list found a word short, after و + a
 * given name of the strict list, starts at that given name (the tagger took only the surname).
 * Another person of the list must stand right before the item or open with و after it; a name of
 * the loose lists alone needs both.
 */
function withListFirstNames(doc: Doc, cues: CueLexicon, names: Candidate[]): Candidate[] {
  let out: Candidate[] | null = null;
  for (let k = 0; k < names.length; k++) {
    const c = names[k]!;
    const j = c.start - 1;
    if (c.type !== 'person' || c.prefix !== '' || j < 0 || doc.tokens[c.start]!.norm[0] === 'و') continue;
    if (k > 0 && names[k - 1]!.end > j) continue;
    const given = wawGiven(doc, cues, j);
    if (!given || !inListRun(doc, names, k, j, !cues.given.has(given))) continue;
    out ??= [...names];
    out[k] = ruleGuess(j, c.end, 'person', 'و', given);
  }
  return out ?? names;
}

/** A person of two words or more (a list's item), or undefined. */
function twoWordPerson(c: Candidate | undefined): Candidate | undefined {
  return c && c.type === 'person' && c.end - c.start >= 2 ? c : undefined;
}

/**
 * ووائل القباني وطارق السيد وتامر أبو جبل: a one-word guess with و between two-word people of a
 * list, each a word apart from it (or a comma and a word), stops a word short: the word after it,
 * with no clitic or و of its own, is its family name, even one that is also a word (إمام).
 */
function withListSurnames(doc: Doc, names: Candidate[]): Candidate[] {
  let out: Candidate[] | null = null;
  for (let k = 1; k + 1 < names.length; k++) {
    const c = names[k]!;
    if (c.type !== 'person' || c.known || c.end - c.start !== 1 || doc.tokens[c.start]!.norm[0] !== 'و') continue;
    const before = twoWordPerson(names[k - 1]);
    const after = twoWordPerson(names[k + 1]);
    if (!before || !after || !listGap(doc, before.end, c.start)) continue;
    const surname = doc.tokens[c.end];
    if (surname?.kind !== 'arabic' || !listGap(doc, c.end + 1, after.start)) continue;
    const s = surname.norm;
    if (s[0] === 'و' || clitics(s).pre !== '' || isOrdinal(doc.keys[c.end]!)) continue;
    if (doc.tokens[after.start]!.norm[0] !== 'و') continue;
    out ??= [...names];
    out[k] = { ...c, end: c.end + 1 };
  }
  return out ?? names;
}

/** Do tokens [from, to) hold nothing but an optional comma between two items of a list? */
function listGap(doc: Doc, from: number, to: number): boolean {
  return to === from || (to === from + 1 && COMMAS.has(doc.tokens[from]!.text));
}
