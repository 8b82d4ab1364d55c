// Proclitic analysis of one NORMALISED token, for features and cue matching. Deliberately
// conservative, because an initial و ف ب ك ل is often a root letter (وزير, فرنسا, بوتين, لافروف,
// كابول): a clitic is split off only when the article follows it (والرئيس, بالعراق, للأمم,
// وللأمم). The other reading (وبوتين → بوتين) is offered as `alt` for callers that check a lexicon,
// and the learned model sees the raw token and its prefixes as well.

export interface Clitics {
  /** Proclitics split off before the article: '', 'و', 'ب', 'وب', 'فل', ... */
  pre: string;
  /** True when the token carries the article ال (or the لل contraction). */
  article: boolean;
  /** Token without conj/prep, with the article kept: والرئيس → الرييس, للأمم → الامم. */
  definite: string;
  /** Token without any proclitic: والرئيس → رييس. */
  bare: string;
  /** Token without a leading و/ف when that is NOT certain (وبوتين → بوتين), else null. */
  alt: string | null;
}

const ALEF = 'ا';
const LAM = 'ل';

function isConj(c: string | undefined): boolean {
  return c === 'و' || c === 'ف';
}
function isPrep(c: string | undefined): boolean {
  return c === 'ب' || c === 'ك' || c === LAM;
}

/** Reads article and preposition at position i of w; null when no article is there. */
function articleAt(w: string, i: number): Clitics | null {
  const rest = w.length - i;
  if (w[i] === ALEF && w[i + 1] === LAM && rest > 3) {
    return { pre: w.slice(0, i), article: true, definite: w.slice(i), bare: w.slice(i + 2), alt: null };
  }
  if (w[i] === LAM && w[i + 1] === LAM && rest > 4) {
    // لل = ل + ال with the alef dropped.
    return { pre: w.slice(0, i + 1), article: true, definite: ALEF + w.slice(i + 1), bare: w.slice(i + 2), alt: null };
  }
  if (isPrep(w[i]) && w[i + 1] === ALEF && w[i + 2] === LAM && rest > 4) {
    return { pre: w.slice(0, i + 1), article: true, definite: w.slice(i + 1), bare: w.slice(i + 3), alt: null };
  }
  return null;
}

export function clitics(norm: string): Clitics {
  const direct = articleAt(norm, 0);
  if (direct) return direct;
  if (isConj(norm[0])) {
    const after = articleAt(norm, 1);
    if (after) return after;
  }
  const alt = isConj(norm[0]) && norm.length > 3 ? norm.slice(1) : null;
  return { pre: '', article: false, definite: norm, bare: norm, alt };
}
