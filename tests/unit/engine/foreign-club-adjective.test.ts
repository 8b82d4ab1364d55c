// A club named by a common word (الشمال "the north") and followed by another country's adjective
// is the common word: في الشمال الروسي is Russia's north, not the club, which is Qatar's; its own
// country's adjective, or none, still names the club; on a sports page another country's adjective
// names a namesake club.
import { describe, expect, it } from 'vitest';
import { createEngine } from '@/lib/engine';
import type { GazetteerEntry } from '@/lib/types';
import { smallData, typedBy } from './fixture';

const EXTRA: GazetteerEntry[] = [
  { id: 'Q846', type: 'place', en: 'Qatar', ar: ['قطر'], desc: 'Country', country: 'QA' },
  {
    id: 'hamish:org:al-shamal-sc',
    type: 'organization',
    en: 'Al-Shamal',
    ar: ['الشمال'],
    ambiguous: ['الشمال'],
    desc: 'Qatari football club',
    country: 'QA',
  },
];
const engine = createEngine(
  smallData({}, EXTRA, { 'قطري': { countryId: 'Q846', countryEn: 'Qatar', adjective: 'Qatari' } }),
);
const bodies = typedBy(engine, 'organization');

describe("a club followed by another country's adjective", () => {
  const CASES: [text: string, expected: string[]][] = [
    ['وفاز الشمال القطري على ضيفه أمس', ['الشمال']],
    // a sports page: the namesake club of another country
    ['وتعادل الفريق في المباراة أمام الشمال الروسي بهدف في الدوري', ['الشمال']],
    // must not match: another country's adjective makes the common word
    ['وتقدمت القوات في الشمال الروسي أمس', []],
    ['وتساقط الثلج بكثافة في الشمال الأميركي هذا الأسبوع', []],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(bodies(text).map((s) => s.split(' ')[0])).toEqual(expected);
  });
});
