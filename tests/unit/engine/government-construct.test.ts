// حكومة + a country in construct is that country's government described: news marks the country,
// a place, alone; the definite noun with the country's adjective is the body. Runs the shipped
// patterns on the small gazetteer.
import { describe, expect, it } from 'vitest';
import { createEngine } from '@/lib/engine';
import type { PatternsDoc } from '@/lib/engine';
import patterns from '@/lib/gazetteer/patterns.json';
import { foundBy, smallData } from './fixture';

const found = foundBy(createEngine(smallData({ patterns: patterns as PatternsDoc })));

describe('حكومة before a country', () => {
  const CASES: [text: string, expected: string[]][] = [
    ['ووقعت حكومة روسيا اتفاقا أمس', ['place:روسيا']],
    ['وقدم دعما لحكومة أفغانستان', ['place:أفغانستان']],
    ['وتعهدت حكومة الولايات المتحدة بالرد', ['place:الولايات المتحدة']],
    // must not match: the definite noun with an adjective stays the body; other construct bodies stay
    ['وقالت الحكومة الروسية إن', ['organization:الحكومة الروسية']],
    ['بيان وزارة خارجية روسيا', ['organization:وزارة خارجية روسيا']],
    ['وأكد البرلمان الروسي أمس', ['organization:البرلمان الروسي']],
    ['وقالت الحكومة إن الوفد وصل', []],
    ['وشكلت حكومة جديدة أمس', []],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
