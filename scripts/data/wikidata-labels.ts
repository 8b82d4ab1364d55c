// Which Wikidata labels of people the gazetteer may take: a label must be the name as news prints
// it, not a description, a disambiguated title or a bare given name.
import { normalizeText } from '../../lib/text/normalize';
import { words } from '../../lib/ner/lexicon';
import common from '../../lib/ner/common-words.generated.json';

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
  return null;
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
