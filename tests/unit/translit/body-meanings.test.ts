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
    expect(translate(keys(ar))).toMatchObject({ name: en, tail: '' });
  });

  it.each([
    ['الوفاء للمقاومة', 'Loyalty', 'to the Resistance', false], // loyal "to", a cause English makes definite
    ['الوطني للإصلاح', 'National', 'for Reform', true], // adjectives alone: the head goes between
    ['العدالة والتنمية للتغيير', 'Justice and Development', 'for Change', false],
  ])('%s → %s + %s', (ar, name, tail, adjectivesOnly) => {
    expect(translate(keys(ar))).toEqual({ name, tail, adjectivesOnly });
  });

  it.each([
    ['دولة القانون'], // a genitive: English orders it otherwise (State of Law)
    ['العدالة القانون'], // two nouns without و
    ['الإعمار والوطني'], // a conjunct that opens with an adjective
    ['الإعمار والأسد'], // a word the table does not hold: no half translation
    ['الأسد'],
    ['للمقاومة'], // a complement with no name before it
    ['الوفاء للأسد'], // a complement the table does not hold
    ['الوفاء لمقاومة'], // لـ without the article is a construct, not this complement
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
