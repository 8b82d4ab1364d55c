// Proclitic analyses of a token key as every stage reads them (gazetteer match, patterns, demonyms,
// context): `proclitics` memoises them per word; a lone letter gets its own reading here.
import { proclitics, type Analysis } from '../text/clitics';

const letters = new Map<string, readonly Readonly<Analysis>[]>();

export function analyses(key: string): readonly Readonly<Analysis>[] {
  const a = proclitics(key);
  if (a.length > 0 || key.length !== 1) return a;
  // A one-letter word (the أ of "أ ف ب") has no analysis there; it can still open a known form.
  let one = letters.get(key);
  if (one === undefined) {
    one = [{ prefix: '', stem: key, article: false }];
    letters.set(key, one);
  }
  return one;
}
