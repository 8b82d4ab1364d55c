import { describe, expect, it } from 'vitest';
import { bodyMeanings } from '../../../lib/translit/body-meanings';
import { arabicKey } from '../../../lib/translit/key';

const { translate, adjective } = bodyMeanings(arabicKey);
const keys = (s: string) => s.split(' ').map(arabicKey);

describe('the English of the words of a body name', () => {
  it.each([
    ['الإعمار والتنمية', 'Reconstruction and Development'],
    ['العدالة والتنمية', 'Justice and Development'],
    ['البناء الوطني', 'National Construction'], // English puts the adjective first
    ['الوطني الحر', 'Free National'], // adjectives alone: rank before cause
    ['الديمقراطي الكردي', 'Kurdish Democratic'], // a people before a cause
    ['الوطني الديمقراطي', 'National Democratic'], // one kind: the Arabic order
    ['الإسلامي الأعلى', 'Supreme Islamic'],
    ['الأصالة والكرامة', 'Authenticity and Dignity'],
    ['الحرية والعدالة الاجتماعية', 'Freedom and Social Justice'],
    ['المستقبل', 'Future'],
  ])('%s → %s', (ar, en) => {
    expect(translate(keys(ar))).toBe(en);
  });

  it.each([
    ['دولة القانون'], // a genitive: English orders it otherwise (State of Law)
    ['العدالة القانون'], // two nouns without و
    ['الإعمار والوطني'], // a conjunct that opens with an adjective
    ['الإعمار والأسد'], // a word the table does not hold: no half translation
    ['الأسد'],
    ['والتنمية'], // و opens no name
    [''],
  ])('%s is not translated', (ar) => {
    expect(translate(ar ? keys(ar) : [])).toBeNull();
  });
});

describe('the listed adjectives, apart from the cause nouns', () => {
  it.each([
    ['الموحد', true],
    ['الأعلى', true],
    ['الكردية', true],
    ['الديمقراطي', true],
    ['التغيير', false], // a cause noun
    ['الحاكم', false], // not listed
  ])('%s → %s', (ar, expected) => {
    expect(adjective(arabicKey(ar))).toBe(expected);
  });
});
