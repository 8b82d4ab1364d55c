// Turns a compiled gazetteer into an index for longest-match lookup over normalised tokens.
// The data is a parameter, so tests pass a small compiled list and the extension the shipped one.
import type { CompiledEntry, CompiledGazetteer, Demonym } from './compile';

interface GazetteerMatch {
  /** Number of tokens matched. */
  readonly length: number;
  /** Entry indexes, best first. */
  readonly ids: readonly number[];
  /** FORM_* flags, parallel to ids. */
  readonly flags: readonly number[];
}

export interface Gazetteer {
  /** All forms starting at token `start`, longest first. Tokens must be normalised (normalize()). */
  lookup(normTokens: string[], start: number): readonly GazetteerMatch[];
  entry(i: number): CompiledEntry;
  byId(id: string): number | undefined;
  demonym(base: string): Demonym | null;
  /** Is this normalised word the first word of a known person's name of two words or more (حامد كرزاي)? */
  firstName(word: string): boolean;
  /** Does some form begin with these normalised words, space-joined (a form itself counts)? */
  opens(word: string): boolean;
  readonly size: number;
}

/**
 * One index over compiled.keys. A value is k * 4 + form * 2 + more, where k is the key's position,
 * `form` says it has candidates (a key that only begins longer forms has none), and `more` says a
 * longer form begins with it (the next key in sorted order then starts with this key and a space).
 * A lookup extends its key by a token only while `more` is set, so most lookups stop after one or
 * two keys.
 */
function formIndex({ keys, offsets }: CompiledGazetteer): Map<string, number> {
  const index = new Map<string, number>();
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const next = keys[k + 1];
    const more = next !== undefined && next.charCodeAt(key.length) === 32 && next.startsWith(key) ? 1 : 0;
    index.set(key, k * 4 + (offsets[k]! < offsets[k + 1]! ? 2 : 0) + more);
  }
  return index;
}

/**
 * The keys one word longer than key k, by that word, from the sorted key list (they follow k, as
 * every key that starts with "key " does). Built the first time a page extends key k, so a lookup
 * joins no strings and loading pays nothing for it.
 */
function childIndex(keys: readonly string[], index: Map<string, number>, k: number): Map<string, number> {
  const children = new Map<string, number>();
  const head = keys[k]! + ' ';
  for (let j = k + 1; j < keys.length && keys[j]!.startsWith(head); j++) {
    const rest = keys[j]!.slice(head.length);
    if (!rest.includes(' ')) children.set(rest, index.get(keys[j]!)!);
  }
  return children;
}

/**
 * The first words of the person names the gazetteer holds in more than one word, made the first time
 * a page asks. Plain indexed loops over the sorted keys, and one slice per run of keys that share a
 * first word: this runs once, cold, in the first page's call (the entries' iterator and a slice per
 * key cost that call 14-38 ms in node).
 */
function firstWords({ keys, offsets, candidates, entries }: CompiledGazetteer): Set<string> {
  const person = new Uint8Array(entries.length);
  for (let e = 0; e < entries.length; e++) person[e] = entries[e]!.type === 'person' ? 1 : 0;
  const out = new Set<string>();
  let last = '';
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const space = key.indexOf(' ');
    if (space < 0) continue;
    let named = false;
    for (let i = offsets[k]!, to = offsets[k + 1]!; i < to && !named; i += 2) named = person[candidates[i]!] === 1;
    // Sorted keys: those of one first word follow each other, so the word is sliced once per run.
    if (!named || (last.length === space && key.startsWith(last))) continue;
    last = key.slice(0, space);
    out.add(last);
  }
  return out;
}

/** The answer of most lookups, shared (frozen, so a caller cannot change it for the others). */
const NO_MATCH: readonly GazetteerMatch[] = Object.freeze([]);

export function loadGazetteer(compiled: CompiledGazetteer): Gazetteer {
  if (compiled.version !== 2 || !Array.isArray(compiled.keys))
    throw new Error(`gazetteer format ${String(compiled.version)}: expected 2, run npm run gazetteer`);
  const index = formIndex(compiled);
  const { candidates, offsets } = compiled;
  const children = new Map<number, Map<string, number>>();
  // A key's match is the same object on every page (frozen: callers share it), made on first use.
  const matches: (GazetteerMatch | undefined)[] = [];
  const single: (readonly GazetteerMatch[] | undefined)[] = [];
  const matchOf = (k: number, length: number): GazetteerMatch => {
    const ids: number[] = [];
    const flags: number[] = [];
    for (let i = offsets[k]!, to = offsets[k + 1]!; i < to; i += 2) {
      ids.push(candidates[i]!);
      flags.push(candidates[i + 1]!);
    }
    return Object.freeze({ length, ids: Object.freeze(ids), flags: Object.freeze(flags) });
  };
  // Built on first use: the recogniser needs byId only for curated cross-references.
  let idIndex: Map<string, number> | null = null;
  let firstNames: Set<string> | null = null;

  return {
    size: compiled.entries.length,
    lookup(normTokens, start) {
      // The key at each step is normTokens.slice(start, start + len).join(' ').
      let v = index.get(normTokens[start] ?? '');
      // Most lookups find one form: their answer is a shared array of one, made once per key.
      let first: GazetteerMatch | null = null;
      let firstKey = -1;
      let out: GazetteerMatch[] | null = null;
      let joined = v !== undefined && normTokens[start]!.includes(' ');
      for (let len = 1; v !== undefined; len++) {
        const k = v >> 2;
        // A key reached through a token holding a space has more words than tokens: not shared.
        if (v & 2) {
          const m = joined ? matchOf(k, len) : (matches[k] ??= matchOf(k, len));
          if (out) out.push(m);
          else if (first) out = [first, m];
          else {
            first = m;
            firstKey = joined ? -1 : k;
          }
        }
        if ((v & 1) === 0 || start + len >= normTokens.length) break;
        const word = normTokens[start + len]!;
        if (word.includes(' ')) {
          // A token that holds a space reads as the joined key did (children are one word each).
          v = index.get(normTokens.slice(start, start + len + 1).join(' '));
          joined = true;
          continue;
        }
        let next = children.get(k);
        if (!next) children.set(k, (next = childIndex(compiled.keys, index, k)));
        v = next.get(word);
      }
      // Found shortest first; callers want the longest first.
      if (out) return out.reverse();
      if (!first) return NO_MATCH;
      return firstKey < 0 ? [first] : (single[firstKey] ??= Object.freeze([first]));
    },
    entry(i) {
      const e = compiled.entries[i];
      if (!e) throw new RangeError(`no gazetteer entry ${i}`);
      return e;
    },
    byId(id) {
      if (!idIndex) {
        idIndex = new Map();
        compiled.entries.forEach((e, i) => idIndex!.set(e.id, i));
      }
      return idIndex.get(id);
    },
    demonym: (base) => (Object.hasOwn(compiled.demonyms, base) ? compiled.demonyms[base]! : null),
    opens: (word) => index.has(word),
    firstName(word) {
      firstNames ??= firstWords(compiled);
      return firstNames.has(word);
    },
  };
}
