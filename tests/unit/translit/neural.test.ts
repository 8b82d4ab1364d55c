import { describe, expect, it } from 'vitest';
import { createNeural, type NeuralWeights } from '../../../lib/translit/neural';
import { createLexicon } from '../../../lib/translit/lexicon';
import fixture from './neural-fixture.json';

// A tiny network with random weights and the log-probabilities PyTorch gives some spellings
// (scripts/train/translit/neural/make-fixture.py): the TypeScript inference must compute the same.
const neural = createNeural(fixture.model as NeuralWeights);
const cases = fixture.cases as [string, string, number][];

describe('neural name model', () => {
  it.each(cases)('%s → %s scores %f as PyTorch does', (ar, en, logProb) => {
    expect(neural.score(ar, en)).toBeCloseTo(logProb, 4);
  });

  it('scores a spelling with a letter it cannot write as impossible', () => {
    expect(neural.score('سلمان', 'salmanx')).toBe(-Infinity);
  });

  it.each(['سلمان', 'بن', 'مرسي'])('beam search on %s returns likeliest first, each scored as score() does', (ar) => {
    const best = neural.decode(ar, 5, undefined, 8);
    expect(best.length).toBe(5);
    for (let i = 0; i < best.length; i++) {
      expect(best[i]!.logProb).toBeCloseTo(neural.score(ar, best[i]!.en), 4);
      if (i > 0) expect(best[i]!.logProb).toBeLessThanOrEqual(best[i - 1]!.logProb);
    }
    // A wider beam never finds a worse best.
    expect(neural.decode(ar, 1, undefined, 32)[0]!.logProb).toBeGreaterThanOrEqual(best[0]!.logProb - 1e-9);
  });

  it('held to a word list, spells only its words', () => {
    const words = createLexicon(['bin', 'salman', 'sam'].join('\n'));
    const listed = neural.decode('سلمان', 3, words, 8).map((c) => c.en);
    expect(listed.length).toBeGreaterThan(0);
    for (const en of listed) expect(['bin', 'salman', 'sam']).toContain(en);
    expect(neural.decode('سلمان', 3, createLexicon('xyz'), 8)).toEqual([]);
  });

  it('knows the letters it was trained on and reads others as unknown', () => {
    expect(neural.knows('س')).toBe(true);
    expect(neural.knows('ق')).toBe(false);
    expect(neural.decode('قس', 1)[0]!.en.length).toBeGreaterThan(0);
    expect(neural.decode('', 3)).toEqual([]);
  });
});
