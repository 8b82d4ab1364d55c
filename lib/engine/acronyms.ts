// Acronyms spelled out in Arabic letters: سي ان ان (CNN), إف . بي . آي (FBI), إتش إس بي سي. A run
// of letter names, all spaced or all dotted, is a body's name when at least two of its letters are
// no everyday word (في ان "in that" and او اي "or any" are not acronyms), or three letters open
// with such a letter. A run next to a number is a model (كي جي 320), not a body. The first letter
// may carry the article or a clitic (السي آي إيه, وللبي بي سي); the body is then the entry the
// gazetteer holds for the bare letters, or, unknown, the letters' Latin acronym as its English.
import type { Gazetteer } from '../gazetteer';
import { proclitics } from '../text/clitics';
import { foldLoose } from '../text/normalize';
import type { WordToken } from '../text/tokens';
import { LETTER_NAMES as LETTERS, LETTER_WORDS as WORD_LETTERS, latinLetter } from '../ner/letter-names';
import { candidate, ruleGuess, type Candidate, type Doc } from './types';

/** Everyday letters that go on the sentence after a run (بي بي سي إن "BBC that"), not A, I, L, M. */
const CLAUSE_LETTERS = new Set(['ان', 'او', 'في', 'كي']);

const letter = (t: WordToken | undefined): boolean =>
  !!t && t.kind === 'arabic' && (LETTERS.has(t.norm) || WORD_LETTERS.has(t.norm));

interface First {
  readonly plain: boolean;
  /** The letter's name without its clitics and article (الاف → اف). */
  readonly bare: string;
  /** Clitic letters before the letter or its article (و in والاف), as match.ts writes a prefix. */
  readonly prefix: string;
  /** The word without those clitics (للبي → البي), as match.ts writes a stem. */
  readonly stem: string;
}

/** What other stages know of the page, for the first letter's clitics and the known acronyms. */
export interface AcronymLookups {
  readonly gazetteer?: Gazetteer;
  /** Is token i an everyday word whole (لدي "I have", not ل + دي)? */
  readonly everydayAt?: (i: number) => boolean;
  /** Is token i a body's noun that news writes inside its name (وكالة يو بي آي, not قناة)? */
  readonly nounInsideAt?: (i: number) => boolean;
}

/** Token i as a first letter: itself, or with the article (الكي جي بي) or clitics (وللبي) before it. */
function firstLetter(tokens: readonly WordToken[], i: number, look: AcronymLookups): First | null {
  const t = tokens[i]!;
  // Asked of every word: a letter (or a dot) must follow before anything is made.
  if (t.kind !== 'arabic' || (!letter(tokens[i + 1]) && tokens[i + 1]?.norm !== '.')) return null;
  if (letter(t)) return { plain: LETTERS.has(t.norm), bare: t.norm, prefix: '', stem: t.norm };
  // Only a letter that is no everyday word takes a clitic (لدي "I have"; لان, كان, وام are words).
  if (look.everydayAt?.(i)) return null;
  const readings = proclitics(t.norm);
  for (let r = 1; r < readings.length; r++) {
    const a = readings[r]!;
    const article = a.article;
    const bare = a.stem.startsWith('ال') ? a.stem.slice(2) : a.stem;
    // After the article كي and ان are letters (الكي جي بي); الان "now" is an everyday word above.
    if (!LETTERS.has(bare) && !(article && WORD_LETTERS.has(bare))) continue;
    const prefix = a.prefix.endsWith('ال') ? a.prefix.slice(0, -2) : a.prefix;
    return { plain: true, bare, prefix, stem: article ? 'ال' + bare : bare };
  }
  return null;
}

/** [start, end) of the acronym opening at token i, or null. */
function acronymAt(tokens: readonly WordToken[], i: number, first: First | null): [number, number] | null {
  if (!first) return null;
  let end = i + 1;
  let count = 1;
  let plain = first.plain ? 1 : 0;
  let wordRun = first.plain ? 0 : 1;
  // One separator throughout: إف.بي.آي إن stops before إن ("that").
  const dotted = tokens[end]?.norm === '.';
  for (;;) {
    const next = dotted ? (tokens[end]?.norm === '.' ? end + 1 : -1) : end;
    if (next < 0 || !letter(tokens[next])) break;
    const isPlain = LETTERS.has(tokens[next]!.norm);
    // سي ان ان إن: a third everyday word in a row is the sentence going on.
    if (!isPlain && wordRun === 2) break;
    wordRun = isPlain ? 0 : wordRun + 1;
    end = next + 1;
    count++;
    if (isPlain) plain++;
  }
  // بي بي سي إن: spaced, "that", "or", "in" last join only as a doubled letter (سي ان ان); آي, إل
  // and إم end acronyms (إف بي آي, دي إتش إل, آي بي إم).
  const last = tokens[end - 1]!.norm;
  if (!dotted && count > 2 && CLAUSE_LETTERS.has(last) && tokens[end - 2]!.norm !== last) {
    end--;
    count--;
  }
  if (count < 2 || (plain < 2 && !(count >= 3 && first.plain))) return null;
  if (tokens[i - 1]?.kind === 'number' || tokens[end]?.kind === 'number') return null;
  return [i, end];
}

/** The gazetteer's body for the bare letters (السي آي إيه → سي اي ايه, the CIA), or the Latin guess. */
function named(doc: Doc, span: [number, number], first: First, look: AcronymLookups): Candidate {
  const [start, end] = span;
  const keys: string[] = [];
  let latin = '';
  for (let k = start; k < end; k++) {
    const t = doc.tokens[k]!;
    if (t.norm === '.') continue;
    const norm = k === start ? first.bare : t.norm;
    keys.push(foldLoose(norm));
    latin += latinLetter(norm) ?? '';
  }
  const gaz = look.gazetteer;
  // Spaced and bare, the gazetteer's own stage has matched what it knows (and context may have
  // turned it down): only the article, a clitic or dots hid the letters from it.
  const hidden = first.bare !== doc.tokens[start]!.norm || doc.tokens[start + 1]?.norm === '.';
  const match = gaz && hidden ? gaz.lookup(keys, 0)[0] : undefined;
  const orgs =
    match && match.length === keys.length ? match.ids.filter((x) => gaz!.entry(x).type === 'organization') : [];
  const stem = first.prefix ? first.stem : undefined;
  if (!orgs.length) {
    const guess = ruleGuess(start, end, 'organization', first.prefix, stem);
    guess.english = latin || null;
    return guess;
  }
  const id = orgs[0]!;
  const e = gaz!.entry(id);
  return candidate({
    start,
    end,
    type: 'organization',
    source: 'rule',
    known: true,
    english: e.en,
    id: e.id,
    description: e.desc || undefined,
    prefix: first.prefix,
    stem,
  });
}

/** Organisations spelled as letter names; `taken(i)` marks words other stages already named. */
export function acronyms(doc: Doc, taken: (i: number) => boolean, look: AcronymLookups = {}): Candidate[] {
  const out: Candidate[] = [];
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    let first = firstLetter(tokens, i, look);
    let span = acronymAt(tokens, i, first);
    // في إف بي آي: "in", "that", "or" before the letters are the sentence, when they name alone;
    // إم, آي and إل open acronyms (إم بي سي).
    if (span && !first!.plain && CLAUSE_LETTERS.has(first!.bare)) {
      const after = firstLetter(tokens, i + 1, look);
      const alone = acronymAt(tokens, i + 1, after);
      if (alone) [span, first] = [alone, after];
    }
    if (!span) continue;
    let free = true;
    for (let k = span[0]; k < span[1] && free; k++) free = !taken(k);
    if (!free) {
      i = span[1] - 1;
      continue;
    }
    const c = named(doc, span, first!, look);
    // وكالة يو بي آي: the noun is the name's, as the tagger reads it; without it the tagger's span
    // of the noun and the first letters outlasted the acronym.
    if (!first!.prefix && span[0] === i && i > 0 && !taken(i - 1) && look.nounInsideAt?.(i - 1)) {
      c.start = i - 1;
      c.prefix = '';
      c.stem = undefined;
    }
    out.push(c);
    i = span[1] - 1;
  }
  return out;
}
