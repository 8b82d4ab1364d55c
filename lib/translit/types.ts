// Shapes of the shipped transliteration model (lib/translit/model.generated.json).

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
   * Witten-Bell counts. Key: space-separated unit ids of a history (may be "" for the unigram level).
   * Value: [total count, distinct followers, ...pairs of (next id, count)] after pruning.
   */
  ngrams: Record<string, number[]>;
  /** Normalised Arabic token → English spelling (lowercase), only where the unit model is wrong. */
  table: Record<string, string>;
}

export interface Translit {
  /** English spelling (Title Case) for one normalised Arabic token; '' only if it has no Arabic letter. */
  guessToken(normArabicToken: string): string;
  /** English form of a whole name, handling عبد ال…, بن/ابن, ابو/ام, آل and the article. */
  guessName(normTokens: string[]): string;
}
