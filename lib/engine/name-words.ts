// Word tests shared by the tagger's span clean-up and person extension.
import { memoPerWord, type CueLexicon } from '../ner/cues';
import { cueForms, inNames } from '../ner/rule-words';
import { normalSet } from '../ner/lexicon';
import { clitics } from '../text/clitics';

export const LINKS = normalSet('nameLinks');

/**
 * Proclitics on a name's first token that are not part of the name: only before an article, a
 * و/ف the lexicon confirms, or a و before a word of four letters or more that no list holds whole
 * (وجومانا, وكلية: Jumana, not Wjumana). A W-name's و is followed by a vowel letter (ويليامز,
 * واشنطن, والتر), and a listed name keeps its و (وليد, وجدي).
 */
export function namePrefix(norm: string, cues: CueLexicon): { prefix: string; stem: string } {
  const c = clitics(norm);
  if (c.pre) return { prefix: c.pre, stem: c.definite };
  if (c.alt && !confirmed(cues, norm) && confirmed(cues, c.alt)) return { prefix: norm.slice(0, 1), stem: c.alt };
  if (c.alt && norm[0] === 'و' && c.alt.length >= 4 && !W_VOWEL.test(c.alt) && !confirmed(cues, norm))
    return { prefix: 'و', stem: c.alt };
  return { prefix: '', stem: norm };
}

const W_VOWEL = /^[اآأإىيو]/;

/** ومنظمة, وحركة: a cue noun opening a guessed body is a word the lexicon confirms too. */
function confirmed(cues: CueLexicon, w: string): boolean {
  return inNames(cues, w) || cues.single.has(w);
}

/** A word that news uses often and (almost) never inside a name, or a cue noun/title on its own. */
export const notNameWord = memoPerWord(
  (cues, norm) =>
    !inNames(cues, norm) &&
    (cues.stop.has(norm) || cues.common.has(norm) || cueForms(norm).some((f) => cues.single.has(f))),
);
