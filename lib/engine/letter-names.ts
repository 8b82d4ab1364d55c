// The Latin alphabet as Arabic news spells its letters (سي إن إن → CNN): a closed list, so an
// acronym no gazetteer knows still gets its letters back as its English guess. Written forms are
// normalised (hamza and madda folded: إف and اف, آي and اي are one key).
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
  Z: ['زد', 'زي'],
};

// E is left out: إي folds to the key of آي (I), the letter acronyms spell far more often.
const LATIN = new Map<string, string>();
for (const [latin, forms] of Object.entries(SPELLINGS)) for (const f of forms) LATIN.set(normalizeText(f), latin);

/** The Latin letter a normalised letter name spells (إف → F), or undefined. */
export const latinLetter = (norm: string): string | undefined => LATIN.get(norm);
