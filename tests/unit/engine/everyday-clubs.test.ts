// A club named like an everyday noun (الوحدة, الشباب): once a stage reads it as a club on a sports
// page, its other bare or clitic mentions are the club too (فالوحدة فريق كبير, مدير الكرة بالوحدة);
// an adjective after it, a demonstrative or a place preposition before it, or a page with no sport
// or no club reading keeps the everyday noun.
import { describe, expect, it } from 'vitest';
import { foundBy, smallEngine } from './fixture';

const found = foundBy(smallEngine);
const SPORT = 'وقال مدرب الفريق بعد المباراة إن الفوز في الدوري يحتاج إلى أهداف ونقاط في الشوط الثاني. ';
const SIDES = 'وتعادل الوحدة مع الشباب 1 - 1. ';
const SIDED = ['organization:الوحدة', 'organization:الشباب'];

describe('a club named like an everyday noun, read once as the club', () => {
  const CASES: [input: string, expected: string[]][] = [
    [SPORT + SIDES + 'فالوحدة فريق كبير وتطلعاته عالية', [...SIDED, 'organization:فالوحدة']],
    [SPORT + SIDES + 'وقال مدير الكرة بالوحدة إن اللاعبين جاهزون', [...SIDED, 'organization:بالوحدة']],
    [SPORT + SIDES + 'ويعرف المدرب قدر الشباب وقوته', [...SIDED, 'organization:الشباب']],
    // must not match: an adjective after it, a demonstrative or a place preposition before it, a
    // page with no club reading of the word, a page with no sport
    [SPORT + SIDES + 'ودعا إلى الوحدة الوطنية', SIDED],
    [SPORT + SIDES + 'وقال إن هذه الوحدة ضرورية', SIDED],
    [SPORT + SIDES + 'وأقيم الحفل في الوحدة السكنية', SIDED],
    [SPORT + 'فالوحدة فريق كبير وتطلعاته عالية', []],
    ['وتعادل الوحدة مع الشباب في النقاش. فالوحدة مطلب كبير', []],
  ];
  it.each(CASES)('%s', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});
