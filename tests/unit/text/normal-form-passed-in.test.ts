import { describe, expect, it } from 'vitest';
import { findDates } from '../../../lib/dates/find';
import { normalize } from '../../../lib/text/normalize';
import { tokenize } from '../../../lib/text/tokens';

// The engine normalises a page once and hands the result to the tokenizer and the date finder:
// given it, they answer exactly as they do when they normalise the text themselves.
describe('a normal form passed in', () => {
  const texts = [
    'قالَ الرئيسُ في 5 مارس 2023',
    'قال الرئيس أمس',
    'ﻻ ٣ أمس',
    '',
    'وزيرة الخارجيه في 12 رمضان 1445 هـ',
    'plain text 2024',
  ];
  it.each(texts.map((t, i) => [i, t] as const))('text %i: same tokens and dates', (_, t) => {
    const normal = normalize(t);
    expect(tokenize(t, normal)).toEqual(tokenize(t));
    expect(findDates(t, '2024-05-01', normal)).toEqual(findDates(t, '2024-05-01'));
  });
});
