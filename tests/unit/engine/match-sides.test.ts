// Both sides of a result verb in a match report: the words between فاز/تغلب/تعادل and على/مع, and
// the one or two words after them up to a score or a stop, are clubs on a sports page, foreign
// ones no list holds and clubs named like common words alike.
import { describe, expect, it } from 'vitest';
import { foundBy, smallEngine } from './fixture';

const found = foundBy(smallEngine);
const SPORT = 'وقال مدرب الفريق بعد المباراة إن الفوز في الدوري يحتاج إلى أهداف ونقاط في الشوط الثاني. ';
const TENNIS = 'وقال المدرب بعد المباراة إن الفوز في البطولة يحتاج إلى نقاط في الشوط الثاني. ';

describe('the sides of a result verb', () => {
  const CASES: [input: string, expected: string[]][] = [
    [SPORT + 'كما فاز بورتسموث على نيوكاسل 3 - صفر', ['organization:بورتسموث', 'organization:نيوكاسل']],
    [SPORT + 'وتغلب نيوكاسل على ضيفه ويجان 2 - 1', ['organization:نيوكاسل', 'organization:ويجان']],
    [SPORT + 'وتعادل الوحدة مع الشباب 1 - 1', ['organization:الوحدة', 'organization:الشباب']],
    [SPORT + 'وفاز وست هام على بورتسموث .', ['organization:وست هام', 'organization:بورتسموث']],
    // must not match: no sports page, a page with no team (a tennis match), the verb's noun (the
    // draw), a word news uses as no name, an ordinal, a common noun, a given name, the other side
    // running on into the sentence
    ['وقال الوزير إن بورتسموث على بلاكبيرن فاز', []],
    [TENNIS + 'وفاز ويجان على نيوكاسل 6 - 3', []],
    [SPORT + 'بعد التعادل المفاجئ مع الترسانة في الدوري', []],
    [SPORT + 'المباراة التي فاز فيها على ضيفه 1 - صفر', []],
    [SPORT + 'حيث فازت الأولى على مضيفتها 3 - 1', []],
    [SPORT + 'وفاز الفريق على منافسه 2 - صفر', []],
    [SPORT + 'وفاز محمد على منافسه 2 - صفر', []],
    [SPORT + 'وتغلب بورتسموث على صعوبات كبيرة في الشوط الثاني', ['organization:بورتسموث']],
  ];
  it.each(CASES)('%s', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});
