// Arabic normal form used for every lookup (gazetteer, dates, recogniser), with an offset map back
// to the original string so that matches found in normal text can be painted on the page.
//
// Decisions (see lib/text/romanization.md, "Normal form"):
// - ؤ → و and ئ → ي ARE folded: news spells the same name both ways (فائز / فايز, عائشة / عايشة),
//   and because both the gazetteer and the page go through this function, words that keep their
//   hamza (رئيس → رييس, إسرائيل → اسراييل) still match each other.
// - ء is kept; گ چ پ ڤ ژ are kept (foldLoose() maps them to the common Arabic letters).
// - Latin case is kept so that the output stays one code unit per kept input code unit.

/**
 * Diacritics: harakat, tanwin, shadda, sukun, hamza above/below marks, superscript alef, Quranic
 * annotation marks, and the small honorific marks U+0610–U+061A which behave like diacritics.
 */
export const ARABIC_MARK_RANGES: readonly (readonly [number, number])[] = [
  [0x064b, 0x065f],
  [0x0670, 0x0670],
  [0x06d6, 0x06ed],
  [0x0610, 0x061a],
];
/**
 * Invisible format characters: zero-width space/joiners, bidi marks and embeddings, BOM, ALM, soft
 * hyphen and word joiner (copy-paste from web pages is full of them).
 */
export const FORMAT_RANGES: readonly (readonly [number, number])[] = [
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
  [0xfeff, 0xfeff],
  [0x061c, 0x061c],
  [0x00ad, 0x00ad],
  [0x2060, 0x2060],
];
const inRanges = (ranges: readonly (readonly [number, number])[]) => {
  const t = new Uint8Array(0x10000);
  for (const [a, b] of ranges) t.fill(1, a, b + 1);
  return (c: number): boolean => t[c] === 1;
};
export const isArabicMark = inRanges(ARABIC_MARK_RANGES);
export const isFormatChar = inRanges(FORMAT_RANGES);

const KEEP = 0;
const REPLACE = 1;
const REMOVE = 2;
const EXPAND = 3;
/** Kept as it is, but the string cannot be rebuilt by TextDecoder (it would replace a lone one). */
const SURROGATE = 4;
/** A presentation form whose folding is not worked out yet (presentationForms(), on first sight). */
const PENDING = 5;

const kind = new Uint8Array(0x10000);
const repl = new Uint16Array(0x10000);
const expansions = new Map<number, Uint16Array>();
// One table for the common case: a character kept (itself) or replaced by one other, as what
// turns it into its fold (c ^ foldX[c]); a fold of 0 sends the rest (removed, expanded,
// surrogates, NUL) to the slower branch. Arabic news replaces one letter in ten or so (ة, ى, أ):
// one path for both keeps the loop free of a branch it would mispredict. Kept characters are 0
// in it, so only the few thousand others are written at load: a table of the folds themselves
// took a loop over all 65,536 code units (2-6 ms of every content script's evaluation, cold).
const foldX = new Uint16Array(0x10000);

function setRemove(from: number, to = from): void {
  kind.fill(REMOVE, from, to + 1);
  for (let c = from; c <= to; c++) foldX[c] = c;
}

function setReplace(chars: string, target: string): void {
  const t = target.charCodeAt(0);
  for (const ch of chars) {
    const c = ch.charCodeAt(0);
    kind[c] = REPLACE;
    repl[c] = t;
    foldX[c] = t ^ c;
  }
}

for (const [a, b] of [...ARABIC_MARK_RANGES, ...FORMAT_RANGES]) setRemove(a, b);
setRemove(0x0640); // tatweel

setReplace('أإآٱٲٳ', 'ا');
setReplace('ىیېۍ', 'ي');
setReplace('ئ', 'ي');
setReplace('ؤ', 'و');
setReplace('ةۃ', 'ه');
setReplace('ھہۀە', 'ه');
setReplace('کڪ', 'ك');
for (let d = 0; d < 10; d++) {
  const ascii = String.fromCharCode(0x30 + d);
  setReplace(String.fromCharCode(0x0660 + d) + String.fromCharCode(0x06f0 + d), ascii);
}
setReplace('٫', '.'); // Arabic decimal separator
setReplace('٬', ','); // Arabic thousands separator
setReplace('٪', '%');

/** Folds one character through the single-character table; null when it is removed. */
function foldChar(c: number): number | null {
  const k = kind[c];
  if (k === REMOVE) return null;
  if (k === REPLACE) return repl[c]!;
  return c;
}

// Presentation forms: NFKC gives the base letters (lam-alef ligatures give two, ﷺ gives a phrase),
// which are then folded like ordinary text. Isolated haraka forms (ﹰ = space + tanwin) vanish.
// Worked out the first time text has one, not at load: 800 NFKC calls were 3-4 ms of every content
// script's evaluation (session 14), and most pages have none.
const PRESENTATION_RANGES = [
  [0xfb50, 0xfdff],
  [0xfe70, 0xfefe],
] as const;
function presentationForms(): void {
  for (const [from, to] of PRESENTATION_RANGES) addPresentationForms(from, to);
}
function addPresentationForms(from: number, to: number): void {
  for (let c = from; c <= to; c++) {
    if (kind[c] !== PENDING) continue;
    kind[c] = KEEP;
    foldX[c] = 0;
    const nfkc = String.fromCharCode(c).normalize('NFKC');
    if (nfkc === String.fromCharCode(c)) continue;
    const out: number[] = [];
    for (let i = 0; i < nfkc.length; i++) {
      const f = foldChar(nfkc.charCodeAt(i));
      if (f !== null) out.push(f);
    }
    if (out.every((x) => x === 0x20)) {
      kind[c] = REMOVE;
      foldX[c] = c;
    } else if (out.length === 1) {
      kind[c] = REPLACE;
      repl[c] = out[0]!;
      foldX[c] = out[0]! ^ c;
    } else {
      kind[c] = EXPAND;
      foldX[c] = c;
      expansions.set(c, Uint16Array.from(out));
    }
  }
}
for (const [from, to] of PRESENTATION_RANGES)
  for (let c = from; c <= to; c++)
    if (kind[c] === KEEP) {
      kind[c] = PENDING;
      foldX[c] = c;
    }
kind.fill(SURROGATE, 0xd800, 0xe000);
for (let c = 0xd800; c < 0xe000; c++) foldX[c] = c;

export interface Normalized {
  text: string;
  /** map[i] = index in the original of the character that produced text[i]; map[text.length] = original length. */
  map: Int32Array;
}

// TextDecoder builds the string in one native pass: on a 10 MB page the chunks of fromCharCode
// joined and flattened cost twice as much. Its UTF-16 is little-endian, as every platform the
// extension runs on stores a Uint16Array.
const utf16 = new TextDecoder('utf-16le');

function codesToString(codes: Uint16Array, length: number, surrogates: boolean): string {
  if (!surrogates) return utf16.decode(codes.subarray(0, length));
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < length; i += CHUNK) {
    out += Reflect.apply(String.fromCharCode, null, codes.subarray(i, Math.min(length, i + CHUNK)));
  }
  return out;
}

// The output's code units, kept from call to call (the string is decoded out of them), up to a
// size past which a page's buffer would stay held for nothing.
const SCRATCH_MAX = 1 << 20;
let scratch = new Uint16Array(1024);

export function normalize(s: string): Normalized {
  const n = s.length;
  let codes = scratch.length >= n + 16 ? scratch : new Uint16Array(n + 16);
  let map = new Int32Array(n + 17);
  let j = 0;
  // Nonzero once a character is replaced (its fold differs from it) or removed or expanded.
  let diff = 0;
  let surrogates = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const f = c ^ foldX[c]!;
    if (f !== 0) {
      codes[j] = f;
      map[j++] = i;
      diff |= f ^ c;
      continue;
    }
    const k = kind[c];
    if (k === KEEP) {
      codes[j] = c;
      map[j++] = i;
    } else if (k === REMOVE) {
      diff = 1;
    } else if (k === SURROGATE) {
      codes[j] = c;
      map[j++] = i;
      surrogates = true;
    } else if (k === PENDING) {
      presentationForms();
      i--; // this character again, now that its folding is known
    } else {
      const exp = expansions.get(c)!;
      // (The map sets the room: the kept code buffer may be longer.)
      if (j + exp.length + (n - i) > map.length - 1) {
        const size = (j + exp.length + (n - i)) * 2;
        const c2 = new Uint16Array(size);
        c2.set(codes.subarray(0, j));
        codes = c2;
        const m2 = new Int32Array(size + 1);
        m2.set(map.subarray(0, j));
        map = m2;
      }
      for (let e = 0; e < exp.length; e++) {
        codes[j] = exp[e]!;
        map[j++] = i;
      }
      diff = 1;
    }
  }
  map[j] = n;
  if (codes.length <= SCRATCH_MAX && codes.length > scratch.length) scratch = codes;
  const text = diff !== 0 ? codesToString(codes, j, surrogates) : s;
  return { text, map: map.subarray(0, j + 1) };
}

/** The normal form without the offset map (for lexicon keys and one-off comparisons). */
export function normalizeText(s: string): string {
  // Most words given here (lexicons at load) are already normal: no offset map is built for them.
  for (let i = 0; i < s.length; i++) if (kind[s.charCodeAt(i)] !== KEEP) return normalize(s).text;
  return s;
}

/** Removes only harakat, tanwin, shadda, sukun, superscript alef, Quranic marks and tatweel; letters are untouched. */
export function stripDiacritics(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (
      (c >= 0x064b && c <= 0x065f) ||
      c === 0x0670 ||
      (c >= 0x06d6 && c <= 0x06ed) ||
      c === 0x0640 ||
      (c >= 0x0610 && c <= 0x061a)
    ) {
      out += s.slice(from, i);
      from = i + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

/**
 * The Arabic letters as ranges, exactly the code units isArabicLetter() accepts: the two modules
 * that keep a table of letters fill it range by range at load (a dozen native fills, where a test
 * of every unit in the letters' blocks called isArabicLetter() 2,100 times, cold, in each).
 */
export const ARABIC_LETTER_RANGES: readonly (readonly [number, number])[] = [
  [0x0621, 0x063a],
  [0x0641, 0x064a],
  [0x066e, 0x066f],
  [0x0671, 0x06d3],
  [0x06d5, 0x06d5],
  [0x06ee, 0x06ef],
  [0x06fa, 0x06fc],
  [0x06ff, 0x06ff],
  [0x0750, 0x077f],
  [0x08a0, 0x08c9],
  [0xfb50, 0xfd3d],
  [0xfd50, 0xfdfb],
  [0xfe80, 0xfefc],
];

/** True for Arabic-script letters (not marks, digits, tatweel or punctuation), including presentation forms. */
export function isArabicLetter(code: number): boolean {
  if (code < 0x0621) return false;
  if (code <= 0x063a) return true;
  if (code >= 0x0641 && code <= 0x064a) return true;
  if (code >= 0x066e && code <= 0x066f) return true;
  if (code >= 0x0671 && code <= 0x06d3) return true;
  if (code === 0x06d5 || code === 0x06ee || code === 0x06ef || code === 0x06ff) return true;
  if (code >= 0x06fa && code <= 0x06fc) return true;
  if (code >= 0x0750 && code <= 0x077f) return true;
  if (code >= 0x08a0 && code <= 0x08c9) return true;
  if (code >= 0xfb50 && code <= 0xfdfb) return !(code >= 0xfd3e && code <= 0xfd4f);
  if (code >= 0xfe80 && code <= 0xfefc) return true;
  return false;
}

// Persian/Kurdish letters in foreign names, mapped to the letter Arabic news most often uses.
// گ → ج follows Egyptian usage (جوجل); Levantine/Gulf news writes غ (غوغل) — the compiler can
// index both spellings of the gazetteer, but the page side needs one choice.
const LOOSE: Record<string, string> = { 'گ': 'ج', 'چ': 'ج', 'پ': 'ب', 'ڤ': 'ف', 'ژ': 'ز', 'ڨ': 'ق', 'ڭ': 'ك' };
// What turns each character into its loose fold (c ^ looseX[c]): 0 for all but the seven above,
// so that the table needs no loop over every code unit at load.
const looseX = new Uint16Array(0x10000);
for (const [from, to] of Object.entries(LOOSE)) looseX[from.charCodeAt(0)] = from.charCodeAt(0) ^ to.charCodeAt(0);

/** Same length as its input, char for char: maps گ چ پ ڤ ژ ڨ ڭ to ج ج ب ف ز ق ك. Apply to normal text. */
export function foldLoose(normText: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < normText.length; i++) {
    const c = normText.charCodeAt(i);
    const t = c ^ looseX[c]!;
    if (t !== c) {
      out += normText.slice(from, i) + String.fromCharCode(t);
      from = i + 1;
    }
  }
  return from === 0 ? normText : out + normText.slice(from);
}

/** A set of words in the gazetteer's key space (normalised, then loosely folded), for membership tests on Doc keys. */
export function keySet(words: readonly string[]): Set<string> {
  return new Set(words.map((w) => foldLoose(normalizeText(w))));
}
