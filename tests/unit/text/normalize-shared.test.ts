import { describe, expect, it } from 'vitest';
import { normalize, normalizeShared } from '../../../lib/text/normalize';

// normalizeShared reuses the previous result only for the same string; any other string is
// normalised afresh (a stale answer would shift every offset of the page).
describe('normalizeShared', () => {
  const texts = ['قالَ الرئيسُ', 'قال الرئيس', 'ﻻ ٣ أمس', '', 'قالَ الرئيسُ', 'plain text'];
  it.each(texts.map((t, i) => [i, t] as const))('call %i equals normalize()', (_, t) => {
    const got = normalizeShared(t);
    const want = normalize(t);
    expect(got.text).toBe(want.text);
    expect(Array.from(got.map)).toEqual(Array.from(want.map));
  });

  it('returns the same object for the same string and a new one for another', () => {
    const a = normalizeShared('وزيرة الخارجية');
    expect(normalizeShared('وزيرة الخارجية')).toBe(a);
    const b = normalizeShared('وزيرة الخارجيه');
    expect(b).not.toBe(a);
    expect(b.text).toBe(a.text); // same normal form, different input
    expect(normalizeShared('وزيرة الخارجية')).not.toBe(b);
  });
});
