// Two persons side by side with nothing between them are one name that two stages read in halves
// (الأمير زيد رعد زيد الحسين ، : the tagger's زيد رعد and a known زيد الحسين). News writes two
// people apart, with و or a comma (محمود عباس وكوفي أنان), so a second half with its own و stays
// a person of its own, as do two names each known on its own (عمر البشير ميني ميناوي: a list that
// lost its و) and a name written twice over (a heading's name, then the text's).
import type { Candidate, Doc } from './types';

/** `names` (sorted, non-overlapping) with each pair of touching persons joined into one. */
export function adjacentPersons(doc: Doc, names: Candidate[]): Candidate[] {
  let out: Candidate[] | null = null;
  for (let k = 0; k + 1 < names.length; k++) {
    const a = (out ?? names)[k]!;
    const b = names[k + 1]!;
    if (a.type !== 'person' || b.type !== 'person' || a.end !== b.start || b.prefix !== '') continue;
    if (doc.tokens[b.start]!.norm[0] === 'و' || (a.known && b.known) || sameWords(doc, a, b)) continue;
    out ??= [...names];
    out[k + 1] = { ...a, end: b.end, known: false, english: null, id: null, source: 'rule' };
    out[k] = null as unknown as Candidate;
  }
  return out ? out.filter((c) => c !== null) : names;
}

/** Do the two names read the same words (سيغموند فرويد سيغموند فرويد)? */
function sameWords(doc: Doc, a: Candidate, b: Candidate): boolean {
  if (a.end - a.start !== b.end - b.start) return false;
  for (let i = 0; i < a.end - a.start; i++) if (doc.keys[a.start + i] !== doc.keys[b.start + i]) return false;
  return true;
}
