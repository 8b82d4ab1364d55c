import { describe, expect, it } from 'vitest';
import type { Candidate, Decoder } from '../../../lib/translit/decode';
import { bestSpelling, createLexicon } from '../../../lib/translit/lexicon';
import { features, FEATURES, merge, ranked, type Context, type Found } from '../../../lib/translit/ranker';
import shipped from '../../../lib/translit/ranker-weights.generated.json';

const at = (name: (typeof FEATURES)[number]) => FEATURES.indexOf(name);
/** Weights that read one feature alone. */
const only = (name: (typeof FEATURES)[number], w = 1) => FEATURES.map((f) => (f === name ? w : 0));
const ctx = (key: string, baseline: string, listed: string[] = [], common: string[] = []): Context => ({
  key,
  listed: (en) => listed.includes(en),
  common: (en) => common.includes(en),
  baseline,
  top: -20,
});
const found = (en: string, logProb = -20, freeRank = 0, listRank = -1): Found => ({ en, logProb, freeRank, listRank });

describe('features', () => {
  it('has one value per name', () => {
    expect(features(found('harbin'), ctx('هاربين', 'harbin'))).toHaveLength(FEATURES.length);
  });

  it('the shipped weights are for these features', () => {
    expect(shipped.features).toEqual([...FEATURES]);
    expect(shipped.weights).toHaveLength(FEATURES.length);
  });

  it.each([
    ['هاربين', 'harbin', 1], // ن: a consonant ends both
    ['هاربين', 'harbina', 0],
    ['ميهتا', 'mehta', 1], // ا: a vowel
    ['ميهتا', 'mehtah', 1], // a vowel and a silent h
    ['ميهتا', 'meht', 0],
    ['موريسيت', 'morissette', 0], // ت: the English e is silent, yet it is a vowel letter
    ['جيني', 'jenny', 1], // y
    ['فاطمة', 'fatma', 1], // ة
  ])('%s / %s: the ending agrees %i', (key, en, want) => {
    expect(features(found(en), ctx(key, en))[at('endAgrees')]).toBe(want);
  });

  it.each([
    ['atherton', 'etherton', 1], // same consonants
    ['pinto', 'bento', 1], // p and b: one Arabic letter
    ['harbin', 'harpin', 1],
    ['harbin', 'harlin', 0],
    ['mehta', 'meta', 0],
  ])('%s beside the rule choice %s: same shape %i', (en, baseline, want) => {
    expect(features(found(en), ctx('x', baseline))[at('sameShape')]).toBe(want);
  });

  it('reads the list, the common names, the rule choice and the ranks', () => {
    const f = features(found('atherton', -21, 3, 0), ctx('اثرتون', 'etherton', ['atherton'], ['atherton']));
    expect(f[at('listed')]).toBe(1);
    expect(f[at('common')]).toBe(1);
    expect(f[at('baseline')]).toBe(0);
    expect(f[at('belowTop')]).toBe(1);
    expect(f[at('freeRank')]).toBeCloseTo(Math.log(4), 9);
    expect(f[at('unranked')]).toBe(0);
    const g = features(found('etherton', -20, -1, 1), ctx('اثرتون', 'etherton'));
    expect(g[at('listed')]).toBe(0);
    expect(g[at('baseline')]).toBe(1);
    expect(g[at('unranked')]).toBe(1);
    expect(g[at('firstFree')]).toBe(0);
  });
});

describe('merge', () => {
  it("keeps each spelling once, at its higher score, with both searches' ranks", () => {
    const free: Candidate[] = [
      { en: 'washntn', logProb: -20 },
      { en: 'washington', logProb: -23 },
    ];
    const listed: Candidate[] = [
      { en: 'washington', logProb: -22 },
      { en: 'washingtn', logProb: -25 },
    ];
    expect(merge(free, listed)).toEqual([
      { en: 'washntn', logProb: -20, freeRank: 0, listRank: -1 },
      { en: 'washington', logProb: -22, freeRank: 1, listRank: 0 },
      { en: 'washingtn', logProb: -25, freeRank: -1, listRank: 1 },
    ]);
  });
});

describe('ranked', () => {
  const cands = [found('washntn', -20, 0), found('washington', -24, 1, 0)];
  it.each([
    ['baseline', 'washntn'], // the rule's choice alone changes nothing
    ['listed', 'washington'],
    ['logProb', 'washntn'],
  ] as const)('weighing %s alone picks %s', (name, want) => {
    expect(ranked(cands, ctx('واشنطن', 'washntn', ['washington']), only(name))?.en).toBe(want);
  });

  it('keeps the first of equals, and nothing of nothing', () => {
    expect(
      ranked(
        cands,
        ctx('واشنطن', 'washntn'),
        FEATURES.map(() => 0),
      )?.en,
    ).toBe('washntn');
    expect(ranked([], ctx('واشنطن', 'washntn'), only('listed'))).toBeUndefined();
  });
});

describe('bestSpelling with the shipped ranker', () => {
  const fake = (free: Candidate[], listed: Candidate[]): Decoder => ({
    decode: (_k, n = 1, only) => (only ? listed : free).slice(0, n),
    knows: () => true,
  });
  const lexicon = createLexicon(['atherton', 'etherton', 'washington'].join('\n'));
  const common = (en: string) => en === 'atherton';
  it.each([
    // The list's spelling two nats below the model's own: the list's.
    ['واشنطن', [['washntn', -20]], [['washington', -22]], 'washington'],
    // Ten nats below: the model's own (must not change).
    ['واشنطن', [['washntn', -20]], [['washington', -30]], 'washntn'],
    // A common name of the same shape a nat below a rare one.
    [
      'اثرتون',
      [['etherton', -20]],
      [
        ['etherton', -20],
        ['atherton', -21],
      ],
      'atherton',
    ],
    // An Arabic name, no list search: the model's own first (must not change).
    [
      'صالح',
      [
        ['salih', -20],
        ['saleh', -20.5],
      ],
      [],
      'salih',
    ],
  ] as [string, [string, number][], [string, number][], string][])('%s: free %j, listed %j → %s', (key, f, l, want) => {
    const free = f.map(([en, logProb]) => ({ en, logProb }));
    const listed = l.map(([en, logProb]) => ({ en, logProb }));
    expect(bestSpelling(fake(free, listed), key, lexicon, free, common)?.en).toBe(want);
  });
});
