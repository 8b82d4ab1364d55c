// A descriptor after a guessed body's name (the ruling, the banned, the influential) is no part of it;
// an adjective of the name itself stays.
import { describe, expect, it } from 'vitest';
import { smallEngine, typedBy } from './fixture';

const bodies = typedBy(smallEngine, 'organization');

describe('descriptors after a guessed body', () => {
  const CASES: [text: string, expected: string[]][] = [
    ['وقال سبيكتر ، رئيس لجنة الشؤون القضائية النافذ ، إن', ['لجنة الشؤون القضائية']],
    ['وقال رئيس لجنة الشؤون الخارجية النافذة في البرلمان', ['لجنة الشؤون الخارجية']],
    ['وفاز حزب الشعب الجمهوري المعارض في الانتخابات', ['حزب الشعب الجمهوري']],
    // must not match: an adjective of the name itself
    ['وقالت لجنة الانتخابات الهندية إن', ['لجنة الانتخابات الهندية']],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(bodies(text)).toEqual(expected);
  });
});
