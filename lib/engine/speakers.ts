// Speakers: news names who speaks right after the verb of saying and closes the name with what was
// said or who the speaker is: وقال زيباري إن, وأضاف غادان الذي, وقال محمد رضا باهنر في, وقال زيباري
// وزير الخارجية. One to three name-shaped words between the two, that no list holds and no other
// stage took, are a person; a common word, a cue noun or title (وقال المتحدث إن, وقالت الوزارة إن),
// a verb or a known name between them is not.
import type { CueLexicon } from '../ner/cues';
import { normalSet } from '../ner/lexicon';
import { notPersonWord, verbOrAdverbShaped } from '../ner/rule-shapes';
import { commonWord, cueAt, imperfectShaped, inNames, type RuleToken } from '../ner/rule-words';
import { clitics } from '../text/clitics';
import type { WordToken } from '../text/tokens';
import { ruleGuess, type Candidate, type Doc } from './types';
import { askForm, formMemo } from './doc';

const VERBS = normalSet('speakerVerbs');
const CLOSERS = normalSet('speakerClosers');
const ADVERBS = normalSet('speakerAdverbs');
const PUNCT = new Set(['،', ',', ':']);
const OFFICE_NOUNS = normalSet('officeNouns');
const AUDIENCES = normalSet('speakerAudiences');

const WAW_FA_OPENING = /^[وف]/;
// واضاف انا مؤمن ان: the speaker speaking of himself. انا is also آنا (Anna) once normalised, and
// news writes her name after a feminine verb (وقالت آنا), so only a verb with no final ت rules it out.
const PRONOUNS = new Set(['انا', 'نحن', 'انت', 'انتم', 'انتما', 'انتن']);
const ANNA = 'انا';

/** A verb of saying, with or without its و or ف (وقال, فأضاف). */
export const verbAt = (t: RuleToken | undefined): boolean =>
  !!t && t.kind === 'arabic' && (VERBS.has(t.norm) || (WAW_FA_OPENING.test(t.norm) && VERBS.has(t.norm.slice(1))));

const TA_MARBUTA_ENDING = /[هة]$/;
const PLURAL_ENDING = /(ون|ين)$/;

/** A word that can be part of a speaker's name: not common, not a cue, not a verb or adverb. */
export function nameWord(tokens: readonly WordToken[], i: number, cues: CueLexicon): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'arabic' || t.norm.length < 2 || cues.stop.has(t.norm) || CLOSERS.has(t.norm)) return false;
  if (ADVERBS.has(t.norm)) return false;
  if (inNames(cues, t.norm)) return true;
  if (commonWord(t.norm, cues) || notPersonWord(t.norm) || cueAt(tokens, i, cues)) return false;
  // وقال مسؤولون, وأكد محللون: a plural of people; واكد حقه: a noun with its pronoun (ه, not ة).
  if (t.norm.length >= 5 && PLURAL_ENDING.test(t.norm)) return false;
  // مرة, مساعدة: a feminine noun; female names that end so are in the name lists.
  if (TA_MARBUTA_ENDING.test(t.text)) return false;
  const c = clitics(t.norm);
  if (c.pre !== '' || (c.article && commonWord(c.bare, cues))) return false;
  return !imperfectShaped(t.norm) && !verbOrAdverbShaped(t.norm);
}

/** Does token i close a speaker's name: what was said, punctuation, or an indefinite title (وزير)? */
export function closes(tokens: readonly RuleToken[], i: number, cues: CueLexicon): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (PUNCT.has(t.norm) || CLOSERS.has(t.norm)) return true;
  // وقال جمال مرعي لوكالة الأنباء, لـ"الحياة": who the speaker spoke to, a body or a medium with لـ.
  if (t.kind === 'arabic' && t.norm[0] === 'ل' && t.norm.length > 1) {
    const to = t.norm.startsWith('لل') ? `ال${t.norm.slice(2)}` : t.norm.slice(1);
    if (AUDIENCES.has(to) || cueAt([{ norm: to, kind: 'arabic' }], 0, cues)?.type === 'organization') return true;
  }
  if (t.norm === 'ل' && tokens[i + 1] && tokens[i + 1]!.kind !== 'arabic') return true;
  // A definite title right after one word is that word's genitive (أكد مساعد المدرب).
  return t.kind === 'arabic' && !clitics(t.norm).article && cueAt(tokens, i, cues)?.type === 'title';
}

/** Is token i a pronoun of the speaker or listener right after a verb of saying (واضاف انا), no name? */
export function pronounAfterSaying(tokens: readonly RuleToken[], i: number): boolean {
  const w = tokens[i]?.norm ?? '';
  if (i < 1 || !PRONOUNS.has(w) || !verbAt(tokens[i - 1])) return false;
  return w !== ANNA || !tokens[i - 1]!.norm.endsWith('ت');
}

/** Is token i a speech verb? A module function, asked once per form: see askWord in doc.ts. */
const verbTokenAt = (doc: Doc, i: number): boolean => verbAt(doc.tokens[i]);

/** Persons named right after a verb of saying; `taken(i)` marks words other stages already named. */
export function speakers(doc: Doc, cues: CueLexicon, taken: (i: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const tokens = doc.tokens;
  const verbs = formMemo(doc);
  for (let v = 0; v < tokens.length - 2; v++) {
    if (!askForm(doc, verbs, v, verbTokenAt)) continue;
    let end = v + 1;
    while (end - v <= 3 && !taken(end) && nameWord(tokens, end, cues)) end++;
    if (end === v + 1 || !closes(tokens, end, cues)) continue;
    // واعتبر موقعو النداء, أكد مساعد المدرب: a noun and its definite genitive, not a name; after a
    // given name that is no office noun the definite word is the family name (وأكد خالد المهنا).
    const first = tokens[v + 1]!.norm;
    const given = cues.given.has(first) && !OFFICE_NOUNS.has(first);
    let construct = false;
    for (let i = v + 2; i < end; i++) construct ||= clitics(tokens[i]!.norm).article && !inNames(cues, tokens[i]!.norm);
    if (construct && !given) continue;
    // A lone definite word is as often a noun as a surname (وقال الطبيب إن): it needs a name list,
    // or a title in apposition after it (وقال البدري مدير الكرة).
    const apposition = tokens[end]?.kind === 'arabic' && cueAt(tokens, end, cues)?.type === 'title';
    if (end === v + 2 && clitics(first).article && !inNames(cues, first) && !apposition) continue;
    out.push(ruleGuess(v + 1, end, 'person'));
  }
  return out;
}
