// Persons named by their context when no list holds the name: after a title (الرئيس الكيني ويليام
// روتو), after a country's adjective standing for a person (الإسباني فابريغاس), and by a foreign
// surname ending (سيرغي لافروف).

import { clitics } from '../text/clitics';
import { memoPerWord, type CueLexicon } from './cues';
import { fact, wordFact } from '../text/word-facts';
import { normalSet } from './lexicon';
import {
  commonWord,
  cueAt,
  cueForms,
  imperfectShaped,
  inNames,
  isNisbaShaped,
  isWord,
  onBehalfOf,
  type RuleToken,
} from './rule-words';
import { NOT_COMPLEMENT, notPersonWord, verbOrAdverbShaped } from './rule-shapes';

const CONNECTORS = normalSet('nameLinks');
// حل العداء الكيني بونغي ويلفريد ثالثا: ordinal adverbs (ranked "third") end a name.
const ORDINAL_ADVERBS = normalSet('ordinalAdverbs');

// سجل اللاعب هدفين: goals and wins after a player are what he scored, not his name.
const GOAL_WORDS = normalSet('goalWords');

/** A token that can start a person's name after a title. */
function personHead(t: RuleToken | undefined, lex: CueLexicon): boolean {
  if (!isWord(t) || lex.stop.has(t.norm) || commonWord(t.norm, lex) || notPersonWord(t.norm)) return false;
  if (GOAL_WORDS.has(t.norm)) return false;
  const c = clitics(t.norm);
  if (c.article || (c.alt !== null && lex.stop.has(c.alt))) return false;
  // A title word is no name even though the loose name list has it (ولي العهد رئيس مجلس الوزراء).
  if (cueForms(t.norm).some((f) => lex.single.has(f))) return false;
  if (inNames(lex, t.norm)) return true;
  // A verb or an adverb after a title (الرئيس يدعو, الوزيرة تؤكد, الرئيس امتنع) looks like an unknown name.
  return !imperfectShaped(t.norm) && !verbOrAdverbShaped(t.norm);
}

const DEFINITE_PLURAL = /^ال.{3,}(ين|ون)$/;
const MUTAFAIL_ADVERB = /^مت.{3,}ا$/;

/**
 * سالم مسعود العائدين, طالباني متضامنا: a definite plural or an accusative participle after a name
 * describes the people; no name list holds it.
 */
export function trailingNoun(lex: CueLexicon, w: string): boolean {
  if (inNames(lex, w)) return false;
  return DEFINITE_PLURAL.test(w) || MUTAFAIL_ADVERB.test(w);
}

/** A token that continues a person's name. */
function personTail(t: RuleToken | undefined, lex: CueLexicon): boolean {
  if (
    !isWord(t) ||
    lex.stop.has(t.norm) ||
    commonWord(t.norm, lex) ||
    ORDINAL_ADVERBS.has(t.norm) ||
    notPersonWord(t.norm) ||
    trailingNoun(lex, t.norm)
  )
    return false;
  const c = clitics(t.norm);
  if (c.article) return c.pre === '' && (lex.family.has(t.norm) || lex.names.has(t.norm) || lex.names.has(c.bare));
  if (c.alt !== null && lex.stop.has(c.alt)) return false;
  if (cueForms(t.norm).some((f) => lex.single.has(f))) return false;
  if (inNames(lex, t.norm)) return true;
  // أندري لونين بتصديه: a preposition and a pronoun around a word make a noun of the sentence.
  if (PREPOSITION_PRONOUN.test(t.norm) && !inNames(lex, t.norm.slice(1))) return false;
  return !imperfectShaped(t.norm);
}

const PREPOSITION_PRONOUN = /^[بل][\u0621-\u064A]{3,}(ه|ها|هم|هما)$/;

/**
 * وقالت الروائية الشابة سلمى الدسوقي: the feminine of a definite title the lists hold only in the
 * masculine (الروائي) is a title too. After a definite noun it is that noun's adjective (الأسرة
 * الحاكمة, الضربة القاضية), so it opens no name there. Returns the title's length (1) or 0.
 */
export function feminineTitleAt(tokens: readonly RuleToken[], i: number, lex: CueLexicon): number {
  if (!feminineTitle(lex, tokens[i]!.norm)) return 0;
  const prev = tokens[i - 1];
  if (prev?.kind === 'arabic' && clitics(prev.norm).article) return 0;
  return 1;
}

/** المبعوثة, والقاضية: the feminine, with the article, of a title the lists hold in the masculine. */
export function feminineTitle(lex: CueLexicon, w: string): boolean {
  if (w.length < 6 || !w.endsWith('ه') || lex.stop.has(w)) return false;
  const c = clitics(w);
  if (!c.article || !['', 'و', 'ف'].includes(c.pre)) return false;
  return lex.single.get(c.definite.slice(0, -1)) === 'title';
}

const COMPOUND_NAME_OPENING = /^(عبد|ابو|ابي|ابن)../;

/** [start, end) of the name after a title ending at j, or null. */
export function personAfterTitle(
  tokens: readonly RuleToken[],
  j: number,
  lex: CueLexicon,
  isCountryNisba: (w: string) => boolean = () => false,
): [number, number] | null {
  // الرئيس التنفيذي للمجموعة نادية فتاح: the body the title is "of" may come with لـ; a name after
  // it must then be one the lists hold (قال الرئيس للصحفيين كلاما is no name).
  let ofBody = false;
  for (let skipped = 0; skipped < 3 && !ofBody; skipped++) {
    const t = tokens[j];
    if (!isWord(t) || NOT_COMPLEMENT.has(t.norm)) break;
    const c = clitics(t.norm);
    if (!c.article || (c.pre !== '' && c.pre !== 'ل')) break;
    const cue = cueAt(tokens, j, lex);
    if (cue && (c.pre === '' || cue.type !== 'organization')) break;
    ofBody = c.pre === 'ل';
    j++;
  }
  if (!personHead(tokens[j], lex) || onBehalfOf(tokens, j)) return null;
  const head = tokens[j]!.norm;
  // عبدالله, أبوبكر written as one word are names too.
  const listed = inNames(lex, head) || COMPOUND_NAME_OPENING.test(head);
  if (ofBody && !listed) return null;
  // الرئيس السنيورة ووفد الأمم المتحدة: after the name the title announced, a word with its own و
  // that no name list knows opens the next noun of the sentence; so it does right after the title
  // (لزوجته وحراس شخصيين, الملك وأسره عدوه).
  if (head[0] === 'و' && !listed && !inNames(lex, head.slice(1))) return null;
  let end = j + 1;
  // عبد الله, أبو مازن: a link word opening the name takes the word after it whatever it is.
  if (CONNECTORS.has(tokens[j]!.norm) && isWord(tokens[end]) && !lex.stop.has(tokens[end]!.norm)) end++;
  while (end - j < 3) {
    const t = tokens[end];
    if (t && CONNECTORS.has(t.norm) && personTail(tokens[end + 1], lex) && end - j < 2) end += 2;
    else if (personTail(t, lex)) end++;
    else break;
  }
  // رئيس قسم السياحة, رئيس أركان الجيش: one unlisted word and a definite word after it is the
  // title's construct (its office), not a name. A definite title (النائب, العميد) takes no
  // construct, so there the two words are the name (النائب مهلهل المضف).
  const after = tokens[end];
  if (end - j === 1 && !listed && isWord(after) && !lex.stop.has(after.norm) && !NOT_COMPLEMENT.has(after.norm)) {
    const c = clitics(after.norm);
    if (c.article && c.pre === '')
      return definiteTitleBefore(tokens, j) && bareHead(head) && familyShaped(after, lex) && !isCountryNisba(after.norm)
        ? [j, end + 1]
        : null;
  }
  return [j, end];
}

/** Is the word before j a title or adjective with the article (النائب, الوزير الكويتي)? */
function definiteTitleBefore(tokens: readonly RuleToken[], j: number): boolean {
  const t = tokens[j - 1];
  return isWord(t) && clitics(t.norm).article && clitics(t.norm).pre === '';
}

const PROCLITIC_OPENING = /^[وفبلك]/;

/** An unlisted word with no letter that may be a proclitic (ووالي, لجهاز: a noun of the sentence). */
const bareHead = (w: string): boolean => !PROCLITIC_OPENING.test(w);

/** A definite word that can close a name: no common word, title, plural or word never in a name. */
function familyShaped(t: RuleToken, lex: CueLexicon): boolean {
  const w = t.norm;
  if (lex.stop.has(w) || commonWord(w, lex) || notPersonWord(w) || trailingNoun(lex, w)) return false;
  if (ORDINAL_ADVERBS.has(w) || GOAL_WORDS.has(w)) return false;
  return !cueForms(w).some((f) => lex.single.has(f));
}

const HEADED_BY = normalSet('headedBy');

/**
 * وفد برئاسة عماد القاضي: after "headed by" comes who leads, a person or a body (برئاسة مصر,
 * برئاسة حماس). A title after it is the title rule's; with none, a listed given name or two name
 * words are a person, one unlisted word may be the body.
 */
export function personAfterHeadedBy(tokens: readonly RuleToken[], i: number, lex: CueLexicon): [number, number] | null {
  if (!HEADED_BY.has(tokens[i]!.norm) || !personHead(tokens[i + 1], lex)) return null;
  const span = personAfterTitle(tokens, i + 1, lex);
  if (!span || span[0] !== i + 1) return null;
  if (span[1] - span[0] >= 2) return span;
  // برئاسة مساعد الوزير: one word with a definite word after it is a role in construct, listed or not.
  const after = tokens[span[1]];
  const construct = isWord(after) && clitics(after.norm).article && clitics(after.norm).pre === '';
  return inNames(lex, tokens[i + 1]!.norm) && !construct ? span : null;
}

const WAW_FA_BEFORE_FOUR = /^[وف](?=.{4})/;

/**
 * زعيم قادر, كرئيس مؤقت, الوزير ايضاحات: after a title with no article (or with كـ "as a"), one word
 * no name list holds is the title's adjective, not a name; after any title, an unlisted plural in ات
 * is the sentence's object. `title` is the title's first token, `span` the name the rule read.
 */
export function adjectiveAfterTitle(
  tokens: readonly RuleToken[],
  title: number,
  titleLength: number,
  span: readonly [number, number],
  lex: CueLexicon,
): boolean {
  if (span[1] - span[0] !== 1) return false;
  const w = tokens[span[0]]!.norm;
  const t = tokens[title]!.norm.replace(WAW_FA_BEFORE_FOUR, '');
  const next = span[0] === title + titleLength && titleLength === 1;
  // كرئيس: "as a president", whatever follows.
  if (next && t[0] === 'ك' && lex.single.get(t.slice(1)) === 'title') return true;
  if (inNames(lex, w)) return false;
  if (w.length >= 6 && w.endsWith('ات')) return true;
  // نظيره لافروف, زوجة برلسكوني, نجل صدام: kin and counterparts are named right after their noun.
  if (!next || t.endsWith('ه') || t.endsWith('ها') || KIN.has(t)) return false;
  return !clitics(t).article && !inNames(lex, t);
}

const KIN = new Set(['نجل', 'شقيق']);

const QUOTES = new Set(['"', '«', '»', '“', '”']);

/**
 * الإمبراطور " هوانج تي ", الدكتورة " هنريتا اب ": a name in quotes right after a title, of one to
 * three words that are no function, common or definite word, closed by a quote. Quoted speech (قال
 * الرئيس " إن ...) and a quoted adjective are not names. `title` is the title's first token, `j` the
 * token after it. Returns [start, end) or null.
 */
export function quotedAfterTitle(
  tokens: readonly RuleToken[],
  title: number,
  j: number,
  lex: CueLexicon,
): [number, number] | null {
  // رئيس " بروتان انتيرناسيونال ": after a title in construct the quotes hold the body it heads.
  if (!QUOTES.has(tokens[j]?.norm ?? '') || !clitics(tokens[title]!.norm).article) return null;
  let end = j + 1;
  while (end - j <= 3 && isWord(tokens[end])) {
    const w = tokens[end]!.norm;
    if (lex.stop.has(w) || commonWord(w, lex) || notPersonWord(w) || (clitics(w).article && !inNames(lex, w)))
      return null;
    if (imperfectShaped(w) && !inNames(lex, w)) return null;
    end++;
  }
  return end > j + 1 && QUOTES.has(tokens[end]?.norm ?? '') ? [j + 1, end] : null;
}

const ALI = 'علي';
const CLAUSE_ENDS = new Set(['،', '.', '؛', '؟', '!', ')', 'في']);

/**
 * الإمام علي ، تولى الخليفة علي في: علي right after a definite title and before a comma, a full
 * stop or في is the name, whatever the page's spelling: the preposition على always takes a noun.
 */
export function aliAfterTitle(tokens: readonly RuleToken[], title: number, j: number): [number, number] | null {
  if (tokens[j]?.norm !== ALI || !clitics(tokens[title]!.norm).article) return null;
  const next = tokens[j + 1];
  return !next || CLAUSE_ENDS.has(next.norm) ? [j, j + 1] : null;
}

const ARTICLE_OPENING = /^(ال|وال|بال|لل)/;

/**
 * على الروسي مارات سافين, يمررها الإسباني فابريغاس: a country's adjective with no definite noun
 * before it to agree with stands for a person of that country, whose name follows.
 */
export function personAfterNisba(
  tokens: readonly RuleToken[],
  i: number,
  lex: CueLexicon,
  isCountryNisba: (w: string) => boolean,
): [number, number] | null {
  const t = tokens[i]!;
  if (!fact(t, NISBA_OPENING)) return null;
  const c = clitics(t.norm);
  if (!isCountryNisba(c.definite)) return null;
  const prev = tokens[i - 1];
  if (c.pre === '' && prev?.kind === 'arabic' && clitics(prev.norm).article && !nisbaAsNoun(tokens, i, c.bare))
    return null;
  // A feminine adjective after an indefinite word agrees with a name (إيني الإيطالية); it stands
  // for a woman only after a list's و, a preposition, punctuation or a verb of hers (بلغت
  // البلجيكية جوستين هينان, بفوزها على الفرنسية أميلي لوا).
  if (!c.bare.endsWith('ي')) {
    const herVerb = (w: string) => w.length >= 4 && w.length <= 6 && w.endsWith('ت') && !inNames(lex, w);
    const opens = c.pre === 'و' || !prev || prev.kind !== 'arabic' || lex.stop.has(prev.norm) || herVerb(prev.norm);
    if (!isNisbaShaped(c.bare) || !opens) return null;
  }
  // The name opens with a listed name word, or is two name-shaped words (السويسري روجيه فيدرر):
  // سسكا موسكو الروسي فوزا صعبا is the club's adjective.
  const next = tokens[i + 1];
  if (!next || clitics(next.norm).article) return null;
  const twoWords = personHead(next, lex) && personTail(tokens[i + 2], lex) && !clitics(tokens[i + 2]!.norm).article;
  if (inNames(lex, next.norm) || twoWords) return personAfterTitle(tokens, i + 1, lex);
  return loneNameAfterNisba(tokens, i + 1, lex) ? [i + 1, i + 2] : null;
}

// Words that close a one-word name after a country's adjective: what the player did it to, where.
const AFTER_LONE_NAME = new Set(['الي', 'علي', 'في', 'من', 'عن', 'مع', 'بعد', 'قبل', '،', '.', ':', '(', ')']);

/**
 * يمررها الإسباني فابريغاس إلى, والبرازيلي كاكا ، : one name-shaped word no list holds after a
 * country's adjective is the man's name when a preposition or a mark closes it; an accusative
 * (الروسي فوزا) or a word with its own article or proclitic is the sentence.
 */
function loneNameAfterNisba(tokens: readonly RuleToken[], j: number, lex: CueLexicon): boolean {
  const t = tokens[j]!;
  if (t.norm.length < 4 || !personHead(t, lex) || clitics(t.norm).pre !== '') return false;
  const bare = t.norm.slice(0, -1);
  if (t.norm.endsWith('ا') && (commonWord(bare, lex) || notPersonWord(bare) || verbOrAdverbShaped(t.norm)))
    return false;
  const next = tokens[j + 1];
  return next !== undefined && AFTER_LONE_NAME.has(next.norm);
}

const NISBA_PREFIXES = new Set(['', 'و', 'ل', 'ب']);
// والألماني طومي هاس, بثلاثة أهداف للبرازيلي فريد: the adjective may carry the و of a list or a
// preposition. Asked of every token of a page: kept on the token.
const NISBA_OPENING = wordFact((norm) => {
  if (!ARTICLE_OPENING.test(norm)) return false;
  const c = clitics(norm);
  return c.article && NISBA_PREFIXES.has(c.pre);
});
const ROLE_PHRASES = normalSet('rolePhrases');

/**
 * Does a masculine country adjective after a definite word stand for a man (its name after it)?
 * After a role of two words (رجل الأعمال المصري دودي الفايد), or after a feminine noun it cannot
 * agree with (وسيكتب القصة الكويتي طالب الدوسري; ة is ه in normal form, and الله is no noun).
 */
function nisbaAsNoun(tokens: readonly RuleToken[], i: number, bare: string): boolean {
  const prev = tokens[i - 1]!.norm;
  if (ROLE_PHRASES.has(`${tokens[i - 2]?.norm ?? ''} ${prev}`)) return true;
  return bare.endsWith('ي') && prev.endsWith('ه') && prev !== 'الله' && prev.length >= 5;
}

/** [start, end) of a name ending in a foreign surname at i, with up to two listed name words before it. */
export function foreignSurnameAt(tokens: readonly RuleToken[], i: number, lex: CueLexicon): [number, number] | null {
  if (!foreignSurname(tokens[i]!, lex)) return null;
  let start = i;
  while (start > 0 && i - start < 2) {
    const p = tokens[start - 1]!;
    if (p.kind !== 'arabic' || !inNames(lex, p.norm) || lex.stop.has(p.norm)) break;
    start--;
  }
  return [start, i + 1];
}

function foreignSurname(t: RuleToken, lex: CueLexicon): boolean {
  return t.kind === 'arabic' && foreignSurnameWord(lex, t.norm);
}

const ISTAFAL_VERB = /^[وف]?س?[يتن]ست/;

// Asked of every word of a page: answered once per lexicon and word.
const foreignSurnameWord = memoPerWord((lex, norm) => {
  if (lex.stop.has(norm)) return false;
  if (!lex.foreignEndings.some((e) => norm.length >= e.minLength && norm.endsWith(e.suffix))) return false;
  // يستضيف, تستضيف: a verb of form X, not a Slavic surname.
  if (ISTAFAL_VERB.test(norm) && !inNames(lex, norm)) return false;
  const c = clitics(norm);
  if (c.article) return false;
  const forms = c.alt ? [norm, c.alt] : [norm];
  if (forms.some((f) => lex.foreignExceptions.has(f))) return false;
  return lex.foreignEndings.some((e) => norm.length >= e.minLength && norm.endsWith(e.suffix));
});
