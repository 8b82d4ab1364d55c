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
  readonly size: number;
}

/**
 * Every form key cut before one of its spaces ("a b c" gives "a" and "a b"): a lookup extends its
 * key by a token only while the key so far can still grow into a form, so most lookups stop after
 * one or two keys instead of trying every length up to the head's longest form.
 */
function formPrefixes(forms: Record<string, number[]>): Set<string> {
  const out = new Set<string>();
  for (const key of Object.keys(forms)) {
    for (let p = key.indexOf(' '); p >= 0; p = key.indexOf(' ', p + 1)) out.add(key.slice(0, p));
  }
  return out;
}

/** The answer of most lookups, shared (frozen, so a caller cannot change it for the others). */
const NO_MATCH: readonly GazetteerMatch[] = Object.freeze([]);

export function loadGazetteer(compiled: CompiledGazetteer): Gazetteer {
  // Maps: one hash lookup per question instead of Object.hasOwn and a read on a large JSON object.
  const heads = new Map(Object.entries(compiled.heads));
  const forms = new Map(Object.entries(compiled.forms));
  const prefixes = formPrefixes(compiled.forms);
  // Built on first use: the recogniser needs byId only for curated cross-references.
  let idIndex: Map<string, number> | null = null;
  let firstNames: Set<string> | null = null;

  return {
    size: compiled.entries.length,
    lookup(normTokens, start) {
      const head = normTokens[start] ?? '';
      const most = heads.get(head);
      if (most === undefined) return NO_MATCH;
      const longest = Math.min(most, normTokens.length - start);
      let out: GazetteerMatch[] | null = null;
      // key is always normTokens.slice(start, start + len).join(' ').
      let key = head;
      for (let len = 1; len <= longest; len++) {
        if (len > 1) key = key + ' ' + normTokens[start + len - 1]!;
        const v = forms.get(key);
        if (v !== undefined) {
          const ids: number[] = [];
          const flags: number[] = [];
          for (let i = 0; i < v.length; i += 2) {
            ids.push(v[i]!);
            flags.push(v[i + 1]!);
          }
          (out ??= []).push({ length: len, ids, flags });
        }
        if (!prefixes.has(key)) break;
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
    firstName(word) {
      if (!firstNames) {
        firstNames = new Set();
        for (const [key, v] of forms) {
          const space = key.indexOf(' ');
          if (space < 0) continue;
          for (let i = 0; i < v.length; i += 2) {
            if (compiled.entries[v[i]!]!.type !== 'person') continue;
            firstNames.add(key.slice(0, space));
            break;
          }
        }
      }
      return firstNames.has(word);
    },
  };
}
