// Korean and West African names keep their hyphen in Arabic news, with spaces around it as often
// as not: كيم جونغ - ايل, نانا ايفا - ابنتنغ. The stages find the words before the hyphen; the
// part after it belongs to the same name when it is one word that ends there (a short syllable, or
// a word before punctuation). A score line (عاطف فتحي - صالح الحمصي :), a known name after the
// hyphen (a dateline's place or an agency) or a plain word (the sentence going on) is no such part.
import type { Candidate, Doc } from './types';

const HYPHENS = new Set(['-', '–']);
/** Korean syllables written alone: ايل, هوي, ريم. */
const SYLLABLE = 3;

/**
 * People of two words or more extended over a hyphen and the name's last part. `plain(i)`: token
 * i is a common or function word; `given(i)`: a given name (it would open the next person);
 * `known(i)`: another stage named it.
 */
export function hyphenatedNames<C extends Candidate>(
  doc: Doc,
  cands: readonly C[],
  plain: (i: number) => boolean,
  given: (i: number) => boolean,
  known: (i: number) => boolean,
): C[] {
  const starts = new Set<number>();
  for (let k = 0; k < cands.length; k++) starts.add(cands[k]!.start);
  // Loops and a module function, not map with arrows made per page (compiled again on every page).
  const out: C[] = [];
  for (let k = 0; k < cands.length; k++) out[k] = extended(doc, cands[k]!, starts, plain, given, known);
  return out;
}

function extended<C extends Candidate>(
  doc: Doc,
  c: C,
  starts: ReadonlySet<number>,
  plain: (i: number) => boolean,
  given: (i: number) => boolean,
  known: (i: number) => boolean,
): C {
  const tokens = doc.tokens;
  if (c.type !== 'person' || c.end - c.start < 2 || !HYPHENS.has(tokens[c.end]?.norm ?? '')) return c;
  const w = c.end + 1;
  const t = tokens[w];
  if (!t || t.kind !== 'arabic' || t.norm.startsWith('ال') || plain(w) || known(w) || starts.has(w)) return c;
  const next = tokens[w + 1];
  const closes = !next || (next.kind !== 'arabic' && next.kind !== 'number');
  if (!closes && (given(w) || t.norm.length > SYLLABLE)) return c;
  return { ...c, end: w + 1 };
}
