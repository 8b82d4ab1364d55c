// A club named by an adjective (الأهلي, العربي) between a definite noun and a country's adjective is
// the first of two adjectives (التعاون العربي الصيني, Arab-Chinese), not the club; after a verb or a
// preposition the country's adjective still makes it the club.
import { describe, expect, it } from 'vitest';
import { createEngine } from '@/lib/engine';
import { smallData, typedBy } from './fixture';

// The fixture's gazetteer has الأهلي as an ambiguous club and the American adjective.
const engine = createEngine(smallData());
const bodies = typedBy(engine, 'organization');

describe('a club name in a chain of adjectives', () => {
  const CASES: [text: string, expected: string[]][] = [
    ['وتعاقد اللاعب مع الأهلي الأميركي أمس', ['الأهلي']],
    ['وفاز الأهلي الأميركي على ضيفه', ['الأهلي']],
    // must not match: a definite noun before the adjective pair
    ['وعقد المنتدى الاقتصادي الأهلي الأميركي اجتماعه', []],
    ['في إطار التعاون الأهلي الأميركي في المنطقة', []],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(bodies(text)).toEqual(expected);
  });
});
