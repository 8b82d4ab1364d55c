// A known maker between a noun of a machine's model or kind and a model number names the product.
import { describe, expect, it } from 'vitest';
import { createEngine } from '@/lib/engine';
import { smallData, typedBy } from './fixture';

const engine = createEngine(
  smallData({}, [
    { id: 'Q66', type: 'organization', en: 'Boeing', ar: ['بوينج', 'بوينغ'], desc: 'Aircraft maker' },
    { id: 'Q67', type: 'organization', en: 'Airbus', ar: ['إيرباص'], desc: 'Aircraft maker' },
  ]),
);
const bodies = typedBy(engine, 'organization');

describe('makers before a model number', () => {
  const CASES: [text: string, expected: string[]][] = [
    ['وهي من طراز بوينج 767 وتابعة للشركة', []],
    ['وأبلغوا بسقوط طائرة بوينج 757 كان على متنها', []],
    ['وتسلمت الشركة طائرات إيرباص 380 الجديدة', []],
    // must match: the company itself, a year after it, a number with no model noun before it
    ['وقالت بوينج إن مبيعاتها ارتفعت', ['بوينج']],
    ['وأعلنت شركة بوينغ أنها ستسلم 30 طائرة', ['بوينغ']],
    ['وتسلمت الشركة طائرات إيرباص 2006 كلها', ['إيرباص']],
    ['وباعت إيرباص 320 طائرة العام الماضي', ['إيرباص']],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(bodies(text)).toEqual(expected);
  });
});
