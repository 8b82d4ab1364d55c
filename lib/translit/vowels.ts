// Reads the short vowels of an unvowelled Arabic word off an English spelling of it: the letters
// are aligned with the English (each Arabic letter to one of the spellings English uses for it,
// then any run of English vowels after a consonant is the short vowel Arabic does not write),
// and the word is written in the project's ALA-LC-style scheme (lib/text/romanization.md).
// هلسنكي + "Helsinki" → hilsinkī; محمود + "Mahmoud" → maḥmūd; رويترز + "Reuters" → rūytirz.

import { CONSONANTS as CONSONANT } from '../text/romanize';
import { foldEnglish } from './english';

/** How English spells each letter (folded a–z); '' where English may leave it out. */
const SPELLINGS: Record<string, string[]> = {
  'ب': ['b', 'bb', 'p'],
  'ت': ['t', 'tt'],
  'ث': ['th', 't', 's'],
  'ج': ['j', 'g', 'dj', 'zh', 'dzh', 'gg'],
  'ح': ['h', ''],
  'خ': ['kh', 'h', 'ch', 'x', 'j', 'k'],
  'د': ['d', 'dd'],
  'ذ': ['dh', 'th', 'z', 'd'],
  'ر': ['r', 'rr'],
  'ز': ['z', 's', 'zz'],
  'س': ['s', 'ss', 'c', 'ts', 'x'],
  'ش': ['sh', 'ch', 'sch', 's', 'j', 'x'],
  'ص': ['s', 'ss', 'c'],
  'ض': ['d', 'dh', 'z'],
  'ط': ['t', 'tt'],
  'ظ': ['z', 'dh', 'th'],
  'ع': [''],
  'غ': ['gh', 'g', 'r'],
  'ف': ['f', 'ff', 'ph', 'v'],
  'ق': ['q', 'k', 'g', 'c', 'ck'],
  'ك': ['k', 'c', 'ck', 'ch', 'q', 'g', 'kk', 'x'],
  'ل': ['l', 'll'],
  'م': ['m', 'mm'],
  'ن': ['n', 'nn'],
  'ه': ['h', ''],
  'ء': [''],
  'ؤ': [''],
  'ئ': ['', 'i', 'y'],
  'أ': [''],
  'إ': [''],
  'آ': ['a', 'aa'],
  'و': ['w', 'v', 'o', 'u', 'ou', 'oo', 'au', 'aw', 'ow', 'eu', 'ue', 'uu'],
  'ي': ['y', 'i', 'ee', 'e', 'ie', 'ei', 'ai', 'ay', 'ey', 'j', 'ii', 'iy'],
  'ا': ['a', 'aa', 'e', 'o', 'ah', 'i', ''],
  'ى': ['a', 'y', 'i', 'e', 'ah'],
  'ة': ['a', 'ah', 'at', 'e', 'eh', ''],
  'گ': ['g'],
  'چ': ['ch', 'tch', 'j'],
  'پ': ['p', 'b'],
  'ڤ': ['v', 'f'],
  'ژ': ['zh', 'j', 'g'],
  'ڨ': ['g', 'q'],
  'ڭ': ['g'],
};

/** Letters that may be silent in English at no cost (ع ح ه and the hamza seats). */
const MAY_BE_SILENT = new Set('عحهءؤئأإةا');
const VOWEL = /[aeiouy]/;
const SKIP_ENGLISH = 1;
const DROP_ARABIC = 1.2;
const SILENT = 0.3;
/** Letters after which an English vowel is rarely a short vowel of its own. */
const LONG = new Set('اىآ');
/** English spellings of و and ي that are a diphthong (Hussein: Ḥusayn), not a long vowel. */
const DIPHTHONG = new Set(['ai', 'ay', 'ei', 'ey', 'au', 'aw']);

interface Step {
  letter: string;
  spelling: string;
  /** English vowels after the letter's spelling: the unwritten short vowel. */
  vowel: string;
  /** Whether the letter's English is missing (the English has no counterpart). */
  dropped: boolean;
}

/** Best alignment of Arabic letters to English letters, with its cost per Arabic letter; null if none. */
export function alignVowels(arabic: string, english: string): { steps: Step[]; cost: number } | null {
  const ar = [...arabic];
  const en = foldEnglish(english);
  const n = ar.length;
  const m = en.length;
  if (n === 0 || m === 0) return null;
  const cost = Array.from({ length: n + 1 }, () => new Float64Array(m + 1).fill(Infinity));
  const back: (Step & { from: [number, number] })[][] = Array.from({ length: n + 1 }, () => new Array(m + 1));
  cost[0]![0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = cost[i]![j]!;
      if (here === Infinity) continue;
      // An English letter nothing in the Arabic explains (a doubled letter, a French e).
      if (j < m && i > 0 && here + SKIP_ENGLISH < cost[i]![j + 1]!) {
        cost[i]![j + 1] = here + SKIP_ENGLISH;
        back[i]![j + 1] = { letter: '', spelling: en[j]!, vowel: '', dropped: false, from: [i, j] };
      }
      if (i === n) continue;
      const letter = ar[i]!;
      const options = SPELLINGS[letter] ?? [];
      const tryStep = (spelling: string, extra: number, dropped: boolean) => {
        const j1 = j + spelling.length;
        // After the letter, a run of up to two English vowels is its short vowel.
        for (let v = 0; v <= 2 && j1 + v <= m; v++) {
          const vowel = en.slice(j1, j1 + v);
          if (v > 0 && !/^[aeiou]+$/.test(vowel)) break;
          const c = here + extra + (v === 0 ? 0 : LONG.has(letter) ? 0.5 : 0.05);
          if (c < cost[i + 1]![j1 + v]!) {
            cost[i + 1]![j1 + v] = c;
            back[i + 1]![j1 + v] = { letter, spelling, vowel, dropped, from: [i, j] };
          }
        }
      };
      for (const s of options) {
        if (!en.startsWith(s, j)) continue;
        tryStep(
          s,
          s === '' ? (MAY_BE_SILENT.has(letter) ? (letter === 'ا' && i > 0 ? SILENT * 2 : 0) : SILENT) : 0,
          false,
        );
      }
      tryStep('', DROP_ARABIC, true);
    }
  }
  if (cost[n]![m] === Infinity) return null;
  const steps: Step[] = [];
  for (let i = n, j = m; i > 0 || j > 0;) {
    const b = back[i]![j]!;
    if (b.letter) steps.push({ letter: b.letter, spelling: b.spelling, vowel: b.vowel, dropped: b.dropped });
    [i, j] = b.from;
  }
  steps.reverse();
  return { steps, cost: cost[n]![m]! / n };
}

const SHORT: Record<string, string> = { a: 'a', i: 'i', o: 'u', u: 'u' };
/** A vowel and one consonant (sh, kh, gh, th, dh are one) at the end of what is written so far. */
const CLOSED_SYLLABLE = /[aiuāīū](?:sh|kh|gh|th|dh|[^aiuāīū])$/;

/** ALA-LC-style spelling of an aligned word (no article, lowercase; ة as "ah"). */
export function writeAligned(steps: Step[]): string {
  let out = '';
  for (let k = 0; k < steps.length; k++) {
    const { letter, spelling, vowel } = steps[k]!;
    const first = k === 0;
    const last = k === steps.length - 1;
    const nextVowelLetter =
      !last && /^[اويىة]$/.test(steps[k + 1]!.letter) && VOWEL.test(steps[k + 1]!.spelling.slice(0, 1));
    // A word ends on its last consonant, as ALA-LC writes names in pause: the English's final e is
    // silent (Helene هيلين: hīlīn, not hīlīni; Nile النيل: nīl). A final ه may carry a vowel (طه
    // Ṭaha, روته Rutte), and a letter alone is an abbreviation's letter (أ ف ب: A Fi B).
    const pause = last && !first && !/^[اويىةآه]$/.test(letter);
    let short = pause ? '' : shortVowel(vowel, steps, k);
    // سعد "Saad": a doubled vowel after a silent ع is the vowel before it (saʿd);
    // "Zuabi" زعبي: two vowels after a silent ع are the vowels on either side of it (zuʿabī).
    if (letter === 'ع' && !first && vowel.length === 2 && out !== '' && !/[aiuāīū]$/.test(out)) {
      out += shortVowel(vowel[0]!, steps, k);
      short = vowel[0] === vowel[1] ? '' : shortVowel(vowel[1]!, steps, k);
    } else if (
      // "Jafar" جعفر, "Mutasem" معتصم: a vowel after a silent second-letter ع before a consonant is
      // the first letter's (Jaʿfar, Muʿtaṣim, not Jʿafar); later on it may be either side
      // (Sharʿabī), and before a vowel letter it is the ع's own (Masʿūd).
      letter === 'ع' &&
      k === 1 &&
      spelling === '' &&
      vowel.length === 1 &&
      !/[aiuāīū]/.test(out) &&
      !/^[اويى]$/.test(steps[k + 1]?.letter ?? 'ا')
    ) {
      out += short;
      short = '';
    }
    if (letter === 'ا' || letter === 'ى') {
      out += first ? short || shortVowel(spelling, steps, k) || 'a' : 'ā';
    } else if (letter === 'آ') {
      out += (first ? 'ā' : 'ʾā') + short;
    } else if (letter === 'ة') {
      // The nisba ending ـية is īyah (al-Khārijīyah).
      out += (out.endsWith('ī') ? 'y' : '') + (last ? 'ah' : 'at');
    } else if (letter === 'ي' && k === 1 && out === 'i' && steps[0]!.letter === 'إ' && !nextVowelLetter && !short) {
      // إي opens a word with a long ī whatever the English writes (Airbus إيرباص Īrbāṣ, not Iayrbāṣ).
      out = 'ī';
    } else if (letter === 'و' || letter === 'ي') {
      // After a long vowel the letter is a consonant (بايدن Bāydin, رويترز Rūytirz); before a vowel too.
      const afterLong = /[āīū]$/.test(out);
      // A letter the English has no counterpart for is a vowel it left out (ديفيد David: dīfīd, not
      // dyafīd), except first or before a vowel letter (يونيسف Yūnīsif, ميونخ Myūnikh).
      const silentVowel = steps[k]!.dropped && !first && !/^[اوي]$/.test(steps[k + 1]?.letter ?? '');
      const consonantal = /^[wvjy]/.test(spelling) || (spelling === '' && !silentVowel);
      const consonant = (afterLong && !last) || (consonantal && (short !== '' || nextVowelLetter || first));
      if (consonant) out += CONSONANT[letter] + short;
      else if (DIPHTHONG.has(spelling)) out += (out.endsWith('a') ? '' : 'a') + CONSONANT[letter] + short;
      else if (out.endsWith('a') && spelling.length === 1 && /[wy]/.test(spelling)) out += CONSONANT[letter] + short;
      // فياض "Fiadh", إيطاليا "Italy": no Arabic syllable has a long vowel before ا, so the letter
      // is a consonant with its short vowel (Fiyāḍ, Īṭāliyā, not Fīāḍ, Īṭālīā); و closes a syllable
      // with the consonant before it when a vowel precedes that (Ghazwānī, Ikwādūr, not Ghazuwānī).
      else if (steps[k + 1]?.letter === 'ا') out += letter === 'ي' ? 'iy' : CLOSED_SYLLABLE.test(out) ? 'w' : 'uw';
      else out += letter === 'و' ? 'ū' : 'ī'; // a long vowel takes no short one after it (جو Joe: jū)
    } else if (first && 'أإءؤئع'.includes(letter)) {
      out += (letter === 'ع' ? 'ʿ' : '') + (short || (letter === 'إ' ? 'i' : 'a'));
    } else {
      const c = CONSONANT[letter] ?? '';
      // A doubled English consonant is read as a shadda, except the French ss of Youssef and at
      // the end of a word of three letters or more: Scott, Russell, Nouakchott write it, Arabic
      // does not (سكوت Skūt); a two-letter word ends on one (عز ʿIzz, حج Ḥajj). Nor after a long
      // vowel, which a shadda does not follow in names: Guterres غوتيريش Ghūtīrīsh, Matteo, Bardella.
      const doubled =
        spelling.length === 2 &&
        spelling[0] === spelling[1] &&
        !'سص'.includes(letter) &&
        (!last || steps.length <= 2) &&
        !/[āīū]$/.test(out);
      out += (doubled ? c + c : c) + short;
    }
  }
  // A short vowel the English wrote before a long one is part of it: a consonant carries one vowel
  // (Sudanese: sūdānī; Trump ترامب: trāmb, not truāmb; George جورج: jūrj, not jiūrj).
  return out.replace(/[aiu](?=[āīū])/g, '');
}

/**
 * The short vowel an English vowel run stands for: a, i or u (o is u, as ALA-LC writes Arabic).
 * An e is i (Khaled: Khālid, Helsinki: Hilsinkī) except in the last syllable after a closed one,
 * where English news writes e for a fatha (Ahmed: Aḥmad, Mohammed: Muḥammad).
 */
function shortVowel(run: string, steps: Step[], k: number): string {
  if (!run) return '';
  const c = run[0]!;
  if (c !== 'e') return SHORT[c] ?? '';
  const lastSyllable = k === steps.length - 2 && !/^[اويىة]$/.test(steps[k + 1]!.letter);
  const prev = steps[k - 1];
  const closedBefore = !!prev && prev.vowel === '' && !/^[اويى]$/.test(prev.letter);
  const doubled = steps[k]!.spelling.length === 2 && steps[k]!.spelling[0] === steps[k]!.spelling[1];
  return lastSyllable && (closedBefore || doubled) ? 'a' : 'i';
}
