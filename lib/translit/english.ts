// Folds an English spelling from the name-pair data to the plain a–z letters the model emits.

const SPECIAL: Record<string, string> = {
  'ı': 'i',
  'ø': 'o',
  'ł': 'l',
  'đ': 'd',
  'ð': 'd',
  'ß': 'ss',
  'æ': 'ae',
  'œ': 'oe',
  'þ': 'th',
  'ħ': 'h',
};

/** Lowercase a–z only: accents and letters outside ASCII folded, apostrophes/hyphens/dots dropped. */
export function foldEnglish(s: string): string {
  const lower = s.toLowerCase();
  let out = '';
  for (const ch of lower) out += SPECIAL[ch] ?? ch;
  return out.normalize('NFD').replace(/[^a-z]/g, '');
}

/** "abdul" → "Abdul". */
export function titleCase(word: string): string {
  return word.length === 0 ? word : word[0]!.toUpperCase() + word.slice(1).toLowerCase();
}
