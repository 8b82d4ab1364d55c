// Which words of the name model's word list (lexicon.ts) are common names: those of the lists of
// common first and last names (Faker's locales, SCOWL's `american-english-large`), one bit per
// list word in the model's `common` field. Among spellings the model scores alike that differ only
// in vowels or doubled letters (erlin / arlen, etherton / atherton, egor / igor), news writes the
// common name; the big person lists hold the rare ones too, and the model cannot tell them apart.

import type { Candidate } from './decode';
import type { Lexicon } from './lexicon';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The bits (bit i of byte i >> 3 for word i) as base64, for the model's JSON. */
export function encodeBits(bits: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bits.length; i += 3) {
    const n = (bits[i]! << 16) | ((bits[i + 1] ?? 0) << 8) | (bits[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bits.length - i) * 8) / 6));
    for (let k = 0; k < 4; k++) out += k < chars ? BASE64[(n >> (18 - 6 * k)) & 63] : '=';
  }
  return out;
}

/** encodeBits() read back. */
export function decodeBits(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 6) / 8));
  let acc = 0;
  let held = 0;
  let at = 0;
  for (const ch of clean) {
    acc = (acc << 6) | BASE64.indexOf(ch);
    held += 6;
    if (held >= 8) {
      held -= 8;
      out[at++] = (acc >> held) & 255;
    }
  }
  return out;
}

/** A test of "is this spelling a common name", from the list and the model's bits. */
export type CommonNames = (en: string) => boolean;

export function createCommonNames(lexicon: Lexicon, bits: string): CommonNames {
  const set = decodeBits(bits);
  return (en) => {
    const w = lexicon.indexOf(en);
    return w >= 0 && ((set[w >> 3] ?? 0) & (1 << (w & 7))) !== 0;
  };
}

/**
 * A spelling's consonants, doubled letters written once (atherton, etherton: thrtn), the letters one
 * Arabic letter writes alike merged: p and b (ب), v and f (ف), c, ck, k and q (ك, ق), z and s (pinto /
 * bento, pisano / pezzano: bnt, bsn). Dev screen (554 unseen Google eval words / 1,500 (a) words):
 * vowels alone 207 / 513, p/b and v/f 211 / 515, these 215 / 516.
 */
export function skeleton(en: string): string {
  return en
    .replace(/ck/g, 'k')
    .replace(/p/g, 'b')
    .replace(/v/g, 'f')
    .replace(/[cq]/g, 'k')
    .replace(/z/g, 's')
    .replace(/[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/** How much less likely (natural log, list bonus included) a common name may be than the choice. */
export const COMMON_MARGIN = 3;

/**
 * The choice, or the likeliest common name among the candidates that are listed, share its
 * skeleton and score at most COMMON_MARGIN below it. `score` is the model's log-probability plus the
 * list's bonus for a listed word, as the choice was made.
 */
export function preferCommon(
  choice: Candidate,
  candidates: readonly Candidate[],
  listed: (en: string) => boolean,
  common: CommonNames,
  score: (c: Candidate) => number,
): Candidate {
  if (common(choice.en)) return choice;
  const floor = score(choice) - COMMON_MARGIN;
  const shape = skeleton(choice.en);
  let best: Candidate | null = null;
  for (const c of candidates) {
    if (c.en === choice.en || skeleton(c.en) !== shape || !listed(c.en) || !common(c.en)) continue;
    if (score(c) >= floor && (!best || score(c) > score(best))) best = c;
  }
  return best ?? choice;
}
