// Rule-based recognition of names that are not in the gazetteer, from the cue words in ./cues.ts:
//   title  + (complement/nisba)* + 1–3 name-like tokens → person   (الرئيس الكيني ويليام روتو)
//   place noun + 1–2 name tokens                          → place    (مدينة الموصل, مخيم جنين)
//   org noun + name tokens (the noun kept unless news leaves it out) → organization
//                                                          (حزب العمال, صحيفة الأهرام → الأهرام)
//   national teams, parties and blocs, quoted names        → organization (./bodies.ts)
//   a foreign surname ending (-وف -يف -سكي -ينكو ...)     → person   (سيرغي لافروف)
// Spans are over token indexes, end exclusive, and cover whole tokens (clitics included).

import type { EntityType } from '../types';
import { clitics } from '../text/clitics';
import notPersonWords from './not-person-words.generated.json';
import { cueLexicon, type CueLexicon } from './cues';
import { armedGroupAt, armyUnits, blocAt, chainToPlace, longBodyAt, quotedName, shareAt, teamAt } from './bodies';
import {
  adjectiveShaped,
  commonWord,
  cueAt,
  cueForms,
  imperfectShaped,
  inNames,
  isNisbaShaped,
  isWord,
  type RuleToken,
} from './rule-words';
import { normalSet } from './lexicon';

export { cueAt, cueForms, imperfectShaped, type RuleToken } from './rule-words';

export interface RuleSpan {
  start: number;
  end: number;
  type: EntityType;
}

// Org nouns that are also common nouns with an indefinite complement (فريق عمل, مجلس إدارة): the
// name after them must carry the article.
const ORG_NEEDS_ARTICLE = normalSet('orgNeedsArticle');
// Relative pronouns and time words end the title's complement.
const NOT_COMPLEMENT = normalSet('notComplement');
const CONNECTORS = normalSet('nameLinks');
// محافظات الوسط, مناطق الشمال: a compass word after a place noun is a direction, not a name.
const COMPASS = normalSet('compassWords');
const NOT_PERSON = new Set(notPersonWords.words);
/** A word news uses often and (almost) never inside a person's name: دولة, قسم, الشعب. */
export const notPersonWord = (norm: string): boolean => NOT_PERSON.has(norm);
// حل العداء الكيني بونغي ويلفريد ثالثا: ordinal adverbs (ranked "third") end a name.
const ORDINAL_ADVERBS = normalSet('ordinalAdverbs');

/**
 * Shaped like a past verb of the derived forms or an adverb, as news puts them right after a title
 * (الرئيس الأميركي امتنع, النجم أحرز, الزعيم العراقي عسكريا): أفعل (4 letters) and its feminine
 * أفعلت (الشاعر أقيمت), افتعل, انفعل,
 * استفعل, and the accusative ـيا and مـ...ـا. Names of these shapes are in the name lists, which
 * callers ask first.
 */
export function verbOrAdverbShaped(w: string): boolean {
  if (w.length === 4 && w[0] === 'ا') return true;
  if (w.length === 5 && w[0] === 'ا' && w.endsWith('ت')) return true;
  if (w.length >= 5 && w.length <= 6 && /^ا.?ت/.test(w)) return true;
  if (w.length === 5 && w.startsWith('ان')) return true;
  if (w.length >= 6 && w.startsWith('است')) return true;
  return w.length >= 5 && (w.endsWith('يا') || (w[0] === 'م' && w.endsWith('ا')));
}

// سجل اللاعب هدفين: goals and wins after a player are what he scored, not his name.
const GOAL_WORDS = normalSet('goalWords');

/** A token that can start a person's name after a title. */
function personHead(t: RuleToken | undefined, lex: CueLexicon): boolean {
  if (!isWord(t) || lex.stop.has(t.norm) || commonWord(t.norm, lex) || NOT_PERSON.has(t.norm)) return false;
  if (GOAL_WORDS.has(t.norm)) return false;
  const c = clitics(t.norm);
  if (c.article || (c.alt !== null && lex.stop.has(c.alt))) return false;
  // A title word is no name even though the loose name list has it (ولي العهد رئيس مجلس الوزراء).
  if (cueForms(t.norm).some((f) => lex.single.has(f))) return false;
  if (inNames(lex, t.norm)) return true;
  // A verb or an adverb after a title (الرئيس يدعو, الوزيرة تؤكد, الرئيس امتنع) looks like an unknown name.
  return !imperfectShaped(t.norm) && !verbOrAdverbShaped(t.norm);
}

/**
 * سالم مسعود العائدين, طالباني متضامنا: a definite plural or an accusative participle after a name
 * describes the people; no name list holds it.
 */
export function trailingNoun(lex: CueLexicon, w: string): boolean {
  if (inNames(lex, w)) return false;
  return /^ال.{3,}(ين|ون)$/.test(w) || /^مت.{3,}ا$/.test(w);
}

/** A token that continues a person's name. */
function personTail(t: RuleToken | undefined, lex: CueLexicon): boolean {
  if (
    !isWord(t) ||
    lex.stop.has(t.norm) ||
    commonWord(t.norm, lex) ||
    ORDINAL_ADVERBS.has(t.norm) ||
    NOT_PERSON.has(t.norm) ||
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

/** [start, end) of the name after a title ending at j, or null. */
function personAfterTitle(tokens: readonly RuleToken[], j: number, lex: CueLexicon): [number, number] | null {
  const start = j;
  for (let skipped = 0; skipped < 3; skipped++) {
    const t = tokens[j];
    if (!isWord(t) || NOT_COMPLEMENT.has(t.norm)) break;
    const c = clitics(t.norm);
    if (!c.article || c.pre !== '' || cueAt(tokens, j, lex)) break;
    j++;
  }
  if (!personHead(tokens[j], lex)) return null;
  const head = tokens[j]!.norm;
  // عبدالله, أبوبكر written as one word are names too.
  const listed = inNames(lex, head) || /^(عبد|ابو|ابي|ابن)../.test(head);
  // الرئيس السنيورة ووفد الأمم المتحدة: after the name the title announced, a word with its own و
  // that no name list knows opens the next noun of the sentence.
  if (j > start && head[0] === 'و' && !listed && !inNames(lex, head.slice(1))) return null;
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
  // title's construct (its office), not a name.
  const after = tokens[end];
  if (end - j === 1 && !listed && isWord(after) && !lex.stop.has(after.norm) && !NOT_COMPLEMENT.has(after.norm)) {
    const c = clitics(after.norm);
    if (c.article && c.pre === '') return null;
  }
  return [j, end];
}

/**
 * على الروسي مارات سافين, يمررها الإسباني فابريغاس: a country's adjective with no definite noun
 * before it to agree with stands for a person of that country, whose name follows.
 */
function personAfterNisba(
  tokens: readonly RuleToken[],
  i: number,
  lex: CueLexicon,
  isCountryNisba: (w: string) => boolean,
): [number, number] | null {
  const t = tokens[i]!;
  if (!/^(ال|وال|بال|لل)/.test(t.norm)) return null;
  const c = clitics(t.norm);
  // والألماني طومي هاس, بثلاثة أهداف للبرازيلي فريد: the adjective may carry the و of a list or
  // a preposition.
  if (!c.article || !NISBA_PREFIXES.has(c.pre) || !isCountryNisba(c.definite)) return null;
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
  if (!inNames(lex, next.norm) && !twoWords) return null;
  return personAfterTitle(tokens, i + 1, lex);
}

const NISBA_PREFIXES = new Set(['', 'و', 'ل', 'ب']);
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

const ACTION_PLACE_NOUNS = normalSet('actionPlaceNouns');

function placeAfterCue(
  tokens: readonly RuleToken[],
  cue: RuleToken,
  j: number,
  lex: CueLexicon,
): [number, number] | null {
  const definiteCue = clitics(cue.norm).article;
  if (definiteCue) {
    // العاصمة الأفغانية كابول: skip agreeing nisba adjectives.
    for (let k = 0; k < 2; k++) {
      const t = tokens[j];
      if (!isWord(t)) break;
      const c = clitics(t.norm);
      if (!c.article || c.pre !== '' || !isNisbaShaped(c.bare)) break;
      j++;
    }
  }
  const head = tokens[j];
  if (
    !isWord(head) ||
    lex.stop.has(head.norm) ||
    commonWord(head.norm, lex) ||
    cueAt(tokens, j, lex) ||
    COMPASS.has(head.norm)
  )
    return null;
  const c = clitics(head.norm);
  if (c.pre !== '') return null;
  if (c.article ? isNisbaShaped(c.bare) : adjectiveShaped(head, lex)) return null;
  if (!inNames(lex, head.norm) && !inNames(lex, c.bare)) {
    // منطقة مساحتها: a noun with its pronoun.
    if (!c.article && head.norm.length >= 5 && /(ها|هم|هما)$/.test(head.norm)) return null;
    // قضاء العطلة: a noun that is also an action takes a definite word only as a listed name.
    if (c.article && cueForms(cue.norm).some((f) => ACTION_PLACE_NOUNS.has(f))) return null;
  }
  let end = j + 1;
  const next = tokens[end];
  // عين الحلوة, الشيخ جراح: a second word when the pair reads as one name.
  if (isWord(next) && !lex.stop.has(next.norm) && !commonWord(next.norm, lex) && !cueAt(tokens, end, lex)) {
    const n = clitics(next.norm);
    if (n.pre === '' && (c.article ? inNames(lex, next.norm) : n.article && !isNisbaShaped(n.bare))) end++;
  }
  return [j, end];
}

/**
 * Complements that make a generic unit of any body, not a name: مجلس الإدارة (the board), لجنة
 * الانضباط, مركز الشرطة (a police station), مركز المدينة (the town centre), مركز التدريب.
 */
const GENERIC_COMPLEMENTS = normalSet('genericComplements');

// ذكرى ميلاد مؤسسه الخامسة: an ordinal after the noun counts (its founder's fifth), it names nothing.
const ORDINAL_WORDS = normalSet('ordinals');
const TEAM = 'فريق';
/** فريق العمل: a team word and a task (the working group, not a club). */
export const teamTask = (team: string, task: string): boolean => cueForms(team).includes(TEAM) && TEAM_TASKS.has(task);
const TEAM_TASKS = normalSet('teamTasks');
const LETTER_NAMES = normalSet('letterNames');

/**
 * Organisation nouns that news leaves outside the name (NewsFANE's training split: صحيفة 8 in,
 * 23 out; نادي 1 in, 15 out).
 */
export const NOUN_OUTSIDE = normalSet('nounOutside');
const OUTSIDE_EVEN_BY_PLACE = normalSet('nounOutsideByPlace');
/** لجنة عليا, هيئة مستقلة: an organisation noun without article and an adjective is a generic body. */
export function genericBody(tokens: readonly RuleToken[], i: number, lex: CueLexicon = cueLexicon()): boolean {
  const cue = cueAt(tokens, i, lex);
  const next = tokens[i + 1];
  if (!cue || cue.type !== 'organization' || cue.length !== 1 || clitics(tokens[i]!.norm).article || !isWord(next))
    return false;
  return !clitics(next.norm).article && adjectiveShaped(next, lex);
}

function orgAfterCue(
  tokens: readonly RuleToken[],
  cue: RuleToken,
  j: number,
  lex: CueLexicon,
  knownEnd: (i: number) => number,
  isCountryNisba: (w: string) => boolean,
): number {
  const cueWord = clitics(cue.norm);
  if (cueWord.article) return j; // الحركة, المنظمة: anaphoric, not a name.
  if (GENERIC_COMPLEMENTS.has(tokens[j]?.norm ?? '') || ORDINAL_WORDS.has(tokens[j]?.norm ?? '')) return j;
  // فريق العمل, فريق الإنقاذ: a team named by its task is a working group, not a club.
  if (teamTask(cue.norm, tokens[j]?.norm ?? '')) return j;
  // شبكة سي . ان . ان: letters spelled out are an acronym, named by lib/engine/acronyms.ts.
  if (LETTER_NAMES.has(tokens[j]?.norm ?? '')) return j;
  if (armyUnits(cue.norm, tokens[j]?.norm ?? '')) return j;
  const needsArticle = cueForms(cue.norm).some((f) => ORG_NEEDS_ARTICLE.has(f));
  // مستشفى مصر الدولي, محكمة ديترويت الفدرالية, مستشفى الملك فيصل التخصصي: a known place or
  // person names the body; its adjectives and a "for ..." complement follow as after a definite word.
  const named = knownEnd(j);
  let end = named > j ? named : j;
  let bareRun = named > j ? 1 : 0;
  while (end - j < 4 + (named > j ? named - j - 1 : 0)) {
    const t = tokens[end];
    if (!t) break;
    if (t.kind === 'latin' && end - j < 2) {
      end++;
      continue;
    }
    if (!isWord(t) || lex.stop.has(t.norm) || NOT_COMPLEMENT.has(t.norm) || cueAt(tokens, end, lex)) break;
    const c = clitics(t.norm);
    // المجلس الوطني للأبحاث, مؤسسة الجريسي للنشر والتوزيع: a "for the ..." complement, or a word
    // joined by و, after a definite word of the name belongs to the name (not حماس للصحفيين).
    const complement =
      end > j &&
      c.article &&
      (c.pre === 'ل' || c.pre === 'و') &&
      (clitics(tokens[end - 1]!.norm).article || end === named) &&
      tokens[end - 1]!.norm !== 'الله';
    if (complement && !NOT_COMPLEMENT.has(c.definite)) {
      end++;
      continue;
    }
    if (c.pre !== '') break;
    // فريق قطر القطري: the country's adjective after a place that names the body is not its name.
    if (c.article && named > j && isCountryNisba(t.norm)) break;
    if (c.article) {
      end++;
      continue;
    }
    // اتحاد نقابات عمال مصر, شركة طيران الإمارات: bare nouns in a chain that ends in a known place.
    const chain = end === j ? chainToPlace(tokens, j, lex, knownEnd) : j;
    if (chain > j + 1) {
      end = chain;
      break;
    }
    // One unknown bare word (حركة حماس); a second only when it is a known name word (شركة جنرال موتورز).
    if (
      needsArticle ||
      named > j ||
      end - j !== bareRun ||
      adjectiveShaped(t, lex) ||
      (bareRun >= 1 && !inNames(lex, t.norm))
    )
      break;
    // مؤسسة يستطيع, جماعة أعلنت: a verb after the noun is the sentence going on.
    if (!inNames(lex, t.norm) && (imperfectShaped(t.norm) || verbOrAdverbShaped(t.norm))) break;
    bareRun++;
    end++;
  }
  return end;
}

// حركة السوق, تنظيم المعرض, مركز القمر: a noun that is as often an action or a place as a body is
// named only by more than common definite nouns (حركة المقاومة الشعبية, مركز الخليج للأبحاث).
const ACTION_NOUNS = normalSet('actionOrgNouns');

/** Are the words [j, end) after an action noun only common definite nouns, alone or joined by و? */
function actionReading(tokens: readonly RuleToken[], j: number, end: number, lex: CueLexicon): boolean {
  for (let k = j; k < end; k++) {
    const t = tokens[k]!;
    const c = clitics(t.norm);
    if (!c.article || (c.pre !== '' && !(c.pre === 'و' && k > j)) || isNisbaShaped(c.bare)) return false;
    if (!commonWord(c.definite, lex) && !commonWord(c.bare, lex)) return false;
  }
  return true;
}

function foreignSurname(t: RuleToken, lex: CueLexicon): boolean {
  if (t.kind !== 'arabic' || lex.stop.has(t.norm)) return false;
  if (!lex.foreignEndings.some((e) => t.norm.length >= e.minLength && t.norm.endsWith(e.suffix))) return false;
  // يستضيف, تستضيف: a verb of form X, not a Slavic surname.
  if (/^[وف]?س?[يتن]ست/.test(t.norm) && !inNames(lex, t.norm)) return false;
  const c = clitics(t.norm);
  if (c.article) return false;
  const forms = c.alt ? [t.norm, c.alt] : [t.norm];
  if (forms.some((f) => lex.foreignExceptions.has(f))) return false;
  return lex.foreignEndings.some((e) => t.norm.length >= e.minLength && t.norm.endsWith(e.suffix));
}

/**
 * Rule spans over `tokens`, sorted, non-overlapping (earlier and longer spans win). `isCountryNisba`
 * tells a country's adjective (الروسي) from another (الصدري); without it every nisba names.
 * `knownEnd(i)` is the end of a known place or person starting at token i with no proclitic (i when
 * none): an organisation noun before one is named by it (مستشفى مصر الدولي).
 */
export function ruleSpans(
  tokens: readonly RuleToken[],
  lex: CueLexicon = cueLexicon(),
  isCountryNisba: (w: string) => boolean = () => false,
  knownEnd: (i: number) => number = (i) => i,
): RuleSpan[] {
  const found: RuleSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'arabic') continue;
    const cue = cueAt(tokens, i, lex);
    if (cue) {
      const j = i + cue.length;
      if (cue.type !== 'organization') {
        const span = cue.type === 'title' ? personAfterTitle(tokens, j, lex) : placeAfterCue(tokens, t, j, lex);
        if (span) found.push({ start: span[0], end: span[1], type: cue.type === 'title' ? 'person' : 'place' });
      } else {
        // The name of a paper, channel, club or company stands without its noun (صحيفة الأهرام →
        // الأهرام); a party, movement, university or agency keeps it (حزب العمال).
        // ... but a paper or channel named by a place keeps it (تلفزيون دبي); a club or company
        // named by its town does not (نادي برشلونة, شركة قطر للغاز).
        const forms = cueForms(t.norm);
        const byPlace = knownEnd(j) > j && !forms.some((f) => OUTSIDE_EVEN_BY_PLACE.has(f));
        const start = forms.some((f) => NOUN_OUTSIDE.has(f)) && !byPlace ? j : i;
        const quoted = quotedName(tokens, j, lex);
        if (quoted) found.push({ start: quoted[0], end: quoted[1], type: 'organization' });
        // 32 شركة ارتفاعا: a noun counted by a number is no body's name.
        else if (tokens[i - 1]?.kind !== 'number') {
          const end = orgAfterCue(tokens, t, j, lex, knownEnd, isCountryNisba);
          const action = forms.some((f) => ACTION_NOUNS.has(f)) && actionReading(tokens, j, end, lex);
          if (end > j && !action) found.push({ start, end, type: 'organization' });
        }
      }
    }
    const nisbaName = personAfterNisba(tokens, i, lex, isCountryNisba);
    if (nisbaName) found.push({ start: nisbaName[0], end: nisbaName[1], type: 'person' });
    const team = teamAt(tokens, i, lex);
    if (team > i) found.push({ start: i, end: team, type: 'organization' });
    const bloc = blocAt(tokens, i, lex, isCountryNisba);
    if (bloc > i) found.push({ start: i, end: bloc, type: 'organization' });
    // سهم دبي للاستثمار: a known place after the share is the company's name (the engine's rule).
    const share = knownEnd(i + 1) > i + 1 ? i : shareAt(tokens, i, lex);
    if (share > i) found.push({ start: i + 1, end: share, type: 'organization' });
    const armed = armedGroupAt(tokens, i, lex);
    if (armed > i) found.push({ start: i, end: armed, type: 'organization' });
    const long = longBodyAt(tokens, i, lex, knownEnd);
    if (long > i) found.push({ start: i, end: long, type: 'organization' });
    if (foreignSurname(t, lex)) {
      let start = i;
      while (start > 0 && i - start < 2) {
        const p = tokens[start - 1]!;
        if (p.kind !== 'arabic' || !inNames(lex, p.norm) || lex.stop.has(p.norm)) break;
        start--;
      }
      found.push({ start, end: i + 1, type: 'person' });
    }
  }
  return resolveOverlaps(found);
}

function resolveOverlaps(spans: RuleSpan[]): RuleSpan[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RuleSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) continue;
    out.push(s);
  }
  return out;
}
