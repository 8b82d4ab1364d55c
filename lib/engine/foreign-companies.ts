// شركة أميركان إيرلاينز, سياك موتور كورب, ميديا غروب, فيتش ريتنغز: news writes foreign companies
// in Arabic letters with the English words of their names (Group, Corp, Airlines, Holding). Such
// a word after one to three foreign words closes a company's name. A foreign word here has no
// article, no ة, no verb's shape and is no common, function or cue word, so قبل غروب الشمس
// (before sunset) and لحظة غروب name nothing; before a definite word غروب is the sunset anyway.
import { normalSet } from '../ner/lexicon';
import { futureShaped, imperfectShaped, isNisbaShaped } from '../ner/rule-words';
import { clitics } from '../text/clitics';
import { ruleGuess, type Candidate, type Doc } from './types';

const COMPANY_WORDS = normalSet('foreignCompanyWords');
const MAX_FOREIGN = 3;
const CONJUNCTION = /^[وف]/;
const DUAL_CONSTRUCT = /ت[اي]$/;
/** شركتي, مجموعتا: a feminine noun's dual in construct, as its singular (شركه). */
const singular = (w: string): string => (DUAL_CONSTRUCT.test(w) ? w.slice(0, -2) + 'ه' : w);

/**
 * Companies named with an English company word; `everyday(key)` tells a common or function word,
 * `cueWord(norm)` a title or body noun, `taken(i)` a word other stages already named.
 */
export function foreignCompanies(
  doc: Doc,
  everyday: (key: string) => boolean,
  cueWord: (norm: string) => boolean,
  taken: (i: number) => boolean,
): Candidate[] {
  const out: Candidate[] = [];
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== 'arabic' || !COMPANY_WORDS.has(tokens[i]!.norm) || taken(i)) continue;
    let end = i + 1;
    while (tokens[end]?.kind === 'arabic' && COMPANY_WORDS.has(tokens[end]!.norm) && !taken(end)) end++;
    const next = tokens[end];
    const c = next?.kind === 'arabic' ? clitics(next.norm) : null;
    if (c?.article && c.pre === '' && !isNisbaShaped(c.bare)) {
      i = end - 1;
      continue;
    }
    let start = i;
    while (start > i - MAX_FOREIGN && foreignAt(doc, start - 1, start === i, everyday, cueWord, taken)) start--;
    if (start < i || end - i >= 2) out.push(ruleGuess(start, end, 'organization'));
    i = end - 1;
  }
  return out;
}

// سياك موتور كورب: a future verb's shape (سي, ست, سن) right before the company word is the name's
// own letters, a verb has an object or a subject between; further back (ستشتري جنرال موتورز) a verb.
// A module function, not an arrow made per page (V8 compiles those again on every page).
function foreignAt(
  doc: Doc,
  i: number,
  beside: boolean,
  everyday: (key: string) => boolean,
  cueWord: (norm: string) => boolean,
  taken: (i: number) => boolean,
): boolean {
  const t = doc.tokens[i];
  if (t?.kind !== 'arabic' || taken(i)) return false;
  const w = t.norm;
  return (
    w.length >= 3 &&
    !w.startsWith('ال') &&
    !w.endsWith('ه') &&
    !COMPANY_WORDS.has(w) &&
    !everyday(doc.keys[i]!) &&
    !cueWord(w) &&
    !cueWord(singular(w)) &&
    ((beside && futureShaped(w)) || !imperfectShaped(w)) &&
    // وتعمل, وقال: و or ف before a verb or an everyday word is the sentence going on.
    !(CONJUNCTION.test(w) && (imperfectShaped(w.slice(1)) || everyday(doc.keys[i]!.slice(1))))
  );
}

/**
 * فيتش ريتنغز, نيسان موتور: a company word right after a named organisation is the rest of its
 * name (Fitch Ratings). Before a definite word (غروب الشمس) it is no company word, as above.
 */
export function withCompanyWords<C extends Candidate>(doc: Doc, cands: readonly C[]): C[] {
  const tokens = doc.tokens;
  const starts = new Set(cands.map((c) => c.start));
  return cands.map((c) => {
    if (c.type !== 'organization' || starts.has(c.end)) return c;
    let end = c.end;
    while (tokens[end]?.kind === 'arabic' && COMPANY_WORDS.has(tokens[end]!.norm)) end++;
    if (end === c.end) return c;
    const next = tokens[end];
    const after = next?.kind === 'arabic' ? clitics(next.norm) : null;
    if (after?.article && after.pre === '' && !isNisbaShaped(after.bare)) return c;
    return { ...c, end };
  });
}
