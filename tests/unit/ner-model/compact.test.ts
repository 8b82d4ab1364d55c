import { describe, expect, it } from 'vitest';
import { decodeSparse, encodeSparse } from '../../../lib/ner/model/codec';
import { CompactTable } from '../../../lib/ner/model/compact';
import { FeatureExtractor } from '../../../lib/ner/model/features';
import { decode, WeightTable } from '../../../lib/ner/model/perceptron';
import { NUM_TAGS } from '../../../lib/ner/model/types';
import { buildCueLexicon } from '../../../lib/ner/cues';
import { tokenize } from '../../../lib/text';

const BITS = 10;
const SIZE = (1 << BITS) * NUM_TAGS;

/** A sparse integer table: `fill` of the buckets hold weights in [-range, range]. */
function randomCells(seed: number, fill: number, range: number): Int32Array {
  let a = seed;
  const r = () => (a = (Math.imul(a, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
  const q = new Int32Array(SIZE);
  for (let b = 0; b < 1 << BITS; b++) {
    if (r() >= fill) continue;
    for (let l = 0; l < NUM_TAGS; l++) if (r() < 0.6) q[b * NUM_TAGS + l] = Math.round((r() * 2 - 1) * range);
  }
  return q;
}

const SENTENCES = [
  'قال الرئيس زيدون قرطال في برقان أمس إن شركة نوران تعمل',
  'وصل الوفد إلى برقان ثم غادر يوم 12 مارس 2021 .',
];

// The compact table must score exactly like the dense one, whatever storage it picks.
describe('CompactTable scores as the dense table does', () => {
  it.each([
    ['power-of-two scale, small integers (16-bit storage)', 1, 0.4, 600, 16],
    ['scale that is not a power of two (float storage)', 2, 0.4, 600, 10],
    ['integers beyond 16 bits (float storage)', 3, 0.4, 90_000, 16],
    ['almost empty table', 4, 0.01, 50, 8],
    ['full table', 5, 1, 300, 4],
  ])('%s', (_, seed, fill, range, scale) => {
    const bytes = encodeSparse(randomCells(seed, fill, range));
    const dense = new WeightTable(BITS, decodeSparse(bytes, SIZE, scale)).freeze();
    const compact = new CompactTable(BITS, bytes, scale);
    const fx = new FeatureExtractor(buildCueLexicon());
    for (const s of SENTENCES) {
      const tokens = tokenize(s);
      const a = decode(dense, fx, tokens);
      const b = decode(compact, fx, tokens);
      expect(b.labels).toEqual(a.labels);
      for (const w of a.words) expect(Array.from(compact.wordVector(w))).toEqual(Array.from(dense.wordVector(w)));
      const x = new Float64Array(NUM_TAGS);
      const y = new Float64Array(NUM_TAGS);
      dense.addScores(a.feats, 0, a.offsets[a.offsets.length - 1]!, x);
      compact.addScores(a.feats, 0, a.offsets[a.offsets.length - 1]!, y);
      expect(Array.from(y)).toEqual(Array.from(x));
    }
  });

  it('gives different scores for a different table (the comparison can fail)', () => {
    const fx = new FeatureExtractor(buildCueLexicon());
    const a = decode(new CompactTable(BITS, encodeSparse(randomCells(1, 0.4, 600)), 16), fx, tokenize(SENTENCES[0]!));
    const other = new CompactTable(BITS, encodeSparse(randomCells(9, 0.4, 600)), 16);
    expect(Array.from(other.wordVector(a.words[1]!))).not.toEqual(
      Array.from(new CompactTable(BITS, encodeSparse(randomCells(1, 0.4, 600)), 16).wordVector(a.words[1]!)),
    );
  });
});
