// Small passes over a page's candidates that the engine's main stages share. Each is a function of
// its own, not an arrow in a stage: V8 keeps the code of a closure made per page only while one
// lives, so an arrow in a stage was compiled again on every page, and so was the stage that
// inlined it.
import type { GazCandidate } from './match';
import type { Candidate } from './types';

/** 1 on each token that one of `cands` covers. */
export function covered(cands: readonly Candidate[], n: number): Uint8Array<ArrayBuffer> {
  const at = new Uint8Array(n);
  for (const c of cands) at.fill(1, c.start, c.end);
  return at;
}

/** Those of `cands` whose first token `taken` does not cover. */
export function untaken(cands: readonly Candidate[], taken: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) if (!taken[c.start]) out.push(c);
  return out;
}

export function unprefixed<C extends Candidate>(cands: readonly C[]): C[] {
  const out: C[] = [];
  for (const c of cands) if (!c.prefix) out.push(c);
  return out;
}

export function fromSource(cands: readonly Candidate[], source: Candidate['source']): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) if (c.source === source) out.push(c);
  return out;
}

/** By token, the index in `cands` of the last one covering it, or -1. */
export function coverIndex(cands: readonly Candidate[], n: number): Int32Array {
  const at = new Int32Array(n).fill(-1);
  for (let i = 0; i < cands.length; i++) at.fill(i, cands[i]!.start, cands[i]!.end);
  return at;
}

/**
 * الاتحاد الوطني لطلبة المغرب: a rule name that holds the tagger's shorter reading of it whole
 * read the name's grammar (its لـ complement) further than the tagger did.
 */
export function holdsShorter(g: Candidate, overlapping: readonly Candidate[]): boolean {
  if (overlapping.length === 0) return false;
  for (const x of overlapping)
    if (!(x.start >= g.start && x.end <= g.end && x.end - x.start < g.end - g.start)) return false;
  return true;
}

export const unambiguous = (m: GazCandidate): GazCandidate => ({ ...m, ambiguous: false });

export function notFromGazetteer(cands: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) if (c.source !== 'gazetteer') out.push(c);
  return out;
}
