// Lookup key for an Arabic token: the project normal form, letters only (no dots, digits, marks).

import { isArabicLetter, normalizeText } from '../text/normalize';

/** Normal form of an Arabic word reduced to its Arabic letters; '' when it has none. */
export function arabicKey(word: string): string {
  const norm = normalizeText(word);
  let out = '';
  for (let i = 0; i < norm.length; i++) {
    if (isArabicLetter(norm.charCodeAt(i))) out += norm[i];
  }
  return out;
}
