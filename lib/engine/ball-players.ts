// Match reports name players the lists do not hold by what they do with the ball: مرر ديارا كرة
// عرضية, سجل امبيديا الهدف, كرة عرضية من دياكيه. On a sports page the unknown word right after a
// verb of handling the ball, or after من following a pass or a shot, is a player. Off sports
// pages these verbs are a ledger's (سجل المؤشر ارتفاعا), so the rule needs the page's sports level.
import { keyedSet } from '../ner/lexicon';
import { perWord, tokenAnalyses } from './doc';
import { ruleGuess, type Candidate, type Doc } from './types';

const BALL_VERBS = keyedSet('ballVerbs');
const PASS_NOUNS = keyedSet('passNouns');
const FROM = 'من';

const GOALS = keyedSet('goalWords');
const SPORTS = keyedSet('sportsWords');
const SIDE_WORDS = keyedSet('sideBefore');

const PRONOUN_ENDING = /(ها|هم|هما|[^ي]ه)$/;
const DUAL_OR_NISBA_ENDING = /(ا|ين|ان|ي)$/;
const CLITIC_OR_VERB_OPENING = /^[بلفيت]/;

/**
 * سجل هدفا, سجل هدفي, احرز لقب, سجل فيها, سددها بيمناه, تعطي من يعطيها: the thing scored (in any
 * case), a match or pass word (حارس, تسديدة), a definite word, a pronoun's ending, a preposition
 * or a verb's prefix. `key` is the folded form.
 */
function sentenceWord(key: string): boolean {
  const bare = key.replace(DUAL_OR_NISBA_ENDING, '');
  return (
    [key, bare].some((k) => GOALS.has(k) || SPORTS.has(k) || SIDE_WORDS.has(k) || PASS_NOUNS.has(k)) ||
    key.startsWith('ال') ||
    CLITIC_OR_VERB_OPENING.test(key) ||
    PRONOUN_ENDING.test(key)
  );
}

/**
 * Does the sentence before token i announce who handled the ball? `verb(k)` and `pass(k)` tell
 * token k's word, asked once per distinct word of the page.
 */
function ballContext(doc: Doc, i: number, verb: (k: number) => boolean, pass: (k: number) => boolean): boolean {
  if (verb(i - 1)) return true;
  return doc.keys[i - 1] === FROM && ((i >= 2 && pass(i - 2)) || (i >= 3 && pass(i - 3)));
}

const PROCLITIC_OPENING = /^[وفبلك]/;

/**
 * Players named after a ball verb or a pass on a sports page. `plain(i)`: token i may be a name
 * word (no common or function word); `given(i)`: a listed given name, which takes one more plain
 * word as its family name; `taken(i)`: another stage named it.
 */
export function ballPlayers(
  doc: Doc,
  sports: boolean,
  plain: (i: number) => boolean,
  given: (i: number) => boolean,
  taken: (i: number) => boolean,
): Candidate[] {
  if (!sports) return [];
  const out: Candidate[] = [];
  const nameWord = (i: number) =>
    doc.tokens[i]?.kind === 'arabic' && !taken(i) && plain(i) && !sentenceWord(doc.keys[i]!);
  const among = (list: ReadonlySet<string>) =>
    perWord(doc, (k) => doc.tokens[k]!.kind === 'arabic' && tokenAnalyses(doc, k).some((a) => list.has(a.stem)));
  const verb = among(BALL_VERBS);
  const pass = among(PASS_NOUNS);
  for (let i = 1; i < doc.tokens.length; i++) {
    if (!ballContext(doc, i, verb, pass) || !nameWord(i)) continue;
    const end = given(i) && nameWord(i + 1) && !PROCLITIC_OPENING.test(doc.keys[i + 1]!) ? i + 2 : i + 1;
    out.push(ruleGuess(i, end, 'person'));
    i = end - 1;
  }
  return out;
}
