import { describe, expect, it } from 'vitest';
import { alignPairs } from '../../../scripts/train/translit/align';
import { createDecoder } from '../../../lib/translit/decode';
import { loadTranslit } from '../../../lib/translit/guess';
import { continuationCounts, discounts, trainNgrams } from '../../../scripts/train/translit/ngram-train';
import type { TranslitModel } from '../../../lib/translit/types';
import { TOY_NAMES } from './toy-names';

type Counts = Map<string, Map<number, number>>;
const counts = (o: Record<string, Record<number, number>>): Counts =>
  new Map(Object.entries(o).map(([k, v]) => [k, new Map(Object.entries(v).map(([w, n]) => [Number(w), n]))]));
const plain = (c: Counts) => Object.fromEntries([...c].map(([k, v]) => [k, Object.fromEntries(v)]));

describe('continuationCounts (order 3)', () => {
  const raw = counts({
    '1 2': { 3: 5 },
    '4 2': { 3: 1, 5: 2 },
    '0 2': { 3: 7 },
    '0': { 2: 7 },
    '2': { 3: 13, 5: 2 },
    '': { 2: 7, 3: 13, 5: 2 },
  });
  const cont = plain(continuationCounts(raw, 3));

  it.each([
    ['1 2', { 3: 5 }], // top order keeps raw counts
    ['4 2', { 3: 1, 5: 2 }],
    ['0 2', { 3: 7 }], // a word-start history has no left context: raw counts
    ['0', { 2: 7 }],
    ['2', { 3: 3, 5: 1 }], // 3 follows "2" after three distinct units (1, 4, word start)
    ['', { 2: 1, 3: 1, 5: 1 }],
  ])('%s → %j', (key, want) => {
    expect(cont[key]).toEqual(want);
  });

  it.each([
    ['2', { 3: 13, 5: 2 }], // raw counts must not survive below the top order
    ['', { 2: 7, 3: 13, 5: 2 }],
  ])('%s is not the raw %j', (key, raw) => {
    expect(cont[key]).not.toEqual(raw);
  });
});

describe('discounts', () => {
  it.each([
    [{ '': { 1: 1, 2: 1, 3: 2 } }, 0, 0.5], // n1 = 2, n2 = 1 → 2 / (2 + 2)
    [{ '': { 1: 1.4, 2: 0.6, 3: 2.2 } }, 0, 0.5], // fractional counts are rounded first
    [{ '7': { 1: 1, 2: 1, 3: 1 } }, 1, 0.95], // no doubletons: capped below 1
    [{ '7': { 1: 2, 2: 2 } }, 1, 0.05], // no singletons: floored above 0
    [{ '7 8': { 1: 9 } }, 2, 0.5], // nothing to estimate from
  ])('%j at history length %i → %f', (c, len, want) => {
    expect(discounts(counts(c), 3)[len]).toBeCloseTo(want, 5);
  });
});

// The toy names of guess.test.ts, this time under Kneser-Ney.
const toySeqs = TOY_NAMES.map((units) => ({ units, weight: 1 }));

describe('a Kneser-Ney unit model', () => {
  const model: TranslitModel = {
    ...trainNgrams(toySeqs, { order: 3, minUnitCount: 1, minNgramCount: 1, smoothing: 'kn' }),
    table: {},
  };
  const t = loadTranslit(model);

  it('records how it is smoothed', () => {
    expect(model.smoothing).toBe('kn');
    expect(model.discounts).toHaveLength(3);
  });

  it.each([
    ['محمد', 'Muhammad'],
    ['بشار', 'Bashar'],
    ['سلمان', 'Salman'],
    ['نصر', 'Nasr'],
    ['الاسد', 'Asad'],
  ])('%s → %s', (ar, en) => {
    expect(t.guessToken(ar)).toBe(en);
  });

  it.each([
    ['محمد', 'Mhmd'],
    ['بكر', 'Bkr'],
    ['سلمان', 'Slmn'],
  ])('%s is not %s', (ar, wrong) => {
    expect(t.guessToken(ar)).not.toBe(wrong);
  });

  it('gives candidates log-probabilities that are proper (sum ≤ 1)', () => {
    // اسد can be "asad" or "sad" (ا|a or the silent ا| of the article): p(اسد) sums both.
    const all = createDecoder(model, 50).decode('اسد', 100);
    const total = all.reduce((s, c) => s + Math.exp(c.logProb), 0);
    expect(all.map((c) => c.en)).toEqual(expect.arrayContaining(['asad', 'sad']));
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(1);
  });
});

describe('alignPairs', () => {
  const pairs = [
    { ar: 'بكر', en: 'bakr', weight: 1 },
    { ar: 'بكر', en: 'bakir', weight: 1 },
    { ar: 'كر', en: 'kar', weight: 1 },
    { ar: 'ب', en: 'bbbbbbbbbbbb', weight: 1 }, // too many letters for one Arabic letter
  ];
  const out = alignPairs(pairs, { maxAr: 1, maxEn: 3, iterations: 3 });

  it.each([0, 1, 2])('pair %i spells its English and has a finite log-probability', (i) => {
    const a = out[i]!;
    expect(a.units.map((u) => u.split('|')[1]).join('')).toBe(pairs[i]!.en);
    expect(a.units.map((u) => u.split('|')[0]).join('')).toBe(pairs[i]!.ar);
    expect(a.logProb).toBeLessThanOrEqual(0);
    expect(Number.isFinite(a.logProb)).toBe(true);
  });

  it('returns null for a pair that cannot be aligned', () => {
    expect(out[3]).toBeNull();
  });
});
