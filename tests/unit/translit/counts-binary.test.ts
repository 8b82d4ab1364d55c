import { describe, expect, it } from 'vitest';
import shipped from '../../../lib/translit/model.generated.json';
import { buildCounts, createDecoder } from '../../../lib/translit/decode';
import {
  encodeNameCounts,
  NAME_COUNTS_VERSION,
  nameCountsFromBinary,
  nameCountsLoader,
} from '../../../lib/translit/counts-binary';
import { loadTranslit } from '../../../lib/translit/guess';
import type { TranslitModel } from '../../../lib/translit/types';

const model = shipped as TranslitModel;
const bytes = encodeNameCounts(model);

/** A small order-2 Witten-Bell model whose counts need 32 bits. */
const big: TranslitModel = {
  version: 1,
  order: 2,
  units: ['|', 'ب|b', 'ا|a', 'ر|r'],
  ngrams: { '': [90_000, 3, 1, 70_000, 2, 15_000, 3, 5_000], '0': [70_000, 1, 1, 70_000], '1': [100, 2, 2, 60, 0, 40] },
  table: {},
};

// Names the gazetteer would not hold, with the article, long vowels, a letter the model may not
// know (پ), and a one-letter key.
const KEYS = ['بوشكوف', 'كرافتشوك', 'الصفدي', 'ماكرون', 'زيلينسكي', 'اردوغان', 'پاشا', 'ب', 'عبدالرحمن', 'الحداد'];

/** Same values in the same typed-array type (compared as bytes: element-wise equality of 110,000 pairs is slow). */
const sameArray = (a: ArrayBufferView, b: ArrayBufferView): boolean =>
  a.constructor === b.constructor &&
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));

const withU32 = (b: Uint8Array, at: number, v: number): Uint8Array => {
  const c = b.slice();
  new DataView(c.buffer).setUint32(at, v, true);
  return c;
};

describe('the name model counts file', () => {
  it('spells every name as the tables built from the JSON do, with the same probabilities', () => {
    const fromJson = createDecoder(model);
    const fromFile = createDecoder(model, undefined, nameCountsFromBinary(bytes, model));
    for (const key of KEYS) expect(fromFile.decode(key, 5), key).toEqual(fromJson.decode(key, 5));
  });

  it('holds exactly the tables the JSON builds (16-bit counts here)', () => {
    const want = buildCounts(model);
    const got = nameCountsFromBinary(bytes, model);
    expect(new DataView(bytes.buffer).getUint32(28, true)).toBe(2);
    for (const k of ['total', 'types', 'from', 'follow', 'followCount', 'discount', 'backoff'] as const)
      expect(sameArray(got[k], want[k]), k).toBe(true);
    expect([...got.index]).toEqual([...want.index]);
    expect(got.units).toBe(want.units);
  });

  it('keeps counts above 65,535 in 32 bits', () => {
    const b = encodeNameCounts(big);
    expect(new DataView(b.buffer).getUint32(28, true)).toBe(4);
    const got = nameCountsFromBinary(b, big);
    expect(got).toEqual(buildCounts(big));
    expect(createDecoder(big, undefined, got).decode('بار', 2)).toEqual(createDecoder(big).decode('بار', 2));
  });

  it('reads a file that does not start on an aligned byte (a copy, same tables)', () => {
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    const got = nameCountsFromBinary(shifted.subarray(1), model);
    expect(sameArray(got.followCount, buildCounts(model).followCount)).toBe(true);
    expect(sameArray(got.follow, buildCounts(model).follow)).toBe(true);
  });

  it('gives the engine the same spellings through loadTranslit', () => {
    const a = loadTranslit(model);
    const b = loadTranslit(model, nameCountsFromBinary(bytes, model));
    for (const key of KEYS) expect(b.guessName([key], { type: 'person' })).toBe(a.guessName([key], { type: 'person' }));
  });

  const longer = new Uint8Array(bytes.length + 1);
  longer.set(bytes);
  const other: TranslitModel = { ...model, units: [...model.units.slice(0, -1), 'ي|yy'] };
  it.each([
    ['empty', new Uint8Array(0), /0 bytes is shorter than the header/],
    ['cut inside the header', bytes.subarray(0, 20), /shorter than the header/],
    ['truncated by one byte', bytes.subarray(0, bytes.length - 1), /truncated or damaged/],
    ['with a byte added at its end', longer, /truncated or damaged/],
    ['not this file (the tagger mark)', new Uint8Array([0x48, 0x4e, 0x45, 0x52, ...bytes.subarray(4)]), /no HNMC mark/],
    ['a newer layout', withU32(bytes, 4, NAME_COUNTS_VERSION + 1), /layout version 3, this code reads version 2/],
    ['an unknown count width', withU32(bytes, 28, 3), /unknown count width 3/],
    [
      'with its reserved field set (a hash table size in layout 1)',
      withU32(bytes, 20, 1000),
      /1000 in the reserved field/,
    ],
    ['more histories than the file holds', withU32(bytes, 12, 40_000), /truncated or damaged/],
  ])('refuses a file %s with a clear message', (_what, b, message) => {
    expect(() => nameCountsFromBinary(b, model)).toThrow(/^name model counts: /);
    expect(() => nameCountsFromBinary(b, model)).toThrow(message);
  });

  it('the loader checks the file at once and makes the tables only when called', () => {
    expect(() => nameCountsLoader(bytes.subarray(0, bytes.length - 8), model)).toThrow(/truncated or damaged/);
    expect(() => nameCountsLoader(bytes, other)).toThrow(/made from another name model/);
    const later = nameCountsLoader(bytes, model);
    expect(sameArray(later().followCount, buildCounts(model).followCount)).toBe(true);
  });

  it('refuses a file made from another model (a unit changed)', () => {
    expect(() => nameCountsFromBinary(bytes, other)).toThrow(/made from another name model/);
    expect(() => nameCountsFromBinary(encodeNameCounts(big), model)).toThrow(/another name model/);
  });

  it('refuses to write counts that are not whole numbers', () => {
    const odd = { ...big, ngrams: { ...big.ngrams, '1': [100, 2, 2, 60.5, 0, 40] } };
    expect(() => encodeNameCounts(odd)).toThrow(/60.5 is not a count/);
  });

  it('a model without its counts and without the file fails with a message, not a wrong spelling', () => {
    const { ngrams: _gone, ...bare } = big;
    const decoder = createDecoder(bare as TranslitModel);
    expect(() => decoder.decode('بار')).toThrow(/n-gram counts are missing/);
    // With the file, the same model spells as the full one.
    const loaded = createDecoder(bare as TranslitModel, undefined, nameCountsFromBinary(encodeNameCounts(big), big));
    expect(loaded.decode('بار', 2)).toEqual(createDecoder(big).decode('بار', 2));
  });
});
