// A facility or natural feature named after a place is a place of its own (مطار دمشق الدولي,
// Damascus International Airport; نهر النيجر, the Niger River), with the noun and its adjectives in
// the span; جمهورية before a country is the country. Nouns the project leaves outside (ميناء,
// بحيرة, مدينة), a definite noun, a country's adjective and a market with no financial word do not
// make one.
import { describe, expect, it } from 'vitest';
import { createEngine } from '@/lib/engine';
import type { GazetteerEntry } from '@/lib/types';
import { smallData } from './fixture';

const EXTRA: GazetteerEntry[] = [
  { id: 'Q3766', type: 'place', en: 'Damascus', ar: ['دمشق'], desc: 'Capital of Syria', country: 'SY' },
  { id: 'Q1032', type: 'place', en: 'Niger', ar: ['النيجر'], desc: 'Country', country: 'NE' },
  { id: 'Q612', type: 'place', en: 'Dubai', ar: ['دبي'], desc: 'City', country: 'AE' },
  { id: 'Q1519', type: 'place', en: 'Abu Dhabi', ar: ['أبوظبي', 'أبو ظبي'], desc: 'City', country: 'AE' },
  { id: 'Q817', type: 'place', en: 'Kuwait', ar: ['الكويت'], desc: 'Country', country: 'KW' },
  { id: 'Q717', type: 'place', en: 'Venezuela', ar: ['فنزويلا'], desc: 'Country', country: 'VE' },
  { id: 'Q3820', type: 'place', en: 'Beirut', ar: ['بيروت'], desc: 'Capital of Lebanon', country: 'LB' },
  { id: 'Q822', type: 'place', en: 'Lebanon', ar: ['لبنان'], desc: 'Country', country: 'LB' },
  { id: 'Q2471', type: 'place', en: 'Sfax', ar: ['صفاقس'], desc: 'City', country: 'TN' },
  { id: 'Q657', type: 'place', en: 'Chad', ar: ['تشاد'], desc: 'Country', country: 'TD' },
];
const engine = createEngine(
  smallData({}, EXTRA, { لبناني: { countryId: 'Q822', countryEn: 'Lebanon', adjective: 'Lebanese' } }),
);
const marked = (text: string): string[] =>
  engine
    .annotate(text)
    .entities.filter((m) => m.type !== 'demonym')
    .map((m) => `${m.type}:${m.text}=${m.english}`);

describe('facilities and features named after a place', () => {
  const CASES: [input: string, expected: string[]][] = [
    ['ووصل الوفد إلى مطار دمشق الدولي أمس', ['place:مطار دمشق الدولي=Damascus International Airport']],
    ['ووصل الوفد بمطار دمشق', ['place:بمطار دمشق=Damascus Airport']],
    ['وتمتد الأراضي في دلتا نهر النيجر', ['place:نهر النيجر=Niger River']],
    ['وارتفع مؤشر سوق دبي المالي أمس', ['place:سوق دبي المالي=Dubai Financial Market']],
    ['وارتفع مؤشر سوق أبوظبي للأوراق المالية', ['place:سوق أبوظبي للأوراق المالية=Abu Dhabi Securities Market']],
    ['وارتفع مؤشر سوق دبي 21 نقطة', ['place:سوق دبي=Dubai Market']],
    ['وزار رئيس جمهورية فنزويلا الصين', ['place:جمهورية فنزويلا=Venezuela']],
    // must not match: a market with no financial word, nouns left outside a place (ميناء, بحيرة,
    // مدينة), a definite noun, a country's adjective after the town
    ['وفي سوق الكويت ارتفعت الأسعار', ['place:الكويت=Kuwait']],
    ['وأبحرت السفن من ميناء صفاقس', ['place:صفاقس=Sfax']],
    ['وجفت بحيرة تشاد', ['place:تشاد=Chad']],
    ['وقال إن المطار دمشق مغلق', ['place:دمشق=Damascus']],
    ['ووصل بمطار بيروت اللبناني', ['place:بمطار بيروت=Beirut Airport']],
    ['وعاد إلى مدينة بيروت', ['place:بيروت=Beirut']],
    ['وسافر من مطار إلى دمشق', ['place:دمشق=Damascus']],
  ];
  it.each(CASES)('%s', (input, expected) => {
    expect(marked(input)).toEqual(expected);
  });
});
