// Proclitic analyses of a token key, memoised: news text repeats its words, and every stage
// (gazetteer match, patterns, demonyms, context) asks for the same splits.
import { proclitics, type Analysis } from '../text/clitics';

const cache = new Map<string, Analysis[]>();
const LIMIT = 50_000;

export function analyses(key: string): Analysis[] {
  let a = cache.get(key);
  if (a === undefined) {
    if (cache.size >= LIMIT) cache.clear();
    a = proclitics(key);
    // A one-letter word (the أ of "أ ف ب") has no analysis there; it can still open a known form.
    if (a.length === 0 && key.length === 1) a = [{ prefix: '', stem: key, article: false }];
    cache.set(key, a);
  }
  return a;
}
