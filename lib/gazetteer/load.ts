// Turns a compiled gazetteer into an index for longest-match lookup over normalised tokens.
// The data is a parameter, so tests pass a small compiled list and the extension the shipped one.
import type { CompiledEntry, CompiledGazetteer, Demonym } from './compile';

export interface GazetteerMatch {
  /** Number of tokens matched. */
  length: number;
  /** Entry indexes, best first. */
  ids: number[];
  /** FORM_* flags, parallel to ids. */
  flags: number[];
}

export interface Gazetteer {
  /** All forms starting at token `start`, longest first. Tokens must be normalised (normalize()). */
  lookup(normTokens: string[], start: number): GazetteerMatch[];
  entry(i: number): CompiledEntry;
  byId(id: string): number | undefined;
  demonym(base: string): Demonym | null;
  readonly size: number;
}

export function loadGazetteer(compiled: CompiledGazetteer): Gazetteer {
  const heads = compiled.heads;
  // Built on first use: the recogniser needs byId only for curated cross-references.
  let idIndex: Map<string, number> | null = null;

  return {
    size: compiled.entries.length,
    lookup(normTokens, start) {
      const head = normTokens[start] ?? '';
      if (!Object.hasOwn(heads, head)) return [];
      const longest = heads[head]!;
      const out: GazetteerMatch[] = [];
      for (let len = Math.min(longest, normTokens.length - start); len >= 1; len--) {
        const key = normTokens.slice(start, start + len).join(' ');
        if (!Object.hasOwn(compiled.forms, key)) continue; // not "constructor" from the prototype
        const v = compiled.forms[key]!;
        const ids: number[] = [];
        const flags: number[] = [];
        for (let i = 0; i < v.length; i += 2) {
          ids.push(v[i]!);
          flags.push(v[i + 1]!);
        }
        out.push({ length: len, ids, flags });
      }
      return out;
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
  };
}
