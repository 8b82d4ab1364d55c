// A foreign company written in Arabic letters with an English word of company names (Group, Corp,
// Airlines, Holding) after one to three foreign words.
import { describe, expect, it } from 'vitest';
import { smallEngine, typedBy } from './fixture';

const bodies = typedBy(smallEngine, 'organization');

describe('foreign companies by their English company word', () => {
  const CASES: [text: string, expected: string[]][] = [
    ['وتعمل بروميثيان تكنولوجي غروب على تأكيد علامتها', ['بروميثيان تكنولوجي غروب']],
    ['مثل داتونغ اوتوموبيل اندستريال ، أن تنافس', ['داتونغ اوتوموبيل اندستريال']],
    ['وبما أن شركتي ميديا غروب في مدينة دبي', ['ميديا غروب']],
    ['وقالت شركة أميركان إيرلاينز إنها فقدت طائرتين', ['أميركان إيرلاينز']],
    ['وأعلنت موتور كورب عن اتفاق', ['موتور كورب']],
    ['واعلنت الصين أن سياك موتور كورب وقعت اتفاقا', ['سياك موتور كورب']],
    ['وقال إن سيمكو غروب ستفتتح فرعا', ['سيمكو غروب']],
    // must not match: sunset, a common or function word before the company word, a verb, a lone word
    ['أن يغرب القمر قبل غروب الشمس في مكة', []],
    ['والقمر يغرب قبل غروب فإن اليوم التالي', []],
    ['في لحظة غروب القمر', []],
    ['وقالت إن موتور السيارة تعطل', []],
    ['وكان ينتظر غروب', []],
    // a future verb further back than the company word's neighbour is the sentence's verb
    ['وقالت إنها ستشتري جنرال موتورز', ['جنرال موتورز']],
    ['وكان سيبقى حتى غروب الشمس', []],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(bodies(text)).toEqual(expected);
  });
});

describe('a company word after a named organisation', () => {
  const CASES: [text: string, expected: string[]][] = [
    ['رفعت مؤسسة " فيتش ريتنغز " للتصنيفات الائتمانية تصنيفها', ['فيتش ريتنغز']],
    ['وقالت فيتش ريتنغز إن التصنيف مستقر', ['فيتش ريتنغز']],
    // must not match: the sunset after a body, a body with no company word after it
    ['واجتمعت فيتش قبل غروب الشمس', ['فيتش']],
    ['وقالت فيتش إن التصنيف مستقر', ['فيتش']],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(bodies(text)).toEqual(expected);
  });
});
