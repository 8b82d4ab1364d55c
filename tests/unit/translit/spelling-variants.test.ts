import { describe, expect, it } from 'vitest';
import { oneLetterVariants } from '../../../scripts/train/translit/spelling-variants';

describe('oneLetterVariants', () => {
  it.each([
    ['iwadari', 'iwadare'], // i for e
    ['gunnock', 'gunock'], // a doubled letter once
    ['haringa', 'harringa'], // a consonant doubled
    ['umelko', 'omelko'], // u for o
    ['rednik', 'rednic'], // k for c
    ['shenkichi', 'shinkichi'], // e for i
  ])('%s has the variant %s', (en, variant) => {
    expect(oneLetterVariants(en)).toContain(variant);
  });

  it.each([
    ['iwadari', 'iwadare'.toUpperCase()], // case is never changed
    ['haringa', 'hharinga'], // the first letter is never doubled
    ['haringa', 'haaringa'], // nor a vowel
    ['mazari', 'mazzarri'], // two changes are not one
    ['panos', 'banus'], // p/b is not among them
    ['sam', 'sam'], // never itself
  ])('%s has no variant %s', (en, variant) => {
    expect(oneLetterVariants(en)).not.toContain(variant);
  });
});
