import { describe, expect, it } from 'vitest';
import { clitics } from '../../../lib/ner/model/stem';
import { decodeSparse, encodeSparse, fromBase64, toBase64 } from '../../../lib/ner/model/codec';
import { normalizeText } from '../../../lib/text';

describe('clitics', () => {
  // [token, pre, article, definite, bare, alt] — forms are normalised (ي for ى/ئ, ه for ة, ا for أ).
  const cases: [string, string, boolean, string, string, string | null][] = [
    ['والرئيس', 'و', true, 'الرييس', 'رييس', null],
    ['للأمم', 'ل', true, 'الامم', 'امم', null],
    ['وللأمم', 'ول', true, 'الامم', 'امم', null],
    ['بالعراق', 'ب', true, 'العراق', 'عراق', null],
    ['فالحكومة', 'ف', true, 'الحكومه', 'حكومه', null],
    // Must NOT be split: the first letter is part of the word.
    ['وزير', '', false, 'وزير', 'وزير', 'زير'],
    ['بوتين', '', false, 'بوتين', 'بوتين', null],
    ['لبنان', '', false, 'لبنان', 'لبنان', null],
    ['كابول', '', false, 'كابول', 'كابول', null],
    ['الله', '', true, 'الله', 'له', null],
    ['لله', '', false, 'لله', 'لله', null],
  ];
  it.each(cases)('%s', (word, pre, article, definite, bare, alt) => {
    expect(clitics(normalizeText(word))).toEqual({ pre, article, definite, bare, alt });
  });
});

describe('sparse weight codec', () => {
  it.each([
    [[0, 0, 5, 0, -3, 0, 0, 0, 200000, -1]],
    [[0, 0, 0]],
    [[1]],
  ])('round-trips %j', (values) => {
    const bytes = encodeSparse(Int32Array.from(values));
    const back = decodeSparse(fromBase64(toBase64(bytes)), values.length, 2);
    expect([...back]).toEqual(values.map((v) => v / 2));
  });

  it.each([[[]], [[1]], [[1, 2]], [[1, 2, 3]], [[255, 0, 128, 7]]])('base64 round-trips %j', (bytes) => {
    expect([...fromBase64(toBase64(Uint8Array.from(bytes)))]).toEqual(bytes);
  });

  it('rejects a table that overflows the declared size', () => {
    const bytes = encodeSparse(Int32Array.from([0, 0, 0, 4]));
    expect(() => decodeSparse(bytes, 2, 1)).toThrow();
  });
});
