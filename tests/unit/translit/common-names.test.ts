// Common names among spellings the model scores alike (lib/translit/common-names.ts), and the bits
// that mark them in the model.
import { describe, expect, it } from 'vitest';
import {
  COMMON_MARGIN,
  createCommonNames,
  decodeBits,
  encodeBits,
  preferCommon,
  skeleton,
} from '../../../lib/translit/common-names';
import type { Candidate, Decoder } from '../../../lib/translit/decode';
import { bestSpelling, createLexicon } from '../../../lib/translit/lexicon';
import { commonBits } from '../../../scripts/train/translit/common-bits';

describe('encodeBits / decodeBits', () => {
  it.each([[[]], [[1]], [[255, 0]], [[1, 2, 3]], [[0, 128, 7, 64]], [[9, 8, 7, 6, 5]]])('%j round-trips', (bytes) => {
    const bits = Uint8Array.from(bytes);
    expect([...decodeBits(encodeBits(bits))]).toEqual(bytes);
  });
});

describe('skeleton', () => {
  it.each([
    ['atherton', 'thrtn'],
    ['etherton', 'thrtn'],
    ['landell', 'lndl'],
    ['igor', 'gr'],
    ['upson', 'bsn'],
    ['pinto', 'bnt'], // ب writes p and b alike
    ['bento', 'bnt'],
    ['pisano', 'bsn'], // ز writes s in foreign names
    ['pezzano', 'bsn'],
    ['victor', 'fktr'],
    ['viktor', 'fktr'],
    ['jackson', 'jksn'], // ck is one k
    ['qasim', 'ksm'],
  ])('%s → %s', (en, want) => expect(skeleton(en)).toBe(want));

  // Must stay apart: letters Arabic writes differently.
  it.each([
    ['pinto', 'minto'],
    ['salem', 'shalem'], // ش is not س
    ['tusk', 'dusk'],
    ['gordon', 'jordan'], // g and j are kept apart
    ['best', 'west'],
  ])('%s and %s differ', (a, b) => expect(skeleton(a)).not.toBe(skeleton(b)));
});

describe('common names of the word list', () => {
  const list = createLexicon(
    ['abson', 'arlen', 'atherton', 'bentto', 'erlin', 'etherton', 'igor', 'minto', 'pinto', 'upson'].join('\n'),
  );
  const common = createCommonNames(
    list,
    commonBits(list, ['Atherton\nIgor\nUpson\nArlen\nPinto\nMinto\nsmith\nNATO\n']),
  );
  it.each([
    ['atherton', true],
    ['igor', true],
    ['upson', true],
    ['etherton', false], // in the list, not a common name
    ['smith', false], // a common name the list lacks
    ['nato', false],
  ])('%s: %s', (en, want) => expect(common(en)).toBe(want));

  const c = (en: string, logProb: number): Candidate => ({ en, logProb });
  const score = (x: Candidate) => x.logProb;
  const listed = (en: string) => list.indexOf(en) >= 0;
  it.each([
    // A common name of the same shape nearly as likely replaces a rare one.
    [c('etherton', -20), [c('atherton', -22)], 'atherton'],
    [c('erlin', -15), [c('arlen', -15 - COMMON_MARGIN)], 'arlen'],
    // Must not change: too unlikely, another shape, not listed, or the choice already common.
    [c('erlin', -15), [c('arlen', -15.1 - COMMON_MARGIN)], 'erlin'],
    [c('abson', -13), [c('upsen', -14), c('igor', -13)], 'abson'],
    [c('abson', -13), [c('ibson', -13)], 'abson'],
    [c('upson', -13), [c('upson', -13), c('abson', -12)], 'upson'],
    // A common name whose consonants one Arabic letter writes alike (ب: p, b) replaces a rare one.
    [c('bentto', -12), [c('pinto', -14)], 'pinto'],
    [c('bentto', -12), [c('minto', -12)], 'bentto'], // m is not b
  ])('%j among %j → %s', (choice, candidates, want) => {
    expect(preferCommon(choice, candidates, listed, common, score).en).toBe(want);
  });

  it('bestSpelling writes the common name where the model finds it nearly as likely', () => {
    const decoder: Decoder = {
      decode: (_key, n = 1, only) => (only ? [c('etherton', -20), c('atherton', -22)] : [c('ethrtn', -19)]).slice(0, n),
      knows: () => true,
    };
    expect(bestSpelling(decoder, 'اثرتون', list)?.en).toBe('etherton');
    expect(bestSpelling(decoder, 'اثرتون', list, undefined, common)?.en).toBe('atherton');
  });
});
