// علي alone: normalised, the name علي is the preposition على. On a page that spells the preposition
// with its ى, علي spelt with ي right before what the preposition never takes (في, من, عن, مع, إلى,
// a number, a word with its own و or لـ) is the name: رجال علي والجماعة, فاضطر علي للخروج, مع علي
// في الكوفة. Before a noun (تولى علي الخلافة, أثروا علي بقية) it may be the preposition mistyped,
// before a comma the pronoun's عليّ (السلام علي ،): left to the other stages.
import type { CueLexicon } from '../ner/cues';
import { ruleGuess, type Candidate, type Doc } from './types';

const ALI = 'علي';
const CLOSERS = new Set(['في', 'من', 'عن', 'مع', 'الي']);
const CLITIC_OPENING = /^[ول]/;

const MAQSURA = /\u0649(?![\u0600-\u06FF])/g;
const ALI_WORD = /(?<![\u0600-\u06FF])علي(?![\u0600-\u06FF])/g;

/** Persons named علي alone; `taken(i)`: another stage named token i. */
export function loneAli(doc: Doc, cues: CueLexicon, taken: (i: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = doc;
  let checked = false;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (tokens[i]!.text !== ALI || taken(i) || taken(i + 1)) continue;
    // وعبدالحليم علي: after a given name علي is its family name.
    const prev = tokens[i - 1];
    if (prev?.kind === 'arabic' && givenName(cues, prev.norm.replace(WAW_OPENING, ''))) continue;
    if (!checked) {
      checked = true;
      // The page writes final ى (على, إلى) three times or more, and more often than it writes علي.
      const ala = doc.text.match(MAQSURA)?.length ?? 0;
      const ali = doc.text.match(ALI_WORD)?.length ?? 0;
      if (ala < 3 || ala < ali) return out;
    }
    const next = tokens[i + 1]!;
    const closes =
      next.kind === 'number' ||
      CLOSERS.has(next.norm) ||
      (next.kind === 'arabic' &&
        next.norm.length >= 4 &&
        CLITIC_OPENING.test(next.norm) &&
        !next.norm.startsWith('ال'));
    if (closes) out.push(ruleGuess(i, i + 1, 'person'));
  }
  return out;
}

const WAW_OPENING = /^و(?=.{3})/;
const COMPOUND_OPENING = /^(عبد|ابو)../;
const givenName = (cues: CueLexicon, w: string) => cues.given.has(w) || COMPOUND_OPENING.test(w);
