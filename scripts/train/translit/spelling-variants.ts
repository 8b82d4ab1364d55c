// Spellings one letter away from a candidate in the ways the model's misses differ from the English
// (dev, words no training file holds): a vowel for its neighbour (e/i, o/u, a/e, i/y), c/k, a
// consonant doubled or written once (iwadari / iwadare, gunnock / gunok, kuzmicki / kozmetsky).

const SWAPS: Record<string, string[]> = {
  a: ['e'],
  e: ['i', 'a'],
  i: ['e', 'y'],
  o: ['u'],
  u: ['o'],
  y: ['i'],
  c: ['k'],
  k: ['c'],
};
const VOWEL = /[aeiouy]/;

/** The variants of a spelling, without itself. */
export function oneLetterVariants(en: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < en.length; i++) {
    const ch = en[i]!;
    for (const to of SWAPS[ch] ?? []) out.add(en.slice(0, i) + to + en.slice(i + 1));
    if (en[i + 1] === ch) out.add(en.slice(0, i) + en.slice(i + 1));
    else if (i > 0 && !VOWEL.test(ch) && en[i - 1] !== ch) out.add(en.slice(0, i) + ch + en.slice(i));
  }
  out.delete(en);
  return [...out];
}
