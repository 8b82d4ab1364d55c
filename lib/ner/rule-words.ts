// Word tests shared by the rules (triggers.ts, bodies.ts) and the tagger's features: cue words,
// shapes of names, verbs and adjectives.

import { cueLexicon, memoPerWord, type CueLexicon, type CueType } from './cues';
import { clitics } from '../text/clitics';
import { normalSet } from './lexicon';
import { fact, wordFact, type FactToken } from '../text/word-facts';

export interface RuleToken extends FactToken {
  norm: string;
  kind: string;
}

// Masculine adjectives that follow a place noun (مخيم مؤقت, حي قديم).
const ADJECTIVES = normalSet('agreeingAdjectives');

const formsCache = new Map<string, string[]>();

const PROCLITIC_OPENING = /^[وفبكل]/;

/**
 * مدربا, رئيسا: a title with the alif of its indefinite accusative, written without the tanween, is
 * that noun (عين سامي مدربا "named Sami coach"), never a name's word.
 */
export function accusativeTitle(cues: CueLexicon, norm: string): boolean {
  if (norm.length < 4 || !norm.endsWith('ا')) return false;
  return cueForms(norm.slice(0, -1)).some((f) => cues.single.get(f) === 'title');
}

/** The token, then without conj/prep before the article, then without up to two leading و ف ب ك ل. */
export function cueForms(norm: string): string[] {
  const hit = formsCache.get(norm);
  if (hit) return hit;
  if (formsCache.size > 50_000) formsCache.clear();
  const forms = [norm, clitics(norm).definite];
  let w = norm;
  for (let k = 0; k < 2 && PROCLITIC_OPENING.test(w) && w.length > 3; k++) {
    w = w.slice(1);
    forms.push(w);
  }
  formsCache.set(norm, forms);
  return forms;
}

const FUTURE_OPENING = /^س[يتن]/;
const IMPERFECT_OPENING = /^[يتن]/;

/**
 * Shaped like an imperfect verb: ي ت ن (or the future's سي ست سن) opening a short word (يدعو, تؤكد,
 * سيستضيف, ستعقد). Names of that shape are caught by the name lists before this is asked.
 */
/** سيستضيف, ستعقد: the future's س on an imperfect verb's opening. */
export function futureShaped(w: string): boolean {
  return FUTURE_OPENING.test(w);
}

export function imperfectShaped(w: string): boolean {
  return IMPERFECT_OPENING.test(w) ? w.length <= 6 : FUTURE_OPENING.test(w) && w.length >= 4 && w.length <= 7;
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
/** startsNoCue of the shared lexicon (the engine's), kept on the token. */
const NO_CUE = wordFact((norm) => startsNoCue(cueLexicon(), norm));

/** Do tokens i + 1 ... hold the words of `phrase` after its first? */
function phraseAt(tokens: readonly RuleToken[], i: number, phrase: readonly string[]): boolean {
  for (let k = 1; k < phrase.length; k++) if (tokens[i + k]?.norm !== phrase[k]) return false;
  return true;
}

type Cue = Readonly<{ type: CueType; length: number }>;
// cueAt's answers, one object per type and length, shared (frozen): the rules ask at most tokens.
const cueAnswers: Record<CueType, Cue[]> = { title: [], place: [], organization: [] };
function cueAnswer(type: CueType, length: number): Cue {
  return (cueAnswers[type][length] ??= Object.freeze({ type, length }));
}

/** Cue at token i: its type and how many tokens it spans. Clitics on the first token are allowed. */
export function cueAt(tokens: readonly RuleToken[], i: number, lex: CueLexicon = cueLexicon()): Cue | null {
  if (lex === cueLexicon() ? fact(tokens[i]!, NO_CUE) : startsNoCue(lex, tokens[i]!.norm)) return null;
  for (const first of cueForms(tokens[i]!.norm)) {
    const phrases = lex.phrases.get(first);
    if (phrases) for (const p of phrases) if (phraseAt(tokens, i, p.tokens)) return cueAnswer(p.type, p.tokens.length);
    const t = lex.single.get(first);
    if (t) return cueAnswer(t, 1);
  }
  return null;
}

/** A spokesman's noun with its proclitics and article (وقال الناطق, والمتحدثة). */
const SPOKESMAN = /^[وف]?(ال)?(متحدث|ناطق)ه?$/;

/**
 * باسم at i is "on behalf of", not the name Bassem: after a spokesman's noun and at most two
 * adjectives (المتحدث العسكري الرسمي باسم الجماعة). After another title it may be the name
 * (الوزير باسم الطويسي).
 */
export function onBehalfOf(tokens: readonly RuleToken[], i: number): boolean {
  if (tokens[i]?.norm !== 'باسم') return false;
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const t = tokens[j]!;
    if (t.kind !== 'arabic') return false;
    if (SPOKESMAN.test(t.norm)) return true;
    if (!t.norm.startsWith('ال')) return false;
  }
  return false;
}
