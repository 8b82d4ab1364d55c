// The edges of a guessed person: words news writes beside a name that the tagger or a rule took
// into it. A form of address before it (ومعالي عباس الفاسي), a common noun it is the genitive of
// (أفكار سيباستيان), a post in apposition after it (محمد حجازي مساعد وزير الخارجية) and a verb
// with its و or ف after it (بيكهام فانفرد بالحارس) stay outside the name, as does a common word
// with و and all after it (ديانا ورجل الأعمال); a link word takes its name (الحسن بن علي).
import type { CueLexicon } from '../ner/cues';
import { normalSet } from '../ner/lexicon';
import { notPersonWord, prepositionPronoun, verbOrAdverbShaped } from '../ner/rule-shapes';
import { cueForms, imperfectShaped, inNames } from '../ner/rule-words';
import { clitics } from '../text/clitics';
import { isOrdinal, isOrdinalTeen } from './conventions';
import { namePrefix } from './name-words';
import type { Candidate, Doc } from './types';

const HONORIFICS = normalSet('honorifics');
// Posts news puts right after a name, in construct with their office (مساعد وزير, أمين المتحف).
const POSTS = new Set([...normalSet('officeNouns'), ...normalSet('appositionRoles')]);

const WAW_FA_OPENING = /^[وف]/;

/** The word without a و or ف of its own (ومعالي → معالي). */
const withoutWaw = (w: string): string => (WAW_FA_OPENING.test(w) && w.length > 3 ? w.slice(1) : w);

function honorific(w: string): boolean {
  return HONORIFICS.has(w) || HONORIFICS.has(withoutWaw(w));
}

const PROCLITIC_OPENING = /^[وفبلك]/;

/** An indefinite title or post (مساعد, أمين, مدير), not a name word. */
function post(cues: CueLexicon, w: string): boolean {
  if (clitics(w).article || PROCLITIC_OPENING.test(w)) return false;
  return POSTS.has(w) || cueForms(w).some((f) => f === w && cues.single.get(f) === 'title');
}

// اكتمال, انتخاب, استكمال: verbal nouns of the derived forms (افتعال, انفعال, استفعال).
const VERBAL_NOUN = /^(ا.ت.ا.|ان..ا.|است..ا.)$/;

/**
 * لائحة برئاسة أسعد زغيب اكتمال أسمائها: a verbal noun after two name words is the sentence's
 * subject going on, not a third name (انتصار, ابتسام are in the name lists).
 */
function verbalNoun(cues: CueLexicon, w: string): boolean {
  return VERBAL_NOUN.test(w) && !inNames(cues, w);
}

// اعترف, انتقد, اكتشف: a past verb of form VIII (افتعل), its second letter no vowel's.
const IFTAALA = /^ا[^اوي]ت[^وي].$/;

/** وقالت الشرطة إن المتهم علي زعيتر اعترف: a past verb after the name is the sentence's. */
function pastVerbAfter(cues: CueLexicon, w: string): boolean {
  return IFTAALA.test(w) && !inNames(cues, w);
}

const FUTURE_OPENING = /^س[يتن]/;

/** وسيغيب إيتو: a future verb or a past verb of a derived form with its و or ف opens no name. */
function verbOpener(cues: CueLexicon, w: string): boolean {
  if (!WAW_FA_OPENING.test(w) || w.length < 5 || inNames(cues, w)) return false;
  const rest = w.slice(1);
  return !inNames(cues, rest) && (FUTURE_OPENING.test(rest) || verbOrAdverbShaped(rest));
}

const PREPOSED_ARTICLE = /^(لل|بال)/;

/** عدنان للخور: a word with لـ or بـ and the article goes on with the sentence (not وال: والكين). */
function definiteWithPreposition(cues: CueLexicon, w: string): boolean {
  return PREPOSED_ARTICLE.test(w) && !inNames(cues, w);
}

/** A common word that no name list holds (أفكار, تسديدة), opening a guessed name. */
function commonOpener(cues: CueLexicon, w: string): boolean {
  return cues.common.has(w) && !inNames(cues, w) && !inNames(cues, withoutWaw(w));
}

/**
 * الإعلامي عمرو أديب, الفنانة نادية الجندي: a definite word no name list holds (nor its bare form),
 * right before a listed name word, describes the person; names open with the article only where
 * the lists hold it (الحبيب بورقيبة, الحسن بن علي).
 */
function descriptorOpener(cues: CueLexicon, w: string, next: string): boolean {
  const c = clitics(w);
  if (!c.article || inNames(cues, w) || inNames(cues, c.bare) || inNames(cues, c.definite)) return false;
  return inNames(cues, next) && !cues.common.has(next) && !clitics(next).article;
}

/** A verb after a name with its own و or ف (فانفرد, فاحتسب). */
function verbAfter(cues: CueLexicon, w: string): boolean {
  if (!WAW_FA_OPENING.test(w) || w.length < 5 || inNames(cues, w)) return false;
  const rest = w.slice(1);
  // Past verbs of the derived forms only: an imperfect's shape is a foreign name's too (فيدرر).
  return !inNames(cues, rest) && verbOrAdverbShaped(rest);
}

const NOUN_ENDING = /(ات|ها|هم)$/;
const TAFEEL_SHAPE = /^ت..ي.$/;

/**
 * A word of the sentence read as a one-word name: an accusative of a common word (معروفا, ساكنا)
 * or a verbal noun (تعريفا), or, with its own و or ف, a verb, a plural or a common word (فسيجد,
 * فانجبت, ولفائف, ومصور). `written` is the word as the page writes it.
 */
function sentenceWord(cues: CueLexicon, w: string, written: string): boolean {
  // عليه السلام, نطرح عليه سؤالا: a preposition with its pronoun, read as written (the name علية
  // with ة has the same normal form).
  if (prepositionPronoun(written)) return true;
  if (inNames(cues, w)) return false;
  if (w.length >= 4 && w.endsWith('ا')) {
    // معروفا, متصوفا: a participle in the accusative (a foreign name in يا, امبيديا, is not one).
    if (w[0] === 'م' && w.length >= 5 && !w.endsWith('يا')) return true;
    const bare = w.slice(0, -1);
    if (!inNames(cues, bare) && (cues.common.has(bare) || notPersonWord(bare) || TAFEEL_SHAPE.test(bare))) return true;
  }
  if (!WAW_FA_OPENING.test(w) || w.length < 5) return false;
  const rest = w.slice(1);
  if (inNames(cues, rest)) return false;
  return (
    cues.common.has(rest) ||
    notPersonWord(rest) ||
    imperfectShaped(rest) ||
    verbOrAdverbShaped(rest) ||
    NOUN_ENDING.test(rest)
  );
}

const OPENING_LINKS = new Set(['عبد', 'ابو', 'ابي', 'ابن', 'بن']);
const KUNYA = new Set(['عبد', 'ابو', 'ابي']);
// واما, وانما: function words after و open no name.
const NOT_NAMES = normalSet('notListedPeople');

const LAM_BA_WAW_OPENING = /^[لبو]/;

/**
 * لأبي الحسن المسعودي, لعمر عبد الرحمن: a preposition or و on a link word, or on a given name
 * before a link word, opens the name whose rest was read: the token before `start` joins it.
 */
function cliticOpener(cues: CueLexicon, prev: string, first: string): boolean {
  if (!LAM_BA_WAW_OPENING.test(prev) || prev.length < 4 || cues.stop.has(prev)) return false;
  const rest = prev.slice(1);
  if ((inNames(cues, prev) && !inNames(cues, rest)) || cues.stop.has(rest) || NOT_NAMES.has(rest)) return false;
  // وابن آية الله: with و, a son's noun is kin, not a name's link; a kunya (وأبو مازن) is.
  if (OPENING_LINKS.has(rest)) return prev[0] !== 'و' || KUNYA.has(rest);
  return inNames(cues, rest) && !cues.common.has(rest) && OPENING_LINKS.has(first);
}

// A name never ends on these: the word after them is the name's next part (الحسن بن علي), even
// one that reads as a preposition (على normalised is علي).
const LINKS_BEFORE_NAME = new Set(['بن', 'ابن', 'بنت', 'عبد']);

/** Is token i a word that can follow a link word at a name's end (no number, mark or stop)? */
function linkComplement(doc: Doc, cues: CueLexicon, i: number): boolean {
  const t = doc.tokens[i];
  return t !== undefined && t.kind === 'arabic' && (!cues.stop.has(t.norm) || t.norm === 'علي');
}

/**
 * وعادل ودائم, ديانا ورجل الأعمال, مولاي رشيد ودولة إدريس جطو: a word with و inside a guessed name
 * that is a common word or a word never in a name, with no name list holding it, joins the next
 * noun to the sentence: the name ends before it. Returns the new end.
 */
function endBeforeWaw(doc: Doc, cues: CueLexicon, start: number, end: number): number {
  for (let k = start + 1; k < end; k++) {
    const w = doc.tokens[k]!.norm;
    if (w[0] !== 'و' || w.length < 4 || inNames(cues, w)) continue;
    const rest = w.slice(1);
    if (!inNames(cues, rest) && (cues.common.has(rest) || notPersonWord(rest) || cues.stop.has(rest))) return k;
  }
  return end;
}

const OVER_PRONOUN = /^ب..+(ه|ها)$/;

/**
 * توماس برديتش الثاني عشر على الألماني, غونزاليز الثالث بتغلبه على مولر: an ordinal closing a
 * guessed name before على ("over") or a verbal noun with بـ and its pronoun is the rank, not a
 * ruler's number.
 */
function rankAt(doc: Doc, i: number): boolean {
  if (!isOrdinal(doc.keys[i]!)) return false;
  let n = i + 1;
  if (isOrdinalTeen(doc.keys[n] ?? '')) n++;
  const next = doc.tokens[n];
  return next?.kind === 'arabic' && (next.norm === 'علي' || (n === i + 1 && OVER_PRONOUN.test(next.norm)));
}

// رسول الله, نبي الإسلام: the Prophet's epithet, a noun in construct with God or the faith; its noun is
// also a given name (رسول), so a guess takes it for one (محمد رسول الله).
const EPITHETS = new Set(['رسول', 'نبي']);
const OF_GOD = new Set(['الله', 'الاسلام']);

/** Is token i the noun of an epithet (رسول before الله)? */
export function epithetAt(doc: Doc, i: number): boolean {
  return EPITHETS.has(doc.tokens[i]?.norm ?? '') && OF_GOD.has(doc.tokens[i + 1]?.norm ?? '');
}

/** The end of tokens [start, end) cut before an epithet's noun in them (start when they open on one). */
function beforeEpithet(doc: Doc, start: number, end: number): number {
  for (let k = start; k < end; k++) if (epithetAt(doc, k)) return k;
  return end;
}

/**
 * `c` with those words taken off its edges, or null when nothing of a name is left; `free(i)` says
 * no known name holds token i.
 */
export function personBounds(
  doc: Doc,
  cues: CueLexicon,
  c: Candidate | null,
  free: (i: number) => boolean,
  isNisba: (key: string) => boolean = () => false,
): Candidate | null {
  if (!c || c.type !== 'person' || c.known) return c;
  const norm = (i: number) => doc.tokens[i]!.norm;
  if (c.end - c.start === 1 && sentenceWord(cues, norm(c.start), doc.tokens[c.start]!.text)) return null;
  let { start, end } = c;
  if (start > 0 && doc.tokens[start - 1]!.kind === 'arabic' && free(start - 1) && !c.prefix) {
    // والمغربي عبد الرحيم: و on a country's adjective describes the next athlete; it opens no name.
    const nisba = isNisba(clitics(doc.keys[start - 1]!).definite);
    if (!nisba && cliticOpener(cues, norm(start - 1), norm(start))) {
      const w = norm(start - 1);
      return { ...c, start: start - 1, prefix: w[0]!, stem: w.slice(1) };
    }
  }
  if (honorific(norm(start)) || (end - start > 1 && verbOpener(cues, norm(start)))) start++;
  else if (c.source === 'tagger' && end - start > 1 && commonOpener(cues, norm(start))) start++;
  else if (end - start > 1 && descriptorOpener(cues, norm(start), norm(start + 1))) start++;
  if (end - start >= 3 && post(cues, norm(end - 1)) && doc.tokens[end]?.kind === 'arabic') end--;
  if (end - start >= 3 && verbalNoun(cues, norm(end - 1))) end--;
  else if (end - start >= 2 && c.source === 'tagger' && pastVerbAfter(cues, norm(end - 1))) end--;
  if (end - start >= 2 && (verbAfter(cues, norm(end - 1)) || definiteWithPreposition(cues, norm(end - 1)))) end--;
  if (c.source === 'tagger') end = endBeforeWaw(doc, cues, start, end);
  // The rank may close on its عشر, which the guess took with its ordinal (الثاني عشر على).
  if (end - start >= 3 && isOrdinalTeen(doc.keys[end - 1]!) && rankAt(doc, end - 2)) end -= 2;
  else if (end - start >= 2 && rankAt(doc, end - 1)) end--;
  end = beforeEpithet(doc, start, end);
  // بن علي (Ben Ali): بن alone is no name, the family name's first word.
  const linked = end - start >= 2 || norm(start) === 'بن';
  if (LINKS_BEFORE_NAME.has(norm(end - 1)) && linked && free(end) && linkComplement(doc, cues, end)) end++;
  if (start === c.start && end === c.end) return c;
  if (end <= start) return null;
  if (start === c.start) return { ...c, end };
  const { prefix, stem } = namePrefix(norm(start), cues);
  return { ...c, start, end, prefix, stem };
}
