// Is an English word a possible spelling of an Arabic word at all? A permissive check, independent
// of any trained model: each Arabic letter may be written by any of the Latin strings that some
// language's romanization uses for it, vowels may be added anywhere. A pair that fails is not a
// transliteration of the same word (a misaligned slice of a multi-word label: مولر / "müllerperth",
// or another word altogether: أحمد / "zog").

/** Latin strings an Arabic letter may be written with (after foldEnglish: lowercase a–z). */
const WRITES: Record<string, string[]> = {
  'ا': ['', 'a', 'e', 'o', 'i', 'u', 'aa', 'ah'],
  'أ': ['', 'a', 'e', 'o', 'i', 'u'],
  'إ': ['', 'a', 'e', 'i', 'y'],
  'آ': ['a', 'aa', 'e'],
  'ء': ['', 'a', 'e', 'i', 'y', 'w'],
  'ئ': ['', 'a', 'e', 'i', 'y'],
  'ؤ': ['', 'u', 'o', 'w', 'a'],
  'ب': ['b', 'p', 'v', 'bb', 'pp'],
  'پ': ['p', 'b'],
  'ت': ['t', 'tt', 'd', 'th', 'tch', 'ch', 'c'],
  'ث': ['th', 's', 't'],
  'ج': ['j', 'g', 'dj', 'dzh', 'dz', 'zh', 'z', 'gg', 'jj', 'y', 'ch', 'dg', 'dzs', 'gy', 'gi', 'ge', 'h', 'x'],
  'چ': ['ch', 'c', 'tch', 'cz', 'cs', 'tsch', 'j', 'g', 'tsh', 'tj', 'ts', 'zh'],
  'ح': ['h', 'hh', 'kh', 'ch', ''],
  'خ': ['kh', 'h', 'ch', 'j', 'x', 'k', 'g', 'ck'],
  'د': ['d', 'dd', 't', 'th', 'dh'],
  'ذ': ['dh', 'th', 'z', 'd', 'dz'],
  'ر': ['r', 'rr', 'rh', 'l'],
  'ز': ['z', 's', 'zz', 'ss', 'ts', 'tz', 'zh', 'x', 'c', 'cz', 'sz', 'dz'],
  'ژ': ['zh', 'j', 'g', 'z', 's'],
  'س': ['s', 'ss', 'c', 'z', 'sz', 'th', 'x', 'ts', 'sc', 'ps', 'ç', 'sch'],
  'ش': ['sh', 'ch', 'sch', 's', 'sz', 'sc', 'sk', 'x', 'j', 'zh', 'ss', 'sj', 'sci', 'shch'],
  'ص': ['s', 'ss', 'c', 'z', 'ts'],
  'ض': ['d', 'dh', 'z', 'dd'],
  'ط': ['t', 'tt', 'th', 'd'],
  'ظ': ['z', 'dh', 'th', 'd'],
  'ع': ['', 'a', 'e', 'i', 'o', 'u'],
  'غ': ['gh', 'g', 'r', 'gg', 'rh', 'gu', 'h', 'kh', ''],
  'ف': ['f', 'ff', 'v', 'ph', 'w', 'vv'],
  'ڤ': ['v', 'f', 'w'],
  'ق': ['q', 'k', 'g', 'c', 'ck', 'qu', 'kh', 'gh', 'kk', 'cc'],
  'ك': ['k', 'c', 'ck', 'ch', 'g', 'q', 'kk', 'cc', 'x', 'qu', 'kh', 'cq'],
  'گ': ['g', 'k', 'gg'],
  'ل': ['l', 'll', 'r'],
  'م': ['m', 'mm', 'n'],
  'ن': ['n', 'nn', 'm', 'ng', 'gn', 'nh'],
  'ه': ['h', '', 'a', 'e'],
  'و': ['w', 'v', 'o', 'u', 'ou', 'oo', '', 'ow', 'au', 'eu', 'wo', 'ao', 'oe', 'ue', 'uo', 'ew', 'ov', 'f'],
  'ي': ['y', 'i', 'e', 'ee', 'ey', 'ie', 'j', '', 'ai', 'ay', 'ei', 'ii', 'ye', 'yi', 'll', 'g'],
  'ى': ['a', 'i', 'y', 'e', '', 'ah'],
  'ة': ['a', 'ah', 'e', 'at', 'eh', '', 'et'],
};

/** Letters English spellings add with no Arabic letter behind them (vowels, silent h). */
const FREE = '[aeiouyh]*';
/** Silent final letters of French and English spellings (Monneret: مونيريه). */
const SILENT_END = '[tsdxz]?';
/** Two Arabic letters written for one Latin or Slavic letter (Lithuanian č, Polish c). */
const DIGRAPHS: [RegExp, string][] = [
  [/تش/g, 'چ'],
  [/تس/g, 'ц'],
];
const TS = ['ts', 'tz', 'c', 'cz', 'z', 'tc', 'tsz', 'ts'];

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// A word's candidates are checked together, so a few recent words suffice; each compiled pattern
// holds machine code, and 50,000 of them (a table build's words) overflowed a 4 GB heap.
const CACHED = 1_000;
const cache = new Map<string, RegExp>();

function patternFor(arKey: string): RegExp | null {
  let re = cache.get(arKey);
  if (re) return re;
  let src = '^' + FREE;
  let letters = arKey;
  for (const [re, to] of DIGRAPHS) letters = letters.replace(re, to);
  for (const ch of letters) {
    const options = ch === 'ц' ? TS : WRITES[ch];
    if (!options) return null;
    src += '(?:' + options.map(escape).join('|') + ')' + FREE;
  }
  re = new RegExp(src + SILENT_END + '$');
  if (cache.size >= CACHED) cache.clear();
  cache.set(arKey, re);
  return re;
}

/**
 * True when `en` (foldEnglish form) could spell `arKey` (arabicKey form) in some romanization.
 * Keys with letters outside the table are given the benefit of the doubt.
 */
export function plausibleSpelling(arKey: string, en: string): boolean {
  // Two vowel letters of English can stand for one Arabic vowel letter, but not whole syllables:
  // the length check stops "muller" matching مولر with "perth" absorbed as free letters.
  if (en.length > 3 * arKey.length + 3) return false;
  const folded = en.replace(/x/g, 'ks');
  // The data spells an article word without its article (الحفيان: hafiane).
  const keys = arKey.startsWith('ال') && arKey.length > 3 ? [arKey, arKey.slice(2)] : [arKey];
  return keys.some((k) => {
    const re = patternFor(k);
    return re === null || re.test(folded);
  });
}
