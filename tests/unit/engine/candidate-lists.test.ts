import { describe, expect, it } from 'vitest';
import {
  coverIndex,
  covered,
  fromSource,
  holdsShorter,
  notFromGazetteer,
  untaken,
} from '../../../lib/engine/candidate-lists';
import { ruleGuess, type Candidate } from '../../../lib/engine/types';

const tagger = (start: number, end: number): Candidate => ({ ...ruleGuess(start, end, 'person'), source: 'tagger' });
const gaz = (start: number, end: number): Candidate => ({ ...ruleGuess(start, end, 'place'), source: 'gazetteer' });

describe('candidate lists', () => {
  it('covered marks each covered token and no other', () => {
    expect([...covered([ruleGuess(1, 3, 'person'), ruleGuess(5, 6, 'place')], 7)]).toEqual([0, 1, 1, 0, 0, 1, 0]);
    expect([...covered([], 3)]).toEqual([0, 0, 0]);
  });

  it('coverIndex gives the last candidate over a token, -1 where none is', () => {
    expect([...coverIndex([ruleGuess(0, 3, 'person'), ruleGuess(2, 4, 'place')], 5)]).toEqual([0, 0, 1, 1, -1]);
  });

  it.each([
    ['a candidate whose first token is free', [0, 0, 0], true],
    ['one whose first token is taken', [0, 1, 0], false],
    ['one whose later token alone is taken', [0, 0, 1], true],
  ])('untaken: %s', (_, taken, kept) => {
    expect(untaken([ruleGuess(1, 3, 'person')], Uint8Array.from(taken))).toHaveLength(kept ? 1 : 0);
  });

  it('fromSource and notFromGazetteer keep the order and only their sources', () => {
    const list = [tagger(0, 1), gaz(1, 2), ruleGuess(2, 3, 'person'), tagger(3, 4)];
    expect(fromSource(list, 'tagger')).toEqual([list[0], list[3]]);
    expect(fromSource(list, 'rule')).toEqual([list[2]]);
    expect(fromSource(list, 'coref')).toEqual([]);
    expect(notFromGazetteer(list)).toEqual([list[0], list[2], list[3]]);
  });

  it.each([
    ['one shorter reading inside', [tagger(2, 4)], true],
    ['two shorter readings inside', [tagger(1, 2), tagger(3, 5)], true],
    ['none', [], false],
    ['one of the same length', [tagger(1, 5)], false],
    ['one running past the end', [tagger(3, 6)], false],
    ['one starting before', [tagger(0, 2)], false],
    ['one inside and one running past', [tagger(2, 3), tagger(4, 6)], false],
  ])('holdsShorter (rule name over tokens 1-5): %s', (_, overlapping, expected) => {
    expect(holdsShorter(ruleGuess(1, 5, 'organization'), overlapping)).toBe(expected);
  });
});
