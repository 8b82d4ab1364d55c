// Yardsticks for English guesses and romanizations (used by scripts/eval/eval-translit.ts and tests).

import { foldEnglish } from './english';

/**
 * The spellings that count as attested for one Arabic word: every spelling that carries at least
 * `minShare` of the word's pairs. Wikidata pairs come from aligning whole names, so a common word
 * collects slips (أحمد: ahmed 544 times, "zog" once); a word seen once keeps its one spelling.
 */
export function attested(spellings: ReadonlyMap<string, number>, minShare = 0.05): Set<string> {
  let total = 0;
  for (const n of spellings.values()) total += n;
  const out = new Set<string>();
  for (const [en, n] of spellings) if (n >= minShare * total) out.add(en);
  return out;
}

/** English name words as the scorer compares them: folded a–z, the article fused ("al-Zein" → alzein). */
export function nameWords(english: string): string[] {
  // "Al Neyadi" is one name word with its article, as "al-Neyadi" and "AlNeyadi" are.
  return english
    .replace(/\b(al|el)\s+(?=\S)/gi, '$1-')
    .split(/\s+/)
    .map(foldEnglish)
    .filter((w) => w.length > 0);
}

/**
 * Per-word score of a guessed name against accepted English names: the best alternative with the
 * same number of words gives the share of positions where the guess equals it, or where
 * `alsoRight(position, word)` accepts the guessed word (an attested spelling of that Arabic word).
 * An alternative with another number of words can still be matched word for word when one side is
 * only the article apart ("al-Zein" / "Zein").
 */
export function wordScore(
  guess: string,
  gold: readonly string[],
  alsoRight: (i: number, word: string) => boolean = () => false,
): { right: number; words: number } {
  const g = nameWords(guess);
  let best = { right: 0, words: Math.max(1, nameWords(gold[0] ?? '').length) };
  for (const alt of gold) {
    const a = nameWords(alt);
    let right = 0;
    for (let i = 0; i < a.length; i++) {
      const w = g[i];
      if (
        w !== undefined &&
        (w === a[i] || stripArticle(w) === stripArticle(a[i]!) || alsoRight(i, w) || alsoRight(i, stripArticle(w)))
      )
        right++;
    }
    if (g.length !== a.length) right = Math.min(right, a.length);
    if (right / a.length > best.right / best.words) best = { right, words: a.length };
  }
  return best;
}

function stripArticle(w: string): string {
  return w.replace(/^(al|el)(?=[a-z]{3})/, '');
}

const VOWEL = /[aeiouāīūáéíóúàèìòùâêîôûäëïöü]/i;

/**
 * True when a romanized name can be read aloud: inside each word (split at spaces and hyphens) no
 * run of three consonants, where sh, kh, th, dh, gh and a doubled letter count as one, and an
 * opening cluster of up to `maxOpening` is allowed (a foreign name: Strīt); never two apostrophes in a row.
 */
export function pronounceable(roman: string, maxOpening = 3): boolean {
  if (/['ʾʿ`]{2}/.test(roman)) return false;
  for (const word of roman.split(/[\s-]+/)) {
    const w = word
      .toLowerCase()
      .replace(/(sh|kh|th|dh|gh)/g, 'C')
      .replace(/(.)\1/g, '$1');
    let run = 0;
    let seenVowel = false;
    for (const ch of w) {
      if (VOWEL.test(ch)) {
        run = 0;
        seenVowel = true;
      } else if (/[\p{L}'ʾʿ`]/u.test(ch)) {
        run++;
        if (run >= (seenVowel ? 3 : maxOpening + 1)) return false;
      }
    }
    if (!seenVowel && w.replace(/['ʾʿ`]/g, '').length > 1) return false;
  }
  return true;
}
