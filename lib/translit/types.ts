// Shapes of the shipped transliteration model (lib/translit/model.generated.json).
import type { NeuralWeights } from './neural';
import type { NameRomanization } from './romanize-name';

/**
 * A joint-sequence ("graphone") model: each unit pairs one or two Arabic letters with an English
 * chunk (possibly empty); an n-gram model over unit ids scores whole spellings.
 */
export interface TranslitModel {
  version: number;
  /** n-gram order of the unit model (history = order - 1 units). */
  order: number;
  /** units[i] = "<arabic>|<english>"; id 0 is the word boundary "|". */
  units: string[];
  /**
   * Counts per history. Key: space-separated unit ids of a history (may be "" for the unigram level).
   * Value: [total count, distinct followers, ...pairs of (next id, count)] after pruning; the total
   * and the number of followers are taken before pruning. Under Kneser-Ney the counts of histories
   * shorter than order - 1 (except those starting with the word-start padding 0) are continuation
   * counts: how many distinct units were seen before (history, next).
   */
  ngrams: Record<string, number[]>;
  /**
   * How the counts become probabilities: 'wb' (absent in version 1) Witten-Bell,
   * 'kn' interpolated Kneser-Ney with `discounts[k]` the absolute discount for histories of k units.
   */
  smoothing?: 'wb' | 'kn';
  discounts?: number[];
  /** Normalised Arabic token → English spelling (lowercase), only where the unit model is wrong. */
  table: Record<string, string>;
  /**
   * English name spellings, lowercase, sorted by code unit, joined by "\n" (lexicon.ts): an unlisted
   * word gets the best of them when the model finds it nearly as likely as its own spelling.
   */
  lexicon?: string;
  /**
   * Which words of `lexicon` are common names (common-names.ts): bit i of byte i >> 3 for word i,
   * base64. Among spellings of one shape the model scores alike, the common name is written.
   */
  common?: string;
  /**
   * The neural candidate generator (neural.ts), where the model has one: it spells the words the
   * table does not hold in place of the unit model.
   */
  neural?: NeuralWeights;
}

export interface NameOptions {
  /** The entity type: places and bodies get their head noun in English (بلدية → Municipality). */
  type?: string;
  /** ISO country the story is about (the page's known places), for regional spellings. */
  country?: string | null;
  /**
   * The English of words that name a known place (مصر → Egypt) or, one adjective, its country
   * (المصري → Egypt), else null: a head noun before them names that place (منتخب مصر, Egypt
   * national team).
   */
  placeEnglish?: (normTokens: string[]) => string | null;
  /**
   * Per word, true when it opens with أل or إل as written (ألكاراس Alcaraz, ألونسو): no article,
   * though the normal form cannot tell it from ال.
   */
  hamzaAl?: readonly boolean[];
}

export interface Translit {
  /** English spelling (Title Case) for one normalised Arabic token; '' only if it has no Arabic letter. */
  guessToken(normArabicToken: string): string;
  /**
   * English form of a whole name, handling عبد ال…, بن/ابن, ابو/ام, آل and the article; given
   * names as the region's press spells them, and a body's head noun in English.
   */
  guessName(normTokens: string[], opts?: NameOptions): string;
  /** Vowelled romanization of a name as written (lib/translit/romanize-name.ts); absent in small test data. */
  romanizeName?(arabic: string, english?: string | null, person?: boolean): NameRomanization;
}
