// The Latin alphabet as Arabic news spells its letters (سي إن إن → CNN), the one list of them: a
// run of letter names is an acronym (acronyms.ts, org-triggers.ts), and one no gazetteer knows still
// gets its letters back as its English guess. Written forms are normalised (hamza and madda folded:
// إف and اف, آي and اي are one key).
import { normalizeText } from '../text/normalize';

const SPELLINGS: Record<string, readonly string[]> = {
  A: ['إيه', 'أيه', 'ايه', 'آيه'],
  B: ['بي'],
  C: ['سي'],
  D: ['دي'],
  F: ['إف'],
  G: ['جي'],
  H: ['إتش', 'إيتش'],
  I: ['آي'],
  J: ['جاي', 'جيه'],
  K: ['كيه', 'كي'],
  L: ['إل'],
  M: ['إم'],
  N: ['إن'],
  O: ['أو'],
  Q: ['كيو'],
  R: ['آر'],
  S: ['إس'],
  T: ['تي'],
  U: ['يو'],
  V: ['في'],
  W: ['دبليو'],
  X: ['إكس'],
  Y: ['واي'],
  Z: ['زد'],
};

/** Letter names that are also everyday words (in, that, or, which): an acronym needs other letters beside them. */
const ALSO_WORDS = ['آي', 'إن', 'إم', 'أو', 'في', 'إل', 'كي'];

// E is left out: إي folds to the key of آي (I), the letter acronyms spell far more often.
const LATIN = new Map<string, string>();
for (const [latin, forms] of Object.entries(SPELLINGS)) for (const f of forms) LATIN.set(normalizeText(f), latin);

/** Letter names no everyday word shares (بي, سي, إف): normalised. */
export const LETTER_NAMES: ReadonlySet<string> = new Set(
  [...LATIN.keys()].filter((k) => !ALSO_WORDS.some((w) => normalizeText(w) === k)),
);
/** في, ان, او: letter names that are also everyday words, normalised. */
export const LETTER_WORDS: ReadonlySet<string> = new Set(ALSO_WORDS.map(normalizeText));

/** The Latin letter a normalised letter name spells (إف → F), or undefined. */
export const latinLetter = (norm: string): string | undefined => LATIN.get(norm);
