// Word clusters for the tagger: each word form (clitics off, as lib/text/clitics gives its bare
// form) learned from unlabelled text sits at a leaf of a binary tree of `depth` levels, so words
// used alike (names after الرئيس, towns after في) share the prefixes of their leaf's path. The
// tagger reads those prefixes as features, which carries what it learned about one word to the
// others of its cluster, including words its labelled text never held. The table travels inside
// the model's JSON (NerModelJson.clusters); scripts/train/clusters.ts learns it.

import { WordTable } from './word-table';

/** The stored form: groups[leaf] is the space-separated words of that leaf (leaf < 2^depth). */
export interface ClusterJson {
  format: 'hamish-word-clusters';
  depth: number;
  groups: string[];
}

export interface WordClusters {
  depth: number;
  leafOf: WordTable;
}

const MAX_DEPTH = 16;

export function parseClusters(json: ClusterJson): WordClusters {
  if (json.format !== 'hamish-word-clusters') throw new Error(`not a cluster table: ${String(json.format)}`);
  if (json.groups.length > 2 ** json.depth)
    throw new Error(`cluster table: ${json.groups.length} groups for depth ${json.depth}`);
  return clustersOf(
    json.depth,
    new WordTable(
      json.groups,
      json.groups.map((_, leaf) => leaf),
    ),
  );
}

/** The clusters of a tree `depth` levels deep whose leaves `leafOf` gives (the binary file's table). */
export function clustersOf(depth: number, leafOf: WordTable): WordClusters {
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) throw new Error(`cluster table: bad depth ${depth}`);
  return { depth, leafOf };
}

/** The stored form of leaf assignments (word → leaf); words sorted so that output is stable. */
export function encodeClusters(leafOf: ReadonlyMap<string, number>, depth: number): ClusterJson {
  const groups: string[][] = Array.from({ length: 2 ** depth }, () => []);
  for (const [w, leaf] of leafOf) {
    if (/\s/.test(w) || !w) throw new Error(`cluster table: word ${JSON.stringify(w)} cannot be stored`);
    groups[leaf]!.push(w);
  }
  while (groups.length && !groups[groups.length - 1]!.length) groups.pop();
  return { format: 'hamish-word-clusters', depth, groups: groups.map((g) => g.sort().join(' ')) };
}

/**
 * The path prefixes of a word's leaf, `bits` long each (a prefix longer than the tree is the whole
 * path); null for a word the table lacks.
 */
export function clusterPrefixes(c: WordClusters, word: string, bits: readonly number[]): number[] | null {
  const leaf = c.leafOf.get(word);
  if (leaf === undefined) return null;
  return bits.map((b) => leaf >>> Math.max(0, c.depth - b));
}
