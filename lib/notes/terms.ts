// The words a note is found by, for the background's word index (a store of (term, note id)
// pairs written with the note). A query word matches a note when one of the note's terms starts
// with it, so search works as the reader types. Arabic words are also indexed by their stem after
// proclitics (بالقاهرة → قاهره), and a query word is looked up both as typed and as its stem, so
// القاهرة finds بالقاهرة and الوزير finds وزير. Tags, site and kind are exact terms of their own,
// so the popup's filters are read from the same index.
import { proclitics } from '../text/clitics';
import { normalizeText } from '../text/normalize';
import type { Note } from '../protocol/note';
import type { NoteFilter } from './search';

/** Terms are cut to this length: a longer query word is looked up by its first letters. */
const TERM_MAX = 24;
/** Marks the exact terms (tag, site, kind): no word of the text can start with it. */
const FACET = '\u0001';

const fold = (s: string) => normalizeText(s).toLowerCase();
const WORD = /[\p{L}\p{N}]+/gu;
/** An Arabic word that starts with a letter a proclitic (و ف ب ك ل, or the ال) can start with. */
const CLITIC_START = /^[\u0648\u0641\u0628\u0643\u0644\u0627]/;

/** The stem with every proclitic removed, or null when there is none to remove. */
function stem(word: string): string | null {
  // Most words start with no clitic letter: they skip the analysis (a note is indexed on every save).
  if (!CLITIC_START.test(word)) return null;
  const all = proclitics(word);
  const last = all.at(-1);
  return last && last.stem !== word ? last.stem : null;
}

export const tagTerm = (tag: string) => `${FACET}t:${tag.slice(0, 200)}`;
export const siteTerm = (site: string) => `${FACET}s:${site}`;
const kindTerm = (kind: string) => `${FACET}k:${kind}`;

/** The distinct words of a text, folded, with the stems of Arabic ones. */
function wordTerms(text: string, into = new Set<string>()): Set<string> {
  for (const [w] of fold(text).matchAll(WORD)) {
    into.add(w.slice(0, TERM_MAX));
    const s = stem(w);
    if (s) into.add(s.slice(0, TERM_MAX));
  }
  return into;
}

/** Every term of a note: its words (body, quote, title, names, tags, site) and its facets. */
export function noteTerms(n: Note): string[] {
  const terms = wordTerms(
    [n.body, n.quote.exact, n.title, n.entity?.english ?? '', n.entity?.arabic ?? '', n.tags.join(' '), n.site].join(
      '\n',
    ),
  );
  for (const t of n.tags) terms.add(tagTerm(t));
  if (n.site) terms.add(siteTerm(n.site));
  terms.add(kindTerm(n.entity ? n.entity.type : 'passage'));
  return [...terms];
}

/** One condition of a search: some term equals `exact`, or starts with one of `prefixes`. */
export type Condition = { exact: string } | { prefixes: string[] };

/** The filter as conditions that must all hold; none means every note. */
export function conditionsOf(f: NoteFilter): Condition[] {
  const out: Condition[] = [];
  for (const [w] of fold(f.query ?? '').matchAll(WORD)) {
    const prefixes = new Set([w.slice(0, TERM_MAX)]);
    const s = stem(w);
    if (s) prefixes.add(s.slice(0, TERM_MAX));
    out.push({ prefixes: [...prefixes] });
  }
  if (f.type) out.push({ exact: kindTerm(f.type) });
  if (f.tag) out.push({ exact: tagTerm(f.tag) });
  if (f.site) out.push({ exact: siteTerm(f.site) });
  return out;
}

/**
 * Whether a note's terms (as noteTerms gave them, and the index keeps them) meet every condition:
 * the check for conditions too common for the index to decide alone.
 */
export function meets(terms: readonly string[], conditions: readonly Condition[]): boolean {
  return conditions.every((c) =>
    'exact' in c ? terms.includes(c.exact) : terms.some((t) => c.prefixes.some((p) => t.startsWith(p))),
  );
}
