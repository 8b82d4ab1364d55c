// Which Wikidata labels of people the gazetteer may take: a label must be the name as news prints
// it, not a description, a disambiguated title or a bare given name.
import { normalizeText } from '../../lib/text/normalize';
import { words } from '../../lib/ner/lexicon';
import common from '../../lib/ner/common-words.generated.json';
import nameWords from '../../lib/ner/given-names.generated.json';

// Letters and harakat only, words joined by single spaces: no Persian or Urdu letters (ی ک),
// no brackets or commas (disambiguators), no Latin, no digits.
const ARABIC_NAME = /^[\u0621-\u063A\u0641-\u0652]+( [\u0621-\u063A\u0641-\u0652]+)+$/;
const ENGLISH_NAME = /^[\p{Script=Latin}][\p{Script=Latin}.'’ -]*$/u;

// Frequent news words, function words and cue nouns: a label made only of them is not a name.
const notName = new Set(
  [...common.words, ...words('stopWords'), ...words('titleCues'), ...words('orgCues'), ...words('placeCues')].map(
    normalizeText,
  ),
);
// Name words of the given-name lists: a label may open with one of them even when news also uses
// it as a common word (نور, أمين). علي (Ali) is left out of those lists because it is written
// like the preposition على once normalised; as a label's first word it is the name.
const knownNameWords = new Set([...nameWords.given, ...nameWords.family, ...nameWords.names, normalizeText('علي')]);

// Honorifics a label may keep (سليم بك كرم) but news drops: such a label is not the printed name.
const HONORIFIC = new Set(
  ['بك', 'باشا', 'افندي', 'الشيخ', 'شيخ', 'السيد', 'سيد', 'الدكتور', 'دكتور'].map(normalizeText),
);

/** Why a person's Arabic label is not kept, or null when it is a name news prints as it is. */
export function arabicLabelProblem(ar: string): string | null {
  const label = ar.trim().replace(/\s+/g, ' ');
  if (!ARABIC_NAME.test(label))
    return /^\S+$/.test(label) && /^[\u0621-\u0652]+$/.test(label) ? 'single word' : 'not plain Arabic letters';
  const toks = label.split(' ').map(normalizeText);
  if (toks.some((t) => HONORIFIC.has(t))) return 'honorific';
  if (toks.every((t) => notName.has(t) || notName.has(t.replace(/^ال/, '')))) return 'common words';
  // A description before the name (طريقة فرانك فيلد): a common word no name list holds opens it.
  if (notName.has(toks[0]!) && !knownNameWords.has(toks[0]!)) return 'opens with a common word';
  return null;
}

// Latin letters a name's first sound may be written with, by the Arabic letter that writes it
// (Cem جيم, Geert خيرت, Heidi هيدي, Özlem أوزلم). Accents are folded before the comparison.
const VOWELS = 'AEIOUYH';
const INITIALS: Record<string, string> = {
  ا: VOWELS,
  أ: VOWELS,
  إ: VOWELS,
  آ: VOWELS,
  ع: VOWELS,
  ئ: VOWELS,
  ب: 'BPV',
  ت: 'TC',
  ث: 'TS',
  ج: 'JGCDZY',
  ح: 'H',
  خ: 'KHGCJ',
  د: 'D',
  ذ: 'DZT',
  ر: 'R',
  ز: 'ZSX',
  س: 'SCZXT',
  ش: 'SCZ',
  ص: 'S',
  ض: 'DZ',
  ط: 'T',
  ظ: 'ZD',
  غ: 'GR',
  ف: 'FVPW',
  ق: 'QKGC',
  ك: 'KCQGX',
  ل: 'L',
  م: 'M',
  ن: 'N',
  ه: 'H' + VOWELS,
  و: 'WVOU',
  ي: 'YJIE',
};
// Letters foldEnglish would drop (ı ł ø ß ...) written as the Latin letters they sound like.
const LATIN_EXTRA: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', đ: 'd', ð: 'd', þ: 'th' };
const ARTICLE = /^(al|el|ul|ad|ar|as|az|at|an|ash|d|de|di|du|le|la|van|von|der|den|ben|bin|ibn|bint)$/;

/** The first letters of a name's words after its first, articles and particles left out. */
function englishInitials(en: string): string[] {
  const latin = en.toLowerCase().replace(/[ıłøßæđðþ]/g, (c) => LATIN_EXTRA[c]!);
  return foldEnglish(latin)
    .split(' ')
    .slice(1)
    .filter((w) => w && !ARTICLE.test(w))
    .map((w) => w[0]!.toUpperCase());
}

/**
 * Whether an Arabic and an English label can name the same person: a word after the first in
 * each begins with letters that write the same sound (the family name, without al-/ال). Catches
 * labels that EveryPolitician's reconciliation put on the wrong item (باويل جاناس for Janusz
 * Wójcik). Turkish names split -oğlu (كيليتشدار أوغلو), so any later word may carry it.
 */
export function labelsAgree(ar: string, en: string): boolean {
  const latin = new Set(englishInitials(en));
  return ar
    .trim()
    .split(/\s+/)
    .slice(1)
    .map((w) => w.replace(/^ال(?=..)/, ''))
    .some((w) => [...(INITIALS[w[0] ?? ''] ?? '')].some((c) => latin.has(c)));
}

/** An English label in Latin letters without brackets, commas or digits ("Nabih Berri"). */
export const plainEnglishLabel = (en: string) => ENGLISH_NAME.test(en.trim());

/** An English name folded for comparison: no accents, no case, words joined by one space. */
export const foldEnglish = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();
