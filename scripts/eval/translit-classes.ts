// Classes of the name-word misses (translit-misses.ts, translit-recall.ts): the word's origin and
// how a guess differs from the gold spelling. None looks at the model beyond its guess.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { arabicKey } from '../../lib/translit/key';
import { plausibleSpelling } from '../../lib/translit/plausible';

/** Arabic keys of the given-name and family-name lists (Arabic-origin by construction). */
export function arabicNameList(dataDir: string): Set<string> {
  const dir = join(dataDir, 'given-names-akhateeb');
  const files = ['male-first--names-in-arabic.txt', 'female-first-names-in-arabic.txt', 'last-names-in-arabic.txt'];
  const out = new Set<string>();
  for (const f of files) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      for (const w of line.split(/\s+/)) if (w) out.add(arabicKey(w));
    }
  }
  return out;
}

const ARABIC_LETTERS = /[حعصضطظقة]/;

export function origin(key: string, names: Set<string>): 'foreign' | 'arabic' {
  return names.has(key) || key.startsWith('ال') || ARABIC_LETTERS.test(key) ? 'arabic' : 'foreign';
}

/**
 * Consonant skeleton: no vowels, y or w, no silent h after a consonant, no doubling, no article,
 * and the letters that spell one sound alike (c/k/q/ck, ph/f, sch/sh, x/ks).
 */
export function skeleton(en: string): string {
  return en
    .replace(/^(al|el)(?=[a-z]{3})/, '')
    .replace(/sch/g, 'sh')
    .replace(/ph/g, 'f')
    .replace(/x/g, 'ks')
    .replace(/ck|[cq]/g, 'k')
    .replace(/([bdgkptz])h/g, '$1')
    .replace(/[aeiouyw]/g, '')
    .replace(/h$/, '')
    .replace(/(.)\1+/g, '$1');
}

export type Kind = 'noise' | 'foreign vowels' | 'foreign consonants' | 'arabic vowels' | 'arabic consonants';

export function classify(key: string, gold: Set<string>, guess: string, names: Set<string>): Kind {
  if (![...gold].some((g) => plausibleSpelling(key, g))) return 'noise';
  const o = origin(key, names);
  const sameConsonants = [...gold].some((g) => skeleton(g) === skeleton(guess));
  return `${o} ${sameConsonants ? 'vowels' : 'consonants'}`;
}
