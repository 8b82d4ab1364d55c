import { describe, expect, it } from 'vitest';
import { decodeSparse, encodeSparse, fromBase64, toBase64 } from '../../../lib/ner/model/codec';

describe('sparse weight codec', () => {
  it.each([[[0, 0, 5, 0, -3, 0, 0, 0, 200000, -1]], [[0, 0, 0]], [[1]]])('round-trips %j', (values) => {
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
