// Simplified ALA-LC romanization (scheme and choices: lib/text/romanization.md). It is the
// secondary line under an English name: short vowels come only from diacritics, so plain news
// text gives a consonant + long-vowel reading (فلاديمير بوتين → flādīmīr būtīn).
import { isArabicLetter, isArabicMark } from './normalize';

export type RomanizationStyle = 'strict' | 'ascii';

/** Strict consonant of each letter (the digraphs of ALA-LC; ʿ for ع, ʾ for hamza); lib/translit's vowels use it too. */
export const CONSONANTS: Record<string, string> = {
  'ب': 'b',
  'ت': 't',
  'ث': 'th',
  'ج': 'j',
  'ح': 'ḥ',
  'خ': 'kh',
  'د': 'd',
  'ذ': 'dh',
  'ر': 'r',
  'ز': 'z',
  'س': 's',
  'ش': 'sh',
  'ص': 'ṣ',
  'ض': 'ḍ',
  'ط': 'ṭ',
  'ظ': 'ẓ',
  'ع': 'ʿ',
  'غ': 'gh',
  'ف': 'f',
  'ق': 'q',
  'ك': 'k',
  'ک': 'k',
  'ل': 'l',
  'م': 'm',
  'ن': 'n',
  'ه': 'h',
  'ھ': 'h',
  'ہ': 'h',
  'ء': 'ʾ',
  'ؤ': 'ʾ',
  'ئ': 'ʾ',
  'أ': 'ʾ',
  'إ': 'ʾ',
  'و': 'w',
  'ي': 'y',
  'ی': 'y',
  'گ': 'g',
  'چ': 'ch',
  'پ': 'p',
  'ڤ': 'v',
  'ژ': 'zh',
  'ڨ': 'g',
  'ڭ': 'g',
};
const SUN = new Set('تثدذرزسشصضطظلن');
const ALEFS = new Set('اٱ');
const HAMZA_SEATS = new Set('أإؤئء');
const TO_ASCII: Record<string, string> = {
  'ā': 'a',
  'ī': 'i',
  'ū': 'u',
  'ḥ': 'h',
  'ṣ': 's',
  'ḍ': 'd',
  'ṭ': 't',
  'ẓ': 'z',
  'Ā': 'A',
  'Ī': 'I',
  'Ū': 'U',
  'Ḥ': 'H',
  'Ṣ': 'S',
  'Ḍ': 'D',
  'Ṭ': 'T',
  'Ẓ': 'Z',
};

/**
 * The ASCII style of a strict romanization: letters lose their macrons and dots, ʿ and ʾ become
 * one apostrophe, never two in a row, and none opens a word (ʿAbd → Abd; al-ʾʿlām → al-'lām).
 */
export function toAscii(strict: string): string {
  return strict
    .replace(/[āīūḥṣḍṭẓĀĪŪḤṢḌṬẒ]/g, (x) => TO_ASCII[x]!)
    .replace(/[ʾʿ'`]+/g, "'")
    .replace(/(^|[\s(])'/g, '$1')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}
const PUNCT: Record<string, string> = { '،': ',', '؛': ';', '؟': '?', '٪': '%', '٫': '.', '٬': ',' };

interface Unit {
  ch: string;
  v: '' | 'a' | 'i' | 'u';
  tan: '' | 'an' | 'in' | 'un';
  shadda: boolean;
  sukun: boolean;
  dagger: boolean;
}

const MARKS: Record<number, (u: Unit) => void> = {
  0x064b: (u) => {
    u.tan = 'an';
  },
  0x064c: (u) => {
    u.tan = 'un';
  },
  0x064d: (u) => {
    u.tan = 'in';
  },
  0x064e: (u) => {
    u.v = 'a';
  },
  0x064f: (u) => {
    u.v = 'u';
  },
  0x0650: (u) => {
    u.v = 'i';
  },
  0x0651: (u) => {
    u.shadda = true;
  },
  0x0652: (u) => {
    u.sukun = true;
  },
  0x0670: (u) => {
    u.dagger = true;
  },
};

const bare = (u: Unit | undefined): boolean => !!u && !u.v && !u.tan && !u.shadda && !u.dagger;
const vocalised = (u: Unit): boolean => !!(u.v || u.tan || u.shadda || u.sukun || u.dagger);

/** Vowel after consonant i, and how many following units it used up (a long-vowel letter). */
function vowelAfter(units: Unit[], i: number): [string, number] {
  const u = units[i]!;
  const next = units[i + 1];
  const n = next?.ch ?? '';
  if (u.dagger) return ['ā', 0];
  if (u.tan) return [u.tan, u.tan === 'an' && (n === 'ا' || n === 'ى') && bare(next) ? 1 : 0];
  if (next?.tan === 'an' && n === 'ا') return ['an', 1]; // tanwin written on the alef: شكراً
  if (u.v === 'a') {
    if ((ALEFS.has(n) || n === 'ى') && bare(next)) return ['ā', 1];
    if (n === 'ي' && bare(next) && i + 2 < units.length) return ['ay', 1];
    if (n === 'و' && bare(next) && i + 2 < units.length) return ['aw', 1];
    return ['a', 0];
  }
  if (u.v === 'i') {
    if (n === 'ي' && bare(next)) return ['ī', 1];
    // Final ـِيّ is ī (ALA-LC), as in the nisba عَرَبِيّ.
    if (n === 'ي' && next!.shadda && i + 2 === units.length) return ['ī', 1];
    return ['i', 0];
  }
  if (u.v === 'u') {
    if (n === 'و' && bare(next)) return ['ū', 1];
    if (n === 'و' && next!.shadda && i + 2 === units.length) return ['ū', 1];
    return ['u', 0];
  }
  if (u.sukun || !next || vocalised(next)) return ['', 0];
  // No diacritics: only long vowels can be read off the letters.
  const after = units[i + 2]?.ch ?? '';
  const vowelLetterAfter = ALEFS.has(after) || after === 'و' || after === 'ي' || after === 'ى';
  if (n === 'ا' || n === 'ى') return ['ā', 1];
  if (n === 'آ') return ['ʾā', 1];
  if (n === 'و' && !vowelLetterAfter) return ['ū', 1];
  if (n === 'ي' && !vowelLetterAfter) return ['ī', 1];
  return ['', 0];
}

// A bare initial alef before a bare و or ي is read as a long vowel, as news names spell them
// (اوباما ūbāmā, ايطاليا īṭālyā); أ before ي stays a diphthong (أيمن ayman).
function initialVowel(units: Unit[], fallback: 'a', yeh = true): 'a' | 'i' | 'u' {
  const next = units[1];
  if (!bare(next) || next!.sukun) return fallback;
  if (next!.ch === 'و') return 'u';
  if (next!.ch === 'ي' && yeh) return 'i';
  return fallback;
}

function romanizeUnits(units: Unit[]): string {
  let out = '';
  let i = 0;
  const len = units.length;
  const first = units[0]!;
  // The article: al- (no sun-letter assimilation unless a shadda on the next letter says so).
  if (
    len >= 4 &&
    ALEFS.has(first.ch) &&
    units[1]!.ch === 'ل' &&
    !units[1]!.v &&
    !units[1]!.shadda &&
    first.v !== 'i' &&
    first.v !== 'u'
  ) {
    const third = units[2]!;
    if (SUN.has(third.ch) && third.shadda && third.ch !== 'ل') {
      out = 'a' + CONSONANTS[third.ch] + '-';
      third.shadda = false;
    } else {
      out = 'al-';
    }
    i = 2;
  }
  let lastVowel = '';
  for (; i < len; i++) {
    const u = units[i]!;
    const c = u.ch;
    let cons: string;
    if (c === 'ا' || c === 'ٱ') {
      if (i > 0 && lastVowel === 'ū' && i === len - 1) continue; // silent alef after final ū: كتبوا
      if (i > 0 && !u.v) {
        out += 'ā';
        lastVowel = 'ā';
        continue;
      }
      cons = '';
      if (!u.v && !u.tan) u.v = c === 'ٱ' ? 'i' : initialVowel(units, 'a');
    } else if (c === 'آ') {
      out += i === 0 ? 'ā' : 'ʾā';
      lastVowel = 'ā';
      continue;
    } else if (c === 'ى') {
      out += 'ā';
      lastVowel = 'ā';
      continue;
    } else if (c === 'ة' || c === 'ۃ') {
      if (u.v || u.tan) out += 't' + (u.tan || u.v);
      else if (lastVowel !== 'a') out += 'a';
      lastVowel = 'a';
      continue;
    } else if (HAMZA_SEATS.has(c)) {
      cons = i === 0 ? '' : 'ʾ'; // initial hamza is not written (ALA-LC)
      if (i === 0 && !u.v && !u.tan) u.v = c === 'إ' ? 'i' : initialVowel(units, 'a', false);
    } else {
      cons = CONSONANTS[c] ?? '';
    }
    out += u.shadda ? cons + cons : cons;
    const [vowel, used] = vowelAfter(units, i);
    out += vowel;
    lastVowel = vowel.slice(-1) === 'y' || vowel.slice(-1) === 'w' ? '' : vowel.slice(-1);
    i += used;
  }
  return out;
}

function parseWord(word: string): Unit[] {
  const units: Unit[] = [];
  for (const ch of word) {
    const code = ch.charCodeAt(0);
    const mark = MARKS[code];
    const last = units[units.length - 1];
    if (mark) {
      if (last) mark(last);
    } else if (isArabicLetter(code)) {
      units.push({ ch, v: '', tan: '', shadda: false, sukun: false, dagger: false });
    }
  }
  return units;
}

function romanizeWord(word: string): string {
  const units = parseWord(word);
  if (units.length === 0) return '';
  const plain = units
    .map((u) => u.ch)
    .join('')
    .replace(/[أإآٱ]/g, 'ا');
  if (plain === 'الله' || plain === 'لله') return plain === 'الله' ? 'allāh' : 'lillāh';
  if (plain.length > 4 && plain.endsWith('الله')) return romanizeUnits(units.slice(0, -4)) + 'allāh'; // عبدالله
  // A vocalised proclitic before the article: وَالْ → wa-al-, بِالْ → bi-al-, لِلْ → lil-.
  const [c0, c1, c2] = units;
  if (c0 && c1 && c2 && c0.v && units.length >= 5) {
    if ('وفبك'.includes(c0.ch) && ALEFS.has(c1.ch) && c2.ch === 'ل') {
      return CONSONANTS[c0.ch] + c0.v + '-' + romanizeUnits(units.slice(1));
    }
    if (c0.ch === 'ل' && c0.v === 'i' && c1.ch === 'ل' && !c1.v) return 'lil-' + romanizeUnits(units.slice(2));
  }
  return romanizeUnits(units);
}

// Presentation forms become base letters; combining hamza marks are composed (ا + ٔ → أ).
function prepare(s: string): string {
  return s
    .replace(/[\uFB50-\uFDFF\uFE70-\uFEFE]/g, (c) => c.normalize('NFKC'))
    .normalize('NFC')
    .replace(/[\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C\u00AD\u2060]/g, '')
    .replace(/[یې]/g, 'ي')
    .replace(/ک/g, 'ك')
    .replace(/[ھہۀ]/g, 'ه');
}

const WORD = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]+/g;

export function romanize(arabic: string, style: RomanizationStyle = 'strict'): string {
  return prepare(arabic).replace(WORD, (run) => {
    let out = '';
    let word = '';
    const flush = (): void => {
      if (!word) return;
      const r = romanizeWord(word);
      out += style === 'ascii' ? toAscii(r) : r;
      word = '';
    };
    for (const ch of run) {
      const code = ch.charCodeAt(0);
      if (code >= 0x0660 && code <= 0x0669) {
        flush();
        out += String(code - 0x0660);
      } else if (code >= 0x06f0 && code <= 0x06f9) {
        flush();
        out += String(code - 0x06f0);
      } else if (PUNCT[ch]) {
        flush();
        out += PUNCT[ch];
      } else if (isArabicLetter(code) || isArabicMark(code)) word += ch;
      else {
        flush();
        out += ch;
      }
    }
    flush();
    return out;
  });
}
