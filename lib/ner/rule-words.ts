// Word tests shared by the rules (triggers.ts, bodies.ts) and the tagger's features: cue words,
// shapes of names, verbs and adjectives.

import { cueLexicon, memoPerWord, type CueLexicon, type CueType } from './cues';
import { clitics } from '../text/clitics';
import { normalSet } from './lexicon';

export interface RuleToken {
  norm: string;
  kind: string;
}

// Masculine adjectives that follow a place noun (مخيم مؤقت, حي قديم).
const ADJECTIVES = normalSet('agreeingAdjectives');

const formsCache = new Map<string, string[]>();

/** The token, then without conj/prep before the article, then without up to two leading و ف ب ك ل. */
export function cueForms(norm: string): string[] {
  const hit = formsCache.get(norm);
  if (hit) return hit;
  if (formsCache.size > 50_000) formsCache.clear();
  const forms = [norm, clitics(norm).definite];
  let w = norm;
  for (let k = 0; k < 2 && /^[وفبكل]/.test(w) && w.length > 3; k++) {
    w = w.slice(1);
    forms.push(w);
  }
  formsCache.set(norm, forms);
  return forms;
}

/**
 * Shaped like an imperfect verb: ي ت ن (or the future's سي ست سن) opening a short word (يدعو, تؤكد,
 * سيستضيف, ستعقد). Names of that shape are caught by the name lists before this is asked.
 */
export function imperfectShaped(w: string): boolean {
  return /^[يتن]/.test(w) ? w.length <= 6 : /^س[يتن]/.test(w) && w.length >= 4 && w.length <= 7;
}

export function isWord(t: RuleToken | undefined): t is RuleToken {
  return !!t && t.kind === 'arabic' && t.norm.length >= 2;
}

export function inNames(lex: CueLexicon, w: string): boolean {
  return lex.given.has(w) || lex.family.has(w) || lex.names.has(w);
}

export function isNisbaShaped(bare: string): boolean {
  return bare.endsWith('ي') || bare.endsWith('يه');
}

/** A word of the common-word list that no name list has. */
export function commonWord(w: string, lex: CueLexicon): boolean {
  return lex.common.has(w) && !inNames(lex, w);
}

/** Is t an adjective agreeing with the noun before it rather than a name? */
export function adjectiveShaped(t: RuleToken, lex: CueLexicon): boolean {
  const w = t.norm;
  if (inNames(lex, w)) return false;
  return ADJECTIVES.has(w) || (w.length >= 4 && (w.endsWith('ه') || isNisbaShaped(w)));
}

/** Words that start no cue at all (most of a page), so cueAt can answer at once. */
const startsNoCue = memoPerWord((lex, norm) => !cueForms(norm).some((f) => lex.phrases.has(f) || lex.single.has(f)));

/** Cue at token i: its type and how many tokens it spans. Clitics on the first token are allowed. */
export function cueAt(
  tokens: readonly RuleToken[],
  i: number,
  lex: CueLexicon = cueLexicon(),
): { type: CueType; length: number } | null {
  if (startsNoCue(lex, tokens[i]!.norm)) return null;
  for (const first of cueForms(tokens[i]!.norm)) {
    for (const p of lex.phrases.get(first) ?? []) {
      if (p.tokens.every((t, k) => k === 0 || tokens[i + k]?.norm === t))
        return { type: p.type, length: p.tokens.length };
    }
    const t = lex.single.get(first);
    if (t) return { type: t, length: 1 };
  }
  return null;
}
