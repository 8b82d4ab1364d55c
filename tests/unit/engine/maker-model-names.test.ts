// A car maker right before its model's name (نيسان أورفان) names the product, not the company,
// whichever stage read the maker; a second maker (رينو نيسان, an alliance), a verb, a function
// word or a definite word after it leaves the company.
import { describe, expect, it } from 'vitest';
import { createEngine } from '@/lib/engine';
import { smallData, typedBy } from './fixture';

const engine = createEngine(
  smallData({}, [
    { id: 'Q20165', type: 'organization', en: 'Nissan', ar: ['نيسان'], desc: 'Car maker' },
    { id: 'Q6686', type: 'organization', en: 'Renault', ar: ['رينو'], desc: 'Car maker' },
  ]),
);
const bodies = typedBy(engine, 'organization');

describe('a car maker before a model name', () => {
  const CASES: [text: string, expected: string[]][] = [
    ['وتأتي نيسان أورفان الجديدة بخيارين', []],
    ['وتضم مركبة نيسان أورفان العديد من المزايا', []],
    ['الشكل الخارجي لمركبة رينو ميغان الجديدة', []],
    // must not match: a second maker, a function word, a verb, a definite word
    ['وأعلن تحالف رينو نيسان عن خطة جديدة', ['رينو', 'نيسان']],
    ['وقالت نيسان إن مبيعاتها ارتفعت', ['نيسان']],
    ['وقالت نيسان ستطلق سيارة جديدة', ['نيسان']],
    ['تتوقع نيسان الشرق الأوسط أن تنمو مبيعاتها', ['نيسان']],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(bodies(text)).toEqual(expected);
  });
});
