// Letter-by-letter romanisation: one Arabic letter, one fixed Latin string. Only the evaluation's
// baseline and the last resort for a token whose letters the model has never seen.

const LETTERS: Record<string, string> = {
  'ا': 'a',
  'ب': 'b',
  'ت': 't',
  'ث': 'th',
  'ج': 'j',
  'ح': 'h',
  'خ': 'kh',
  'د': 'd',
  'ذ': 'dh',
  'ر': 'r',
  'ز': 'z',
  'س': 's',
  'ش': 'sh',
  'ص': 's',
  'ض': 'd',
  'ط': 't',
  'ظ': 'z',
  'ع': 'a',
  'غ': 'gh',
  'ف': 'f',
  'ق': 'q',
  'ك': 'k',
  'ل': 'l',
  'م': 'm',
  'ن': 'n',
  'ه': 'h',
  'و': 'o',
  'ي': 'i',
  'ء': 'a',
  'پ': 'p',
  'چ': 'ch',
  'گ': 'g',
  'ڤ': 'v',
  'ژ': 'zh',
  'ڨ': 'g',
  'ڭ': 'g',
};

/** Lowercase letter-by-letter spelling of a normalised Arabic key (unknown characters dropped). */
export function letterByLetter(arKey: string): string {
  let out = '';
  for (const ch of arKey) out += LETTERS[ch] ?? '';
  return out;
}
