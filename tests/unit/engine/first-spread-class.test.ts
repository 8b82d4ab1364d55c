import { describe, expect, it } from 'vitest';
import { candidate, corefMention, FIRST_SPREAD_CLASS, ruleGuess, type Candidate } from '../../../lib/engine/types';

// The object held for V8's first-copy class must have that class: the fields a spread copy of a
// candidate adds to {}, in the same order (a class is its fields and their order).
describe('FIRST_SPREAD_CLASS', () => {
  const root = ruleGuess(0, 2, 'person');
  const cases: [string, Candidate][] = [
    ['a rule guess', ruleGuess(3, 5, 'place', 'و', 'القاهره')],
    ['a coreference mention', corefMention(7, 8, root, { prefix: '', stem: 'محمد' })],
    ['a candidate from a partial literal', candidate({ ...root, source: 'tagger' })],
  ];

  it.each(cases)('has the fields of a spread copy of %s, in order', (_, c) => {
    expect(Object.keys(FIRST_SPREAD_CLASS)).toEqual(Object.keys({ ...c, end: c.end + 1 }));
  });

  it('differs from a copy whose fields come in another order or number', () => {
    const { start, ...rest } = root;
    expect(Object.keys(FIRST_SPREAD_CLASS)).not.toEqual(Object.keys({ ...rest, start }));
    expect(Object.keys(FIRST_SPREAD_CLASS)).not.toEqual(Object.keys(rest));
  });
});
