// Company news names a body by its officer: "الرئيس التنفيذي لكيوتل", "المدير العام لبتروفاك",
// "العضو المنتدب لأرامكس". After an office of two words (الرئيس التنفيذي, المدير العام) a word
// with ل and one or two foreign words after it (no article, no ة, no verb's shape, no common or
// cue word: the foreign-company test) is the body the officer heads. A definite word there
// (المدير العام للشركة, للأمم المتحدة) is left to the lists and the tagger.
import { normalSet } from '../ner/lexicon';
import { imperfectShaped } from '../ner/rule-words';
import { normalizeText } from '../text/normalize';
import { ruleGuess, type Candidate, type Doc } from './types';

const SECOND_WORDS = normalSet('executiveTitles');
/** The office's first word: the head, the director, the member (العضو المنتدب), the secretary. */
const FIRST_WORDS = new Set(['الرئيس', 'المدير', 'العضو', 'الأمين', 'رئيس', 'مدير'].map(normalizeText));
const CONJUNCTION = /^[وف]/;
const MAX_WORDS = 3;
const LAM = 'ل';

/**
 * Bodies named after their officer's title; `everyday(key)` tells a common or function word,
 * `cueWord(norm)` a title or body noun, `taken(i)` a word other stages already named.
 */
export function executiveBodies(
  doc: Doc,
  everyday: (key: string) => boolean,
  cueWord: (norm: string) => boolean,
  taken: (i: number) => boolean,
): Candidate[] {
  const out: Candidate[] = [];
  const tokens = doc.tokens;
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i]!;
    // للشركة: ل on the article is a definite word.
    if (t.kind !== 'arabic' || !t.norm.startsWith(LAM) || t.norm.startsWith(LAM + LAM) || taken(i)) continue;
    if (!SECOND_WORDS.has(tokens[i - 1]!.norm) || !FIRST_WORDS.has(tokens[i - 2]!.norm)) continue;
    const stem = t.norm.slice(1);
    if (!foreignWord(stem, doc.keys[i]!.slice(1), everyday, cueWord)) continue;
    let end = i + 1;
    while (
      end - i < MAX_WORDS &&
      tokens[end]?.kind === 'arabic' &&
      !taken(end) &&
      foreignWord(tokens[end]!.norm, doc.keys[end]!, everyday, cueWord)
    )
      end++;
    out.push(ruleGuess(i, end, 'organization', LAM, stem));
  }
  return out;
}

function foreignWord(
  w: string,
  key: string,
  everyday: (key: string) => boolean,
  cueWord: (norm: string) => boolean,
): boolean {
  return (
    w.length >= 3 &&
    !w.startsWith('ال') &&
    !w.endsWith('ه') &&
    !CONJUNCTION.test(w) &&
    !everyday(key) &&
    !cueWord(w) &&
    !imperfectShaped(w)
  );
}
