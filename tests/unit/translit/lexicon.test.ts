import { describe, expect, it } from 'vitest';
import { createDecoder, type Candidate, type Decoder } from '../../../lib/translit/decode';
import { bestSpelling, createLexicon, LEXICON_BONUS, listedFor, type Lexicon } from '../../../lib/translit/lexicon';
import { trainNgrams } from '../../../scripts/train/translit/ngram-train';
import { lexiconWords } from '../../../scripts/train/translit/lexicon-words';
import type { TranslitModel } from '../../../lib/translit/types';
import { TOY_NAMES } from './toy-names';

const list = createLexicon(['ab', 'abc', 'abd', 'b', 'ba'].join('\n'));
/** The words of the list that a spelling, written in pieces, leaves. */
function range(...pieces: string[]): [number, number] | null {
  let r: ReturnType<Lexicon['all']> | null = list.all();
  let depth = 0;
  for (const p of pieces) {
    if (!r) return null;
    r = list.extend(r, depth, p);
    depth += p.length;
  }
  return r ? [r.lo, r.hi] : null;
}

describe('createLexicon', () => {
  it.each([
    [['a'], [0, 3]],
    [['ab'], [0, 3]],
    [
      ['a', 'b'],
      [0, 3],
    ],
    [
      ['ab', 'c'],
      [1, 2],
    ],
    [
      ['a', 'bd'],
      [2, 3],
    ],
    [['b'], [3, 5]],
    [['ba'], [4, 5]],
  ])('%j leaves words %j', (pieces, want) => {
    expect(range(...pieces)).toEqual(want);
  });

  it.each([[['c']], [['abx']], [['ab', 'cd']], [['bb']], [['A']]])('%j leaves no word', (pieces) => {
    expect(range(...pieces)).toBeNull();
  });

  it.each([
    ['ab', true],
    ['abc', true],
    ['b', true],
    ['a', false], // a prefix of words, not a word
    ['', false],
  ])('"%s" is a word: %s', (spelling, want) => {
    const r = spelling ? list.extend(list.all(), 0, spelling) : list.all();
    expect(!!r && list.complete(r, spelling.length)).toBe(want);
  });

  // One-letter words outgrow the start buffer (sized for words of 8 letters); long ones leave it
  // mostly empty: either way every word is found at its place, and nothing else is.
  const short = Array.from({ length: 40 }, (_, i) => String.fromCharCode(65 + i));
  const long = ['a'.repeat(60), 'b'.repeat(60), 'c'.repeat(61)];
  it.each([
    ['one-letter words', short],
    ['long words', long],
    ['a single word', ['washington']],
  ])('%s: size and every place right', (_name, words) => {
    const lexicon = createLexicon(words.join('\n'));
    expect(lexicon.size).toBe(words.length);
    expect(words.map((w) => lexicon.indexOf(w))).toEqual(words.map((_, i) => i));
    expect(lexicon.indexOf(words[0]!.slice(0, -1) + '~')).toBe(-1);
    expect(lexicon.indexOf(words[words.length - 1]! + 'a')).toBe(-1);
  });

  it('an empty list holds nothing', () => {
    const empty = createLexicon('');
    expect(empty.size).toBe(0);
    expect(empty.extend(empty.all(), 0, 'a')).toBeNull();
  });
});

describe('the decoder held to a word list', () => {
  const toy: TranslitModel = {
    ...trainNgrams(
      TOY_NAMES.map((units) => ({ units, weight: 3 })),
      { order: 3, minUnitCount: 1, minNgramCount: 1 },
    ),
    table: {},
  };
  const decoder = createDecoder(toy);
  const held = (words: string[]) => decoder.decode('محمد', 3, createLexicon(words.sort().join('\n'))).map((c) => c.en);

  it('spells freely without a list', () => {
    expect(decoder.decode('محمد')[0]?.en).toBe('muhammad');
  });

  it.each([
    [['muhamad'], ['muhamad']], // the model's fourth spelling, the list's only word
    [
      ['mhamad', 'muhamad', 'zaid'],
      ['muhamad', 'mhamad'],
    ], // best first; a word it cannot spell is left out
    [['muham', 'muhammadi'], []], // prefixes and extensions of its spellings are not its spellings
    [['mohamed'], []], // vowels the units never write
  ])('list %j → %j', (words, want) => {
    expect(held(words)).toEqual(want);
  });

  it('scores a listed spelling as the free search does', () => {
    const free = decoder.decode('محمد', 8).find((c) => c.en === 'muhamad');
    expect(decoder.decode('محمد', 1, createLexicon('muhamad'))[0]?.logProb).toBeCloseTo(free!.logProb, 9);
  });
});

// The rule alone (no ranker weights): the ranker reads its choice as one of its features (ranker.test.ts).
describe('bestSpelling', () => {
  /** A decoder that answers with the given best spelling, free and held to the list. */
  const fake = (free?: Candidate, listed?: Candidate): Decoder => ({
    decode: (_key, _n, only) => {
      const c = only ? listed : free;
      return c ? [c] : [];
    },
    knows: () => true,
  });
  const lexicon = createLexicon('washington');
  const own = { en: 'washntn', logProb: -20 };
  it.each([
    [own, { en: 'washington', logProb: -22 }, 'washington'],
    [own, { en: 'washington', logProb: -20 - LEXICON_BONUS }, 'washington'],
    [own, { en: 'washington', logProb: -20.1 - LEXICON_BONUS }, 'washntn'], // too unlikely: the model's own
    [own, undefined, 'washntn'], // nothing of the list spells the word
    [undefined, { en: 'washington', logProb: -30 }, 'washington'],
  ])('%j or %j → %s', (free, listed, want) => {
    expect(bestSpelling(fake(free, listed), 'واشنطن', lexicon, undefined, null, null)?.en).toBe(want);
  });

  it.each([
    ['عبدي', 'abdi'], // ع: an Arabic name keeps the model's spelling however likely the list's
    ['البرعصي', 'barasi'],
    ['صالح', 'salih'],
  ])("%s keeps the model's %s", (key, en) => {
    expect(bestSpelling(fake({ en, logProb: -20 }, { en: 'listed', logProb: -19 }), key, lexicon)?.en).toBe(en);
  });

  it.each([['واشنطن'], ['هاربين'], ['ميهتا'], ['قاسم']])("%s may take the list's spelling", (key) => {
    expect(listedFor(key)).toBe(true);
  });

  /** A decoder whose search held to the list answers with these spellings, best first. */
  const fakeList = (free: Candidate, listed: Candidate[]): Decoder => ({
    decode: (_key, n = 1, only) => (only ? listed.slice(0, n) : [free]),
    knows: () => true,
  });
  it.each([
    // Held to the list, the model may drop a consonant to reach a listed word: such words never win.
    ['ناتوار', 'natwar', ['nato', 'natoire'], 'natoire'],
    ['الرسام', 'rsam', ['sam', 'ressam'], 'ressam'],
    ['ناتوار', 'natwar', ['nato', 'nat', 'nt'], 'natwar'], // no listed word can spell it: the model's own
    // A listed word that can spell the word keeps its place.
    ['لانديل', 'landil', ['landell', 'landel'], 'landell'],
    ['ابسون', 'abson', ['abson', 'upson'], 'abson'],
  ])('%s: own %s, listed %j → %s', (key, own, listed, want) => {
    const decoder = fakeList(
      { en: own, logProb: -20 },
      listed.map((en, i) => ({ en, logProb: -21 - i })),
    );
    expect(bestSpelling(decoder, key, lexicon, undefined, null, null)?.en).toBe(want);
  });

  it('spells freely without a list', () => {
    expect(bestSpelling(fake(own, { en: 'washington', logProb: -21 }), 'واشنطن', null)?.en).toBe('washntn');
  });
});

describe('lexiconWords', () => {
  it('keeps training spellings and the capitalised words of a list, sorted', () => {
    const list = "Washington\nwashington\nAlbright\nNATO\nO'Neil\nÉmile\nZ\nemerson\n";
    expect(lexiconWords(['mohammed', 'albright', ''], list).split('\n')).toEqual([
      'albright',
      'mohammed',
      'washington',
    ]);
  });
});
