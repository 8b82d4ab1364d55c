// Overlap resolution: the longest span wins, then a known name over a guess, then by source
// (an in-document coreference is the most specific reading of its token, a tagger guess the least).
import type { Candidate, Source } from './types';

const SOURCE_RANK: Record<Source, number> = { coref: 0, gazetteer: 1, pattern: 2, rule: 3, tagger: 4, demonym: 5 };

export function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    b.end - b.start - (a.end - a.start) ||
    Number(b.known) - Number(a.known) ||
    SOURCE_RANK[a.source] - SOURCE_RANK[b.source] ||
    a.start - b.start
  );
}

/** Non-overlapping candidates in text order. */
export function merge(cands: readonly Candidate[], taken?: Uint8Array, size?: number): Candidate[] {
  const used = taken ?? new Uint8Array(size ?? cands.reduce((m, c) => Math.max(m, c.end), 0));
  const out: Candidate[] = [];
  for (const c of [...cands].sort(compareCandidates)) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = used[i] === 0;
    if (!free) continue;
    for (let i = c.start; i < c.end; i++) used[i] = 1;
    out.push(c);
  }
  return out.sort((a, b) => a.start - b.start);
}
