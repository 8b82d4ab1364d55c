// Word tokens with offsets into the ORIGINAL string, and sentence spans.
//
// Decisions (documented in lib/text/romanization.md, "Tokens"):
// - An Arabic word is a run of Arabic letters; harakat, tatweel and zero-width/bidi marks inside
//   it belong to it. Harakat at the end belong to it; invisible format marks at the end do not
//   (so a highlight never ends on an invisible character).
// - A number is a run of digits (ASCII, Arabic-Indic or Persian). Separators (/ . , : -) are
//   separate punct tokens: 18/9/2021 is number, punct, number, punct, number.
// - Every other visible character is a one-character punct token (a surrogate pair is one token).
import { ARABIC_LETTER_RANGES, ARABIC_MARK_RANGES, FORMAT_RANGES, normalize, type Normalized } from './normalize';
import { Interner } from './interner';

export type TokenKind = 'arabic' | 'latin' | 'number' | 'punct';

/** A token's word without its place in the text: what the engine's stages read (wordTokens). */
export interface WordToken {
  /** Original text, original.slice(start, end). */
  text: string;
  /** Normal form of the token (see normalize()). */
  norm: string;
  kind: TokenKind;
  /** Word-level facts the rules asked of it (`word-facts.ts`). */
  facts?: number;
  asked?: number;
}

export interface Token extends WordToken {
  start: number;
  end: number;
}

const OTHER = 0;
const SPACE = 1;
const AR = 2;
const AR_MARK = 3; // harakat, tatweel: inside or at the end of an Arabic word
const FORMAT = 4; // invisible format marks: only inside a word
const LATIN = 5;
const LATIN_MARK = 6; // combining accents inside a Latin word
const DIGIT = 7;

const cls = new Uint8Array(0x10000);
for (const [from, to] of ARABIC_LETTER_RANGES) cls.fill(AR, from, to + 1);
function setRange(from: number, to: number, k: number): void {
  cls.fill(k, from, to + 1);
}
setRange(0x09, 0x0d, SPACE);
cls[0x20] = SPACE;
cls[0x85] = SPACE;
cls[0xa0] = SPACE;
setRange(0x2000, 0x200a, SPACE);
setRange(0x2028, 0x2029, SPACE);
cls[0x202f] = SPACE;
cls[0x205f] = SPACE;
cls[0x3000] = SPACE;
for (const [a, b] of ARABIC_MARK_RANGES) setRange(a, b, AR_MARK);
cls[0x0640] = AR_MARK;
setRange(0xfe70, 0xfe7f, AR_MARK); // presentation forms of harakat
for (const [a, b] of FORMAT_RANGES) setRange(a, b, FORMAT);
setRange(0x41, 0x5a, LATIN);
setRange(0x61, 0x7a, LATIN);
setRange(0xc0, 0x24f, LATIN);
cls[0xd7] = OTHER; // ×
cls[0xf7] = OTHER; // ÷
setRange(0x1e00, 0x1eff, LATIN);
setRange(0x0300, 0x036f, LATIN_MARK);
setRange(0x30, 0x39, DIGIT);
setRange(0x0660, 0x0669, DIGIT);
setRange(0x06f0, 0x06f9, DIGIT);

const KINDS: readonly TokenKind[] = ['arabic', 'latin', 'number', 'punct'];
const K_ARABIC = 0;
const K_LATIN = 1;
const K_NUMBER = 2;
const K_PUNCT = 3;
export const ODD = 4;

/**
 * A page's tokens as parallel arrays (token i is start[i], end[i], ...), not one object each: a
 * megabyte of news is two hundred thousand tokens, and as objects they all survive until the page
 * is done, which the garbage collector pays for by copying them (at 10 MB most of tokenize's time).
 */
export interface TokenTable {
  length: number;
  start: Int32Array;
  end: Int32Array;
  /** 0 arabic, 1 latin, 2 number, 3 punct, plus ODD when the original text differs from the form. */
  kind: Uint8Array;
  /** Id of the token's normal form in `forms`: equal ids, equal forms (within one call's table). */
  form: Int32Array;
  /** Normal forms by id, one string per distinct form. */
  forms: readonly string[];
  /** The original text: an ODD token's own text (harakat, tatweel...) is sliced from it when asked. */
  source: string;
}

// Shared by every call, so a session's words keep their strings from page to page; emptied between
// calls once it holds this many forms.
const interner = new Interner();
const MAX_FORMS = 200_000;
let startBuf = new Int32Array(4096);
let endBuf = new Int32Array(4096);
let kindBuf = new Uint8Array(4096);
let formBuf = new Int32Array(4096);

/** `normal` is normalize(original) when the caller has it already (the engine normalises a page once). */
export function tokenTable(original: string, normal: Normalized = normalize(original)): TokenTable {
  if (interner.size > MAX_FORMS) interner.clear();
  const n = original.length;
  const { text: normText, map } = normal;
  const outLen = map.length - 1;
  let count = 0;
  // Token offsets only grow, so one pointer walks the map: j ends at the first normal-text index
  // whose original index is >= the offset asked for. (One loop, no helper closure: a closure's
  // writes to count and j go through its context, which cost more than the rest.)
  let j = 0;
  let i = 0;
  while (i < n) {
    const c = cls[original.charCodeAt(i)]!;
    const start = i;
    let kind: number;
    if (c === AR || c === LATIN || c === DIGIT) {
      const mark = c === AR ? AR_MARK : c === LATIN ? LATIN_MARK : -1;
      let lastSolid = i; // last index that may end the token
      i++;
      while (i < n) {
        const d = cls[original.charCodeAt(i)]!;
        if (d === c || d === mark) {
          lastSolid = i;
        } else if (d !== FORMAT || c === DIGIT) {
          break;
        }
        i++;
      }
      i = lastSolid + 1;
      kind = c === AR ? K_ARABIC : c === LATIN ? K_LATIN : K_NUMBER;
    } else if (c === OTHER) {
      const code = original.charCodeAt(i);
      const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < n && (original.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      i += pair ? 2 : 1;
      kind = K_PUNCT;
    } else {
      i++; // spaces, stray marks and format characters outside words
      continue;
    }
    const end = i;
    while (j < outLen && map[j]! < start) j++;
    const from = j;
    while (j < outLen && map[j]! < end) j++;
    if (count === startBuf.length) grow();
    startBuf[count] = start;
    endBuf[count] = end;
    formBuf[count] = interner.intern(normText, from, j);
    // Most words are already normal: the token's text is then its form.
    let same = j - from === end - start;
    for (let k = 0; same && k < end - start; k++)
      same = normText.charCodeAt(from + k) === original.charCodeAt(start + k);
    if (!same) kind |= ODD;
    kindBuf[count] = kind;
    count++;
  }
  return {
    length: count,
    start: startBuf.slice(0, count),
    end: endBuf.slice(0, count),
    kind: kindBuf.slice(0, count),
    form: formBuf.slice(0, count),
    forms: interner.strings,
    source: original,
  };
}

function grow(): void {
  const size = startBuf.length * 2;
  const more = <T extends Int32Array | Uint8Array>(a: T, b: T): T => (b.set(a), b);
  startBuf = more(startBuf, new Int32Array(size));
  endBuf = more(endBuf, new Int32Array(size));
  kindBuf = more(kindBuf, new Uint8Array(size));
  formBuf = more(formBuf, new Int32Array(size));
}

/** Token i of a table as an object (what most stages read). */
export function tokenAt(t: TokenTable, i: number): Token {
  const norm = t.forms[t.form[i]!]!;
  const k = t.kind[i]!;
  const start = t.start[i]!;
  const end = t.end[i]!;
  return { start, end, text: k & ODD ? t.source.slice(start, end) : norm, norm, kind: KINDS[k & 3]! };
}

/** Word tokens with offsets into the original string (the table's tokens as objects). */
export function tokenize(original: string, normal: Normalized = normalize(original)): Token[] {
  return tokenObjects(tokenTable(original, normal));
}

/** Every token of a table as an object. */
export function tokenObjects(table: TokenTable): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < table.length; i++) out[i] = tokenAt(table, i);
  return out;
}

// wordTokens' per-call table: form id → the call's object for it, valid where stamp[id] is the call's.
let stamp = new Int32Array(0);
let slot = new Int32Array(0);
let call = 0;

/**
 * A table's tokens as word objects, shared by the call's tokens of one form and spelling: a page
 * says its common words thousands of times, and an object per token, offsets included, was 8.8 MB
 * per MB of text, all of it alive to the call's end. The offsets stay in the table.
 */
export function wordTokens(t: TokenTable): WordToken[] {
  const forms = t.forms.length;
  if (stamp.length < forms) {
    stamp = new Int32Array(Math.max(forms, 2 * stamp.length));
    slot = new Int32Array(stamp.length);
    call = 0;
  }
  call++;
  const made: WordToken[] = [];
  const out: WordToken[] = []; // packed from birth: new Array(n) is holey
  for (let i = 0; i < t.length; i++) {
    const id = t.form[i]!;
    const k = t.kind[i]!;
    const norm = t.forms[id]!;
    const kind = KINDS[k & 3]!;
    let w = stamp[id] === call ? made[slot[id]!]! : null;
    // A third of news words are written otherwise than their form (أن, على): the object made for
    // the form's last spelling serves while the spelling repeats.
    if (
      w === null ||
      w.kind !== kind ||
      (k & ODD ? !spelt(w.text, t.source, t.start[i]!, t.end[i]!) : w.text !== norm)
    ) {
      // The facts' slots from birth: one object shape for every token the stages read.
      w = { text: k & ODD ? t.source.slice(t.start[i]!, t.end[i]!) : norm, norm, kind, facts: 0, asked: 0 };
      stamp[id] = call;
      slot[id] = made.length;
      made.push(w);
    }
    out[i] = w;
  }
  return out;
}

/** Is source[start, end) the string s? */
function spelt(s: string, source: string, start: number, end: number): boolean {
  if (s.length !== end - start) return false;
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) !== source.charCodeAt(start + k)) return false;
  return true;
}

const TERMINATOR = 1;
const CLOSER = 2;
const LINE = 3;
const sentenceCls = new Uint8Array(0x10000);
for (const ch of '.!?؟؛…') sentenceCls[ch.charCodeAt(0)] = TERMINATOR;
for (const ch of '"\'»”’)]}›') sentenceCls[ch.charCodeAt(0)] = CLOSER;
for (const ch of '\n\r\u2028\u2029') sentenceCls[ch.charCodeAt(0)] = LINE;

function isDigitAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && cls[s.charCodeAt(i)] === DIGIT;
}

/**
 * Sentence spans (trimmed of surrounding white space). Boundaries: . ! ? ؟ ؛ … (a run of them
 * counts once, closing quotes and brackets stay with the sentence) and every line break (news
 * paragraphs are lines). Not boundaries: a dot between digits (3.5, 18.9.2021) and a dot after a
 * one-letter word (initials "J. Smith", the Arabic abbreviation "د. محمد").
 */
export function sentences(original: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const n = original.length;
  const emit = (start: number, end: number): void => {
    while (start < end && cls[original.charCodeAt(start)] === SPACE) start++;
    while (end > start && cls[original.charCodeAt(end - 1)] === SPACE) end--;
    if (end > start) out.push({ start, end });
  };
  let start = 0;
  let i = 0;
  while (i < n) {
    const k = sentenceCls[original.charCodeAt(i)];
    if (k === LINE) {
      emit(start, i);
      start = ++i;
    } else if (k === TERMINATOR) {
      const ch = original.charCodeAt(i);
      if (ch === 0x2e && ((isDigitAt(original, i - 1) && isDigitAt(original, i + 1)) || isInitial(original, i))) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < n) {
        const e = sentenceCls[original.charCodeAt(end)];
        if (e !== TERMINATOR && e !== CLOSER) break;
        end++;
      }
      emit(start, end);
      start = i = end;
    } else {
      i++;
    }
  }
  emit(start, n);
  return out;
}

/** A dot right after a one-letter word that is followed by more text on the line. */
function isInitial(s: string, dot: number): boolean {
  const prev = dot - 1;
  if (prev < 0) return false;
  const c = cls[s.charCodeAt(prev)];
  if (c !== AR && c !== LATIN) return false;
  if (prev > 0 && cls[s.charCodeAt(prev - 1)] !== SPACE && s[prev - 1] !== '(') return false;
  const next = s.charCodeAt(dot + 1);
  return cls[next] === SPACE && dot + 2 < s.length && s[dot + 1] !== '\n';
}
