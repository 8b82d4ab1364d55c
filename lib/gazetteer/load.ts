// Turns a compiled gazetteer into an index for longest-match lookup over normalised tokens.
// The data is a parameter, so tests pass a small compiled list and the extension the shipped one.
import type { CompiledEntry, CompiledGazetteer, Demonym } from './compile';

interface GazetteerMatch {
  /** Number of tokens matched. */
  length: number;
  /** Entry indexes, best first. */
  ids: number[];
  /** FORM_* flags, parallel to ids. */
  flags: number[];
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
 * One index over compiled.keys. A value is (k + 1) * 2 + more, where k is the key's position when
 * it is a form and -1 when it only begins forms, and `more` says a longer form begins with it (the
 * next key in sorted order then starts with this key and a space). A lookup extends its key by a
 * token only while `more` is set, so most lookups stop after one or two keys.
 */
function formIndex({ keys, offsets }: CompiledGazetteer): Map<string, number> {
  const index = new Map<string, number>();
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const next = keys[k + 1];
    const more = next !== undefined && next.charCodeAt(key.length) === 32 && next.startsWith(key) ? 1 : 0;
    index.set(key, (offsets[k]! < offsets[k + 1]! ? (k + 1) * 2 : 0) + more);
  }
  return index;
}

/** The answer of most lookups, shared (frozen, so a caller cannot change it for the others). */
const NO_MATCH: readonly GazetteerMatch[] = Object.freeze([]);

export function loadGazetteer(compiled: CompiledGazetteer): Gazetteer {
  if (compiled.version !== 2 || !Array.isArray(compiled.keys))
    throw new Error(`gazetteer format ${String(compiled.version)}: expected 2, run npm run gazetteer`);
  const index = formIndex(compiled);
  const { candidates, offsets } = compiled;
  // Built on first use: the recogniser needs byId only for curated cross-references.
  let idIndex: Map<string, number> | null = null;
  let firstNames: Set<string> | null = null;

  return {
    size: compiled.entries.length,
    lookup(normTokens, start) {
      // key is always normTokens.slice(start, start + len).join(' ').
      let key = normTokens[start] ?? '';
      let v = index.get(key);
      let out: GazetteerMatch[] | null = null;
      for (let len = 1; v !== undefined; len++) {
        if (v >= 2) {
          const ids: number[] = [];
          const flags: number[] = [];
          for (let i = offsets[(v >> 1) - 1]!, to = offsets[v >> 1]!; i < to; i += 2) {
            ids.push(candidates[i]!);
            flags.push(candidates[i + 1]!);
          }
          (out ??= []).push({ length: len, ids, flags });
        }
        if ((v & 1) === 0 || start + len >= normTokens.length) break;
        key = key + ' ' + normTokens[start + len]!;
        v = index.get(key);
      }
      // Found shortest first; callers want the longest first.
      return out ? out.reverse() : NO_MATCH;
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
      if (!firstNames) {
        firstNames = new Set();
        for (const [k, key] of compiled.keys.entries()) {
          const space = key.indexOf(' ');
          if (space < 0) continue;
          for (let i = offsets[k]!; i < offsets[k + 1]!; i += 2) {
            if (compiled.entries[candidates[i]!]!.type !== 'person') continue;
            firstNames.add(key.slice(0, space));
            break;
          }
        }
      }
      return firstNames.has(word);
    },
  };
}
