// Organisations named by an organisation noun before them (حزب العمال, صحيفة الأهرام → الأهرام,
// مستشفى مصر الدولي), and the readings of those nouns that name no body: generic units (مجلس
// الإدارة), working groups (فريق العمل), actions (حركة السوق), generic bodies (لجنة عليا).

import { clitics } from '../text/clitics';
import { fact, wordFact } from '../text/word-facts';
import { cueLexicon, type CueLexicon } from './cues';
import { armyUnits, chainToPlace, quotedName } from './bodies';
import { LETTER_NAMES } from './letter-names';
import { normalSet } from './lexicon';
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
import { NOT_COMPLEMENT, verbOrAdverbShaped } from './rule-shapes';

// Org nouns that are also common nouns with an indefinite complement (فريق عمل, مجلس إدارة): the
// name after them must carry the article.
const ORG_NEEDS_ARTICLE = normalSet('orgNeedsArticle');

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
const PERIOD_NOUNS = normalSet('periodNouns');
const PERIOD_ADJECTIVES = normalSet('periodAdjectives');

/**
 * Organisation nouns that news leaves outside the name (NewsFANE's training split: صحيفة 8 in,
 * 23 out; نادي 1 in, 15 out).
 */
export const NOUN_OUTSIDE = normalSet('nounOutside');
const OUTSIDE_EVEN_BY_PLACE = normalSet('nounOutsideByPlace');
/**
 * لجنة عليا, هيئة مستقلة, اتحاد للقبائل: an organisation noun without article and an adjective, or
 * "for the ..." right after it, is a generic body (a union for the tribes); a name comes first.
 */
export function genericBody(tokens: readonly RuleToken[], i: number, lex: CueLexicon = cueLexicon()): boolean {
  const cue = cueAt(tokens, i, lex);
  const next = tokens[i + 1];
  if (!cue || cue.type !== 'organization' || cue.length !== 1 || clitics(tokens[i]!.norm).article || !isWord(next))
    return false;
  const c = clitics(next.norm);
  return (!c.article && adjectiveShaped(next, lex)) || (c.article && c.pre === 'ل');
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
    // مجلة وما يدريك, صحيفة ولا: a function word after و or ف is the sentence going on.
    if (/^[وف]/.test(t.norm) && lex.stop.has(t.norm.slice(1))) break;
    // مجلس الوزراء الأسبوع المقبل: a span of time and its adjective are a date, not the name.
    if (PERIOD_NOUNS.has(t.norm) && PERIOD_ADJECTIVES.has(tokens[end + 1]?.norm ?? '')) break;
    const c = clitics(t.norm);
    // لمركز المعلومات القضائي والمركز القومي: an organisation noun after و opens a second body.
    if (c.pre === 'و' && c.article && lex.single.get(c.bare) === 'organization') break;
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
    // كتلة التنمية والتحرير القرار: after a word joined by و the name goes on only with an
    // adjective (حزب العدالة والتنمية التركي); a bare definite noun there is the verb's object.
    if (c.article && end > j && clitics(tokens[end - 1]!.norm).pre === 'و' && !adjectiveShaped(t, lex)) break;
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
    const construct = verbalNounInConstruct(tokens, end, j) && !isCountryNisba(t.norm);
    if (
      needsArticle ||
      named > j ||
      end - j !== bareRun ||
      (adjectiveShaped(t, lex) && !construct) ||
      (bareRun >= 1 && !inNames(lex, t.norm))
    )
      break;
    // مؤسسة يستطيع, جماعة أعلنت: a verb after the noun is the sentence going on.
    if (!construct && !inNames(lex, t.norm) && (imperfectShaped(t.norm) || verbOrAdverbShaped(t.norm))) break;
    bareRun++;
    end++;
  }
  return end;
}

const TAFEEL_NOUN_SHAPE = /^ت..يه$/;

// هيئة تنمية الصادرات, جمعية تربية النحل, هيئة تقنية المعلومات: a verbal noun of the shape تفعية
// right after the noun and before a definite word is in construct, the start of the name, though
// it ends like a feminine adjective; longer adjectives (لجنة فنية, شركة تجارية) stay generic.
function verbalNounInConstruct(tokens: readonly RuleToken[], k: number, j: number): boolean {
  const next = tokens[k + 1];
  if (k !== j || !TAFEEL_NOUN_SHAPE.test(tokens[k]!.norm) || !isWord(next)) return false;
  const c = clitics(next.norm);
  return c.article && c.pre === '';
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

// حركة دوران القمر, حركة الطيران المروحي, حركة نزوح السكان: after حركة, a noun of moving, travel
// or trade, bare or definite, names the motion itself (traffic, flights, trading), not a movement.
const MOTION_HEAD = 'حركه';
const MOTION_COMPLEMENTS = normalSet('motionComplements');

function motionOfThings(cue: RuleToken, tokens: readonly RuleToken[], j: number): boolean {
  if (!cueForms(cue.norm).includes(MOTION_HEAD)) return false;
  const c = clitics(tokens[j]?.norm ?? '');
  return c.pre === '' && MOTION_COMPLEMENTS.has(c.bare);
}

// صندوق المقاصة, مجمع البحوث الإسلامية, بكلية الحقوق: nouns that head a body's name in news but
// are no cues of the tagger; they name a body only before a definite word (صندوق بريد, مجمع سكني,
// كلية جديدة name none), and the definite noun alone is anaphoric (الصندوق).
const RULE_ORG_HEADS = normalSet('ruleOrgHeads');

/** Does token i open a body's name with a noun only the rules read (صندوق, مجمع, كلية)? */
const RULE_ORG_HEAD = wordFact((norm) => cueForms(norm).some((f) => RULE_ORG_HEADS.has(f)));

export function ruleOrgHeadAt(tokens: readonly RuleToken[], i: number): boolean {
  if (!fact(tokens[i]!, RULE_ORG_HEAD)) return false;
  const next = tokens[i + 1];
  if (!isWord(next)) return false;
  const c = clitics(next.norm);
  return c.article && c.pre === '';
}

// حركة المرور, تنظيم الفعاليات, مركز الإجلاء, لجنة الكرة: a movement, organising, centre or
// committee noun before one definite word is far more often traffic, an event, a place or a body's
// own committee than a body no list holds; the
// body's name says more (حركة المقاومة الشعبية, حركة التوحيد والإصلاح, مركز الخليج للأبحاث) or
// stands in the nominative, as a name does after a noun (حركة المهاجرون).
const MOTION_NOUNS = normalSet('motionOrgNouns');

// وتنظيم الهجرة السرية, بتنظيم الري: with و or ب before it, تنظيم is "organising" in a list of
// acts; the bodies it heads are known by name (لتنظيم القاعدة).
const VERBAL_NOUNS = normalSet('verbalOrgNouns');

const WAW_BA_OPENING = /^[وب]/;

function verbalNounAt(t: RuleToken, j: number, tokens: readonly RuleToken[]): boolean {
  const c = clitics(tokens[j]?.norm ?? '');
  return WAW_BA_OPENING.test(t.norm) && VERBAL_NOUNS.has(t.norm.slice(1)) && c.article && c.pre === '';
}

function oneDefiniteWord(tokens: readonly RuleToken[], j: number, end: number): boolean {
  if (end - j !== 1) return false;
  const w = tokens[j]!.norm;
  return clitics(w).article && !w.endsWith('ون');
}

/**
 * [start, end) of the body named after the organisation noun at i whose cue ends at j, or null.
 * The name of a paper, channel, club or company stands without its noun (صحيفة الأهرام → الأهرام);
 * a party, movement, university or agency keeps it (حزب العمال). But a paper or channel named by a
 * place keeps it (تلفزيون دبي); a club or company named by its town does not (نادي برشلونة, شركة
 * قطر للغاز).
 */
export function orgAfterCueAt(
  tokens: readonly RuleToken[],
  i: number,
  j: number,
  lex: CueLexicon,
  knownEnd: (i: number) => number,
  isCountryNisba: (w: string) => boolean,
): [number, number] | null {
  const t = tokens[i]!;
  const forms = cueForms(t.norm);
  const byPlace = knownEnd(j) > j && !forms.some((f) => OUTSIDE_EVEN_BY_PLACE.has(f));
  const start = forms.some((f) => NOUN_OUTSIDE.has(f)) && !byPlace ? j : i;
  const quoted = quotedName(tokens, j, lex);
  if (quoted) return quoted;
  // 32 شركة ارتفاعا: a noun counted by a number is no body's name.
  if (tokens[i - 1]?.kind === 'number') return null;
  const end = orgAfterCue(tokens, t, j, lex, knownEnd, isCountryNisba);
  const action =
    (forms.some((f) => ACTION_NOUNS.has(f)) && actionReading(tokens, j, end, lex)) ||
    (forms.some((f) => MOTION_NOUNS.has(f)) && oneDefiniteWord(tokens, j, end)) ||
    verbalNounAt(t, j, tokens) ||
    motionOfThings(t, tokens, j);
  return end > j && !action ? [start, end] : null;
}
