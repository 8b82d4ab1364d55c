// A read-only map from word to small integer for the tagger's stored word lists (clusters.ts,
// name-evidence.ts: space-separated words, one list per value), made without a string per word.
// Splitting those lists into 70,000 strings and Maps cost the worker's start 40–50 ms of CPU. Here
// the words are grouped by hash bucket in one string, so the tagger's binary file (binary.ts) holds
// the table ready: loading it decodes one string and makes three typed-array views. A lookup hashes
// the word and compares it with the few words of its bucket. A word in several lists reads the
// last list's value, as Map.set in list order would.
import { arrayAt, putArray } from '../../typed-view';

/** The table's arrays, as the binary file stores them. */
export interface WordTableParts {
  /** The words, bucket by bucket, each followed by a space. */
  text: string;
  /** Bucket b's words are words firstWord[b] .. firstWord[b + 1] - 1 ... */
  firstWord: Int32Array;
  /** ... and begin at text position firstChar[b]. */
  firstChar: Int32Array;
  /** Per word, in text order. */
  values: Uint16Array;
}

/** FNV-1a over UTF-16 code units. */
function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h;
}

const SPACE = 32;
/** Words per bucket, on average. */
const LOAD = 4;
const MAX_VALUE = 0xffff;

/** The table's parts made from word lists (`lists[k]`: space-separated words, each read as `values[k]`). */
function partsOf(lists: readonly string[], values: readonly number[]): WordTableParts {
  const map = new Map<string, number>();
  lists.forEach((list, k) => {
    const v = values[k]!;
    if (!Number.isInteger(v) || v < 0 || v > MAX_VALUE) throw new Error(`word table: value ${v} out of range`);
    for (const w of list.split(' ')) if (w) map.set(w, v);
  });
  let buckets = 1;
  while (buckets * LOAD < map.size) buckets *= 2;
  const byBucket: [string, number][][] = Array.from({ length: buckets }, () => []);
  for (const [w, v] of map) byBucket[hashWord(w) & (buckets - 1)]!.push([w, v]);
  const firstWord = new Int32Array(buckets + 1);
  const firstChar = new Int32Array(buckets + 1);
  const out = new Uint16Array(map.size);
  const words: string[] = [];
  let chars = 0;
  byBucket.forEach((bucket, b) => {
    firstWord[b] = words.length;
    firstChar[b] = chars;
    for (const [w, v] of bucket) {
      out[words.length] = v;
      words.push(w);
      chars += w.length + 1;
    }
  });
  firstWord[buckets] = words.length;
  firstChar[buckets] = chars;
  return { text: words.map((w) => w + ' ').join(''), firstWord, firstChar, values: out };
}

export class WordTable {
  private readonly text: string;
  private readonly firstWord: Int32Array;
  private readonly firstChar: Int32Array;
  private readonly values: Uint16Array;
  private readonly mask: number;

  /** From word lists (`lists[k]`: space-separated words, each read as `values[k]`), or from stored parts. */
  constructor(lists: readonly string[], values: readonly number[]);
  constructor(parts: WordTableParts);
  constructor(from: readonly string[] | WordTableParts, values?: readonly number[]) {
    const p = Array.isArray(from) ? partsOf(from, values!) : (from as WordTableParts);
    this.text = p.text;
    this.firstWord = p.firstWord;
    this.firstChar = p.firstChar;
    this.values = p.values;
    this.mask = p.firstWord.length - 2;
  }

  get size(): number {
    return this.values.length;
  }

  parts(): WordTableParts {
    return { text: this.text, firstWord: this.firstWord, firstChar: this.firstChar, values: this.values };
  }

  get(word: string): number | undefined {
    const { text } = this;
    const n = word.length;
    if (!n) return undefined;
    const b = hashWord(word) & this.mask;
    let at = this.firstChar[b]!;
    for (let w = this.firstWord[b]!, to = this.firstWord[b + 1]!; w < to; w++) {
      let k = 0;
      // A space ends the stored word: a word holding one matches none.
      for (; k < n; k++) {
        const c = text.charCodeAt(at + k);
        if (c !== word.charCodeAt(k) || c === SPACE) break;
      }
      if (k === n && text.charCodeAt(at + n) === SPACE) return this.values[w];
      // On to the next word of the bucket.
      at += k;
      while (text.charCodeAt(at) !== SPACE) at++;
      at++;
    }
    return undefined;
  }

  has(word: string): boolean {
    return this.get(word) !== undefined;
  }
}

// The stored form, little-endian, 4-byte aligned at its start:
//   u32 buckets B, u32 words n, u32 UTF-8 byte length t of the text
//   i32 × (B + 1) firstWord, i32 × (B + 1) firstChar, u16 × n values (zero-padded to 4 bytes)
//   the text, UTF-8 (zero-padded to 4 bytes)

const pad4 = (n: number): number => (n + 3) & ~3;

/** The table's stored form. */
export function encodeWordTable(table: WordTable): Uint8Array {
  const { text, firstWord, firstChar, values } = table.parts();
  const utf8 = new TextEncoder().encode(text);
  const buckets = firstWord.length - 1;
  const out = new Uint8Array(12 + 8 * (buckets + 1) + pad4(values.length * 2) + pad4(utf8.length));
  const dv = new DataView(out.buffer);
  dv.setUint32(0, buckets, true);
  dv.setUint32(4, values.length, true);
  dv.setUint32(8, utf8.length, true);
  let at = putArray(out, 12, firstWord);
  at = putArray(out, at, firstChar);
  at = pad4(putArray(out, at, values));
  out.set(utf8, at);
  return out;
}

/**
 * The table stored in bytes[at, end) (encodeWordTable), checked for size and shape; `fail` reports
 * what is wrong with it.
 */
export function wordTableAt(bytes: Uint8Array, at: number, end: number, fail: (why: string) => never): WordTable {
  if (end - at < 12 || end > bytes.length) fail('word table truncated');
  const dv = new DataView(bytes.buffer, bytes.byteOffset + at, 12);
  const [buckets, n, t] = [dv.getUint32(0, true), dv.getUint32(4, true), dv.getUint32(8, true)];
  if (buckets < 1 || (buckets & (buckets - 1)) !== 0) fail(`word table of ${buckets} buckets`);
  const textAt = at + 12 + 8 * (buckets + 1) + pad4(n * 2);
  if (textAt + pad4(t) !== end) fail('word table truncated or damaged');
  const firstWord = arrayAt(bytes, at + 12, buckets + 1, Int32Array);
  const firstChar = arrayAt(bytes, at + 12 + 4 * (buckets + 1), buckets + 1, Int32Array);
  const values = arrayAt(bytes, at + 12 + 8 * (buckets + 1), n, Uint16Array);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(textAt, textAt + t));
  } catch {
    return fail('word table text damaged');
  }
  if (firstWord[buckets] !== n || firstChar[buckets] !== text.length || firstWord[0] !== 0 || firstChar[0] !== 0)
    fail('word table damaged');
  return new WordTable({ text, firstWord, firstChar, values });
}
