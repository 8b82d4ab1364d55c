// Guessed people grown over the name words a rule or the tagger left out, and known one-word
// forms after a given name read as another person of that name.
import type { CueLexicon } from '../ner/cues';
import { clitics } from '../text/clitics';
import { notPersonWord, prepositionPronoun } from '../ner/rule-shapes';
import { foreignGivenName } from '../ner/foreign-given';
import { accusativeTitle, cueForms, imperfectShaped, inNames } from '../ner/rule-words';
import { nisbaBase } from '../text/nisba';
import { foldLoose } from '../text/normalize';
import type { Gazetteer } from '../gazetteer/load';
import { isOrdinal, SON_OF } from './conventions';
import { ruleGuess, type Candidate, type Doc } from './types';
import { TokenMap } from './token-map';
import { LINKS, namePrefix, notNameWord } from './name-words';
import { epithetAt } from './person-bounds';
import { firstNameSlot, looseNameWord } from './name-slot';
import { feminineTitle } from '../ner/person-triggers';

const IMPERFECT_OPENING = /^[يتن]/;
const COUNTRY_OR_CAPITAL = /^(Country|Capital)\b/;

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
    if (COUNTRY_OR_CAPITAL.test(e.desc) || (e.rank ?? 0) > 2_000_000) return c;
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
    if (next.norm.length < 3 || (IMPERFECT_OPENING.test(next.norm) && next.norm.length <= 5)) return c;
    return ruleGuess(c.start, c.end + 1, 'person', c.prefix, c.stem);
  });
}

const GOD = 'الله';
const BA_LAM = /^[بل]/;
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
  // المشرف عليه يوسف شاهين: a preposition with its pronoun, whose normal form is the name علية's,
  // is the sentence's (read as written).
  const before = (i: number) => word(i) && !prepositionPronoun(doc.tokens[i]!.text);
  while (start > 0 && start > c.start - 3 && !opensList(start) && before(start - 1)) {
    // A word with its own و before it (وروى "and he told") is not taken: the و may be the verb's.
    const w = doc.tokens[start - 1]!.norm;
    if (
      cues.given.has(w) ||
      LINKS.has(w) ||
      givenBeforeLink(cues, w, doc.tokens[start]!.norm) ||
      looseFirstName(cues, doc, start - 1, isNisba, knownFirst)
    )
      start--;
    else if (start >= 2 && doc.tokens[start - 2]!.norm === 'عبد' && word(start - 2)) start -= 2;
    else break;
    moved = true;
  }
  if (
    start > 0 &&
    start > c.start - 3 &&
    !opensList(start) &&
    free(start - 1) &&
    aliAsName(doc, cues, start - 1, isNisba)
  ) {
    start--;
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
  if (end - start >= 3 && lineageFamily(doc, cues, end, word, isNisba)) {
    end++;
    moved = true;
  }
  // صدام شهابات, محمد الطاهات: a lone first name takes the unlisted word after it as the family
  // name when that word reads as no common word, verb, title or country adjective.
  // The first names of the gazetteer's people count too (حامد, as in حامد كرزاي).
  const first = c.stem ?? doc.tokens[start]!.norm;
  const isGiven = (w: string) => cues.given.has(w) || knownFirst(foldLoose(w));
  if (
    !moved &&
    end < doc.tokens.length &&
    word(end) &&
    !epithetAt(doc, end) &&
    (end - start === 1 ? isGiven(first) : compoundGiven(first, doc.tokens[start + 1]?.norm ?? '', end - start, isGiven))
  ) {
    const next = doc.tokens[end]!.norm;
    const cl = clitics(next);
    // وريم, وتوفيق: a و before a name opens the next person of a list; وأمته is "and his nation".
    const listed = next[0] === 'و' && (inNames(cues, next.slice(1)) || !inNames(cues, next));
    if (
      cl.pre === '' &&
      next.length >= 3 &&
      !listed &&
      !prepositionPronoun(doc.tokens[end]!.text) &&
      !cues.common.has(next) &&
      !accusativeTitle(cues, next) &&
      !notPersonWord(next) &&
      !isNisba(doc.keys[end]!) &&
      !cueForms(next).some((f) => cues.single.has(f)) &&
      !feminineTitle(cues, next) &&
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

const NISBA_ENDING = /^ال.{3,}ي$/;

/**
 * خالد بن هلال المعولي: after a name and its father's (بن or ابن and a name), a definite word in
 * ـي that no list holds as a common word or a country's adjective is the family's nisba, as the
 * Gulf's press writes names.
 */
function lineageFamily(
  doc: Doc,
  cues: CueLexicon,
  end: number,
  word: (i: number) => boolean,
  isNisba: (key: string) => boolean,
): boolean {
  if (!SON_OF.has(doc.keys[end - 2]!) || !word(end) || isOrdinal(doc.keys[end]!)) return false;
  const next = doc.tokens[end]!.norm;
  if (!NISBA_ENDING.test(next) || clitics(next).pre || cues.common.has(next) || notPersonWord(next)) return false;
  return !isNisba(doc.keys[end]!) && !cueForms(next).some((f) => cues.single.has(f));
}

/**
 * الدكتور علي جمعة, للبحريني علي بلال: علي spelt with ي before a guessed name is the name on a page
 * that writes على with its ى, and on any page after a title or a country adjective, where the
 * preposition does not stand before a name.
 */
function aliAsName(doc: Doc, cues: CueLexicon, i: number, isNisba: (key: string) => boolean): boolean {
  if (doc.tokens[i]!.text !== ALI) return false;
  if (writesAlifMaqsura(doc)) return true;
  const prev = doc.tokens[i - 1];
  if (!prev || prev.kind !== 'arabic') return false;
  if (cueForms(prev.norm).some((f) => cues.single.get(f) === 'title')) return true;
  const cl = clitics(prev.norm);
  return isNisba(doc.keys[i - 1]!) || (cl.pre !== '' && isNisba(foldLoose(cl.definite)));
}

/**
 * رائد أبو السعود: a word the name lists hold, right before a name that opens with a link word
 * (أبو, بن), is its given name even when it is also a common word ("pioneer"): a common noun is
 * not followed by a kunya or a patronymic.
 */
function givenBeforeLink(cues: CueLexicon, w: string, next: string): boolean {
  // عبد opens a given name itself (الحاج عبد الله): only a kunya or a patronymic follows a given name.
  if (!KUNYA_OR_SON.has(next) || w.startsWith('ال')) return false;
  return cues.names.has(w) && !cues.common.has(w) && !notPersonWord(w) && !clitics(w).pre;
}
const KUNYA_OR_SON = new Set(['ابو', 'بن', 'ابن']);

/**
 * خوسي لويس ثاباتيرو, ميل جيبسون: a word the loose name lists hold (foreign first names are there,
 * not in the given names), or the first word of a known person, just before a guessed name is
 * its first name when it reads as no common word, title, country adjective or word with a clitic.
 */
function looseFirstName(
  cues: CueLexicon,
  doc: Doc,
  i: number,
  isNisba: (key: string) => boolean,
  knownFirst: (key: string) => boolean,
): boolean {
  const w = doc.tokens[i]!.norm;
  // عاد فرويد, ولد فرويد, عودة ديدييه: a short word or one in ة may be the sentence's verb or noun.
  if (!looseNameWord(doc, cues, i, isNisba)) return false;
  // سيغموند فرويد سيغموند فرويد: after another name word it may open a name of its own.
  const before = doc.tokens[i - 1];
  // الكيني نديوا ريمي ليمو: after a country adjective any such word that is no verb and may not
  // be و + a noun (المصرية وقائدها عبد الناصر) opens the name.
  const plain = !imperfectShaped(w) && clitics(w).alt === null;
  if (before && before.kind === 'arabic' && isNisba(doc.keys[i - 1]!) && plain) return true;
  if (before && before.kind === 'arabic' && inNames(cues, before.norm)) return false;
  return cues.names.has(w) || foreignGivenName(w) || knownFirst(foldLoose(w));
}

/** نور الدين, عبد الله, عبد الرحمن: two words that make one given name, the first a given name or عبد. */
function compoundGiven(first: string, second: string, words: number, isGiven: (w: string) => boolean): boolean {
  if (words !== 2) return false;
  return first === 'عبد' || ((second === 'الدين' || second === 'الله') && isGiven(first));
}

/**
 * A known person's one-word form right after a given name (عبد الرحمن مودي, حافظ الأسد) is
 * another person of that name: it becomes a guessed person over the whole name. A foreign first
 * name counts (هيرمان أينشتاين, the father; أوغو شافيز, a spelling the list lacks) when it reads
 * as no common word, title, country adjective or word with a clitic (`looseFirstName`).
 */
export function surnamesAfterGivenNames<C extends Candidate>(
  doc: Doc,
  cues: CueLexicon,
  gaz: readonly C[],
  isNisba: (key: string) => boolean = () => false,
  knownFirst: (key: string) => boolean = () => false,
): (C | Candidate)[] {
  const covered = new Uint8Array(doc.tokens.length);
  const bodyEnds = new Uint8Array(doc.tokens.length);
  for (const c of gaz) {
    covered.fill(1, c.start, c.end);
    if (c.type !== 'person') bodyEnds[c.end - 1] = 1;
  }
  const bodyEnd = (i: number) => bodyEnds[i] === 1;
  return gaz.map((c) => {
    if (c.prefix || c.start === 0) return c;
    if (c.type === 'organization') return makerAfterFirstName(doc, cues, c, covered, isNisba, knownFirst);
    if (c.type !== 'person') return c;
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
    // امام مودي: a preposition that is also a given name (Imam) is the preposition here.
    if (
      prev.kind !== 'arabic' ||
      covered[c.start - 1] ||
      cues.stop.has(prev.norm) ||
      !(
        cues.given.has(prev.norm) ||
        LINKS.has(prev.norm) ||
        doc.tokens[c.start - 2]?.norm === 'عبد' ||
        looseFirstName(cues, doc, c.start - 1, isNisba, knownFirst)
      )
    )
      return !covered[c.start - 1] && firstNameSlot(doc, cues, c.start - 1, isNisba, bodyEnd)
        ? ruleGuess(c.start - 1, c.end, 'person')
        : c;
    const guess = ruleGuess(c.start, c.end, 'person');
    const grown = extendPerson(doc, cues, guess, (i) => !covered[i], isNisba, knownFirst);
    return grown.start < c.start ? grown : c;
  });
}

/**
 * ستيف مكلارين, غوران إريكسون, هنري فورد: a body named after a person, one word, right after a
 * foreign or Arabic first name is a person of that name (a brand does not take a first name).
 */
function makerAfterFirstName<C extends Candidate>(
  doc: Doc,
  cues: CueLexicon,
  c: C,
  covered: Uint8Array,
  isNisba: (key: string) => boolean,
  knownFirst: (key: string) => boolean,
): C | Candidate {
  if (c.end - c.start !== 1 || covered[c.start - 1] || doc.tokens[c.start - 1]!.kind !== 'arabic') return c;
  const prev = doc.tokens[c.start - 1]!.norm;
  // باسم الكرملين ("in the name of"): a word that may be a clitic on a noun, or a body named with
  // the article, is the sentence's own.
  if (cues.stop.has(prev) || clitics(prev).pre || doc.tokens[c.start]!.norm.startsWith('ال')) return c;
  if (BA_LAM.test(prev) && (cues.common.has(prev.slice(1)) || cues.stop.has(prev.slice(1)))) return c;
  if (!cues.given.has(prev) && !looseFirstName(cues, doc, c.start - 1, isNisba, knownFirst)) return c;
  return ruleGuess(c.start - 1, c.end, 'person');
}
