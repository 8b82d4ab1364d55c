// A channel named by its noun and ordinal (القناة الأولى), not a channel ranked among others.
import { describe, expect, it } from 'vitest';
import { smallEngine, typedBy } from './fixture';

const bodies = typedBy(smallEngine, 'organization');

describe('channels named by their ordinal', () => {
  const CASES: [text: string, expected: string[]][] = [
    ['ويذاع البرنامج يوميا على شاشة القناة الأولى عقب الإفطار', ['القناة الأولى']],
    ['وقالت القناة الثانية إن الحكومة ستجتمع', ['القناة الثانية']],
    // must not match: a ranking, another noun, a channel with no ordinal
    ['وهي القناة الأولى من نوعها في المنطقة', []],
    ['وكانت القناة الثانية التي تبث البرنامج', []],
    ['في المرحلة الأولى من المشروع', []],
    ['وعبرت السفن القناة أمس', []],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(bodies(text)).toEqual(expected);
  });
});
