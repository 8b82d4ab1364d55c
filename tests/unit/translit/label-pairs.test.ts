// Whole-name labels split into word pairs, and labels that must give none.
import { describe, expect, it } from 'vitest';
import { labelWordPairs } from '@/scripts/train/translit/label-pairs';
import { formatLabelPairs, parseLabelPairs } from '@/scripts/train/translit/pairs';
import { arabicKey } from '@/lib/translit/key';

const pairs = (ar: string, en: string) => labelWordPairs(ar, en).map((p) => `${p.ar}:${p.en}`);
const want = (...p: [string, string][]) => p.map(([a, e]) => `${arabicKey(a)}:${e}`);

describe('labelWordPairs', () => {
  it.each([
    ['منير الجويني', 'Mounir Jouini', want(['منير', 'mounir'], ['الجويني', 'jouini'])],
    ['بشار الأسد', 'Bashar al-Assad', want(['بشار', 'bashar'], ['الأسد', 'assad'])],
    ['سلطان النيادي', 'Sultan Al Neyadi', want(['سلطان', 'sultan'], ['النيادي', 'neyadi'])],
    ['جان بيار لويس', 'Jean-Pierre Louis', want(['جان', 'jean'], ['بيار', 'pierre'], ['لويس', 'louis'])],
    ['أنغيلا ميركل', 'Angela Merkel', want(['أنغيلا', 'angela'], ['ميركل', 'merkel'])],
    ['فيليبو مانيينو', 'Filippo Mannino (footballer)', want(['فيليبو', 'filippo'], ['مانيينو', 'mannino'])],
  ])('%s / %s', (ar, en, expected) => {
    expect(pairs(ar, en)).toEqual(expected);
  });

  it.each([
    ['عبد الرحمن', 'Abdulrahman'], // fused on one side only: no word-by-word reading
    ['وزارة الخارجية', 'Ministry of Foreign Affairs'], // translated, not transliterated
    ['الرئيس محمد', 'Mohammed Morsi'], // a title on one side: the second pair cannot spell
    ['أحمد', 'Zog'], // not a spelling of the word at all
    ['', 'Nobody'],
    ['محمد علي', ''],
  ])('%s / %s gives nothing', (ar, en) => {
    expect(pairs(ar, en)).toEqual([]);
  });
});

describe('label-pairs.tsv', () => {
  it('reads back what it writes, sorted', () => {
    const text = formatLabelPairs(
      new Map([
        ['منير\tmounir', 2],
        ['الجويني\tjouini', 1],
      ]),
    );
    expect(text).toBe('الجويني\tjouini\t1\nمنير\tmounir\t2\n');
    expect(parseLabelPairs(text)).toEqual([
      { ar: 'الجويني', en: 'jouini', count: 1 },
      { ar: 'منير', en: 'mounir', count: 2 },
    ]);
  });
  it('skips lines without a pair or a count', () => {
    expect(parseLabelPairs('\nمنير\n\tx\t1\nمنير\tmounir\t0\n')).toEqual([]);
  });
});
