// Acronyms spelled out in Arabic letters: سي ان ان (CNN), إف . بي . آي (FBI), إتش إس بي سي. A run
// of letter names, all spaced or all dotted, is a body's name when at least two of its letters are
// no everyday word (في ان "in that" and او اي "or any" are not acronyms), or three letters open
// with such a letter. A run next to a number is a model (كي جي 320), not a body.
import { normalSet } from '../ner/lexicon';
import type { WordToken } from '../text/tokens';
import { ruleGuess, type Candidate, type Doc } from './types';

const LETTERS = normalSet('letterNames');
const WORD_LETTERS = normalSet('letterNamesAlsoWords');

const letter = (t: WordToken | undefined): boolean =>
  !!t && t.kind === 'arabic' && (LETTERS.has(t.norm) || WORD_LETTERS.has(t.norm));

// Shared answers, and the article sliced off only when it is there: this is asked of every word.
const PLAIN = { plain: true };
const WORD = { plain: false };

/** The letter token i stands for, without the article the first letter may carry (الكي جي بي). */
function firstLetter(t: WordToken): { readonly plain: boolean } | null {
  if (t.kind !== 'arabic') return null;
  if (letter(t)) return LETTERS.has(t.norm) ? PLAIN : WORD;
  if (!t.norm.startsWith('ال')) return null;
  const rest = t.norm.slice(2);
  return LETTERS.has(rest) || WORD_LETTERS.has(rest) ? PLAIN : null;
}

/** [start, end) of the acronym opening at token i, or null. */
function acronymAt(tokens: readonly WordToken[], i: number): [number, number] | null {
  const first = firstLetter(tokens[i]!);
  if (!first) return null;
  let end = i + 1;
  let count = 1;
  let plain = first.plain ? 1 : 0;
  let wordRun = first.plain ? 0 : 1;
  // One separator throughout: إف.بي.آي إن stops before إن ("that").
  const dotted = tokens[end]?.norm === '.';
  for (;;) {
    const next = dotted ? (tokens[end]?.norm === '.' ? end + 1 : -1) : end;
    if (next < 0 || !letter(tokens[next])) break;
    const isPlain = LETTERS.has(tokens[next]!.norm);
    // سي ان ان إن: a third everyday word in a row is the sentence going on.
    if (!isPlain && wordRun === 2) break;
    wordRun = isPlain ? 0 : wordRun + 1;
    end = next + 1;
    count++;
    if (isPlain) plain++;
  }
  // إف بي آي إن: spaced, an everyday word last joins only as a doubled letter (سي ان ان).
  const last = tokens[end - 1]!.norm;
  if (!dotted && count > 2 && WORD_LETTERS.has(last) && tokens[end - 2]!.norm !== last) {
    end--;
    count--;
  }
  if (count < 2 || (plain < 2 && !(count >= 3 && first.plain))) return null;
  if (tokens[i - 1]?.kind === 'number' || tokens[end]?.kind === 'number') return null;
  return [i, end];
}

/** Organisations spelled as letter names; `taken(i)` marks words other stages already named. */
export function acronyms(doc: Doc, taken: (i: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    let span = acronymAt(tokens, i);
    // في إف بي آي: an everyday word before the letters is the preposition, when they name alone.
    if (span && !firstLetter(tokens[i]!)!.plain) span = acronymAt(tokens, i + 1) ?? span;
    if (!span) continue;
    let free = true;
    for (let k = span[0]; k < span[1] && free; k++) free = !taken(k);
    if (free) out.push(ruleGuess(span[0], span[1], 'organization'));
    i = span[1] - 1;
  }
  return out;
}
