// Word pairs from whole-name labels (a gazetteer entry's or a Wikidata person's English and Arabic
// names), for the name model's table and word list (scripts/data/gen-translit.ts). A label pair is
// split word by word only when both sides have as many words and every word pair could spell the
// other (plausible.ts); anything else (a title in one language, a fused عبد الرحمن, a translated
// body name) gives nothing rather than a misaligned pair.

import { foldEnglish } from '../../../lib/translit/english';
import { arabicKey } from '../../../lib/translit/key';
import { hasArticle } from '../../../lib/translit/article';
import { plausibleSpelling } from '../../../lib/translit/plausible';
import type { NamePair } from './pairs';

/** English particles written as a word of their own before a name (Al Thani, El Othmani). */
const ARTICLE_WORD = /^(al|el)$/i;
/** An article joined by a hyphen or an apostrophe (al-Assad, el-Sisi, ad-Din, Al'Ula). */
const ARTICLE_PREFIX = /^(?:al|el|a[sdrztn]|ash|e[sdrztn])[-'’‘]/i;

/** The English words of a label: brackets dropped, hyphenated given names split (Jean-Pierre). */
function englishWords(en: string): string[] {
  const words = en
    .replace(/\([^)]*\)/g, ' ')
    .split(/[\s,]+/)
    .filter((w) => w.length > 0);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // "Al Neyadi" is one Arabic word (النيادي): the article goes with the word after it.
    if (ARTICLE_WORD.test(w) && i + 1 < words.length) {
      out.push(w + '-' + words[++i]!);
      continue;
    }
    const prefix = ARTICLE_PREFIX.exec(w)?.[0] ?? '';
    const parts = w.slice(prefix.length).split('-');
    out.push(prefix + parts[0]!, ...parts.slice(1));
  }
  return out;
}

/**
 * The word pairs of one label pair (Arabic keys and folded English), or none. As in the name-pair
 * data, the article of an Arabic word is not written in its English (الأتاسي: atassi).
 */
export function labelWordPairs(ar: string, en: string): NamePair[] {
  const arWords = ar
    .split(/\s+/)
    .map(arabicKey)
    .filter((k) => k.length > 0);
  const enWords = englishWords(en);
  if (arWords.length === 0 || arWords.length !== enWords.length) return [];
  const out: NamePair[] = [];
  for (let i = 0; i < arWords.length; i++) {
    const key = arWords[i]!;
    const word = enWords[i]!;
    const prefix = ARTICLE_PREFIX.exec(word)?.[0];
    const bare = foldEnglish(hasArticle(key) && prefix ? word.slice(prefix.length) : word);
    if (bare.length === 0 || !plausibleSpelling(key, bare)) return [];
    out.push({ ar: key, en: bare, count: 1 });
  }
  return out;
}
