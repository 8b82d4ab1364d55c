// Article words (الأسد, الجويني) as the name model spells them when no table entry holds them. The
// name-pair data mostly spells such words without the article, so both the word and its bare stem
// are spelled and the likelier wins. The generator of the table (scripts/data/gen-translit.ts) asks
// the same question, so that it keeps an entry wherever this answer would be wrong.

import type { Candidate } from './decode';

export const ARTICLE = 'ال';
export const ALLAH = 'الله';

/** Letters the article's l assimilates to (الزين: ez-zine, النهضة: Ennahda). */
export const SUN_LETTERS = new Set('تثدذرزسشصضطظلن');

/** True for a key that opens with the article and has a stem of at least two letters (not الله). */
export function hasArticle(key: string): boolean {
  return key.startsWith(ARTICLE) && key.length >= 4 && key !== ALLAH;
}

/** The likelier of the whole word's and the bare stem's best spelling (the model knows few
 * article-initial words: الاسد alone comes out as "asd"). */
export function articleSpelling(key: string, best: (key: string) => Candidate | undefined): Candidate | undefined {
  const whole = best(key);
  const stem = best(key.slice(ARTICLE.length));
  return whole && (!stem || whole.logProb >= stem.logProb) ? whole : stem;
}
