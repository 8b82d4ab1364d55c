// A known body right after مبنى ("the building of") is where something happened: a place, its
// span with the noun; the body's other mentions stay the body.
import { describe, expect, it } from 'vitest';
import { smallEngine } from './fixture';

const marks = (text: string): string[] =>
  smallEngine
    .annotate(text)
    .entities.filter((m) => m.type !== 'demonym')
    .map((m) => `${m.type}:${m.text}`);

describe('a body after مبنى', () => {
  const CASES: [text: string, expected: string[]][] = [
    ['ووقعت انفجارات قرب مبنى الخارجية الأميركية أمس', ['place:مبنى الخارجية الأميركية']],
    ['ووقع الانفجار بمبنى الناتو صباحا', ['place:بمبنى الناتو']],
    // must not match: the body alone, the building with its article, a body after a preposition
    ['وقالت الخارجية الأميركية إن الوفد وصل', ['organization:الخارجية الأميركية']],
    ['وأخلت الشرطة المبنى وقالت الخارجية الأميركية إن', ['organization:الخارجية الأميركية']],
    ['وافتتح مبنى جديد للناتو أمس', ['organization:للناتو']],
    ['وقال مسؤول في مبنى البلدية إن', []],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});

describe("the building's English", () => {
  it('is the body\'s with "building"', () => {
    const [m] = smallEngine.annotate('ووقعت انفجارات قرب مبنى الخارجية الأميركية أمس').entities;
    expect(m?.english).toBe('United States Department of State building');
    expect(m?.known).toBe(false);
  });
});
