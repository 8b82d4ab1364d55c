// Towns no list holds, named by their neighbours: a list of places joined by و and commas, or a
// bearing from a known place. Words that read as verbs, plurals, names or nouns with their pronoun
// stay unmarked, and so does a list with one place and no plural place noun before it.
import { describe, expect, it } from 'vitest';
import { createEngine } from '@/lib/engine';
import type { GazetteerEntry } from '@/lib/types';
import { foundBy, smallData } from './fixture';

const EXTRA: GazetteerEntry[] = [
  { id: 'Q1530', type: 'place', en: 'Baghdad', ar: ['بغداد'], desc: 'Capital of Iraq', country: 'IQ' },
  { id: 'Q3766', type: 'place', en: 'Damascus', ar: ['دمشق'], desc: 'Capital of Syria', country: 'SY' },
  { id: 'Q85', type: 'place', en: 'Cairo', ar: ['القاهرة'], desc: 'Capital of Egypt', country: 'EG' },
  { id: 'Q374365', type: 'place', en: 'Jeddah', ar: ['جدة'], desc: 'City in Saudi Arabia', country: 'SA' },
  { id: 'Q309168', type: 'place', en: 'Baqubah', ar: ['بعقوبة'], desc: 'City in Iraq', country: 'IQ' },
  { id: 'Q2373089', type: 'place', en: 'Shebaa', ar: ['شبعا'], desc: 'Village in Lebanon', country: 'LB' },
  { id: 'Q23430', type: 'place', en: 'Guangzhou', ar: ['قوانغتشو'], desc: 'City in China', country: 'CN' },
];
const found = foundBy(createEngine(smallData({}, EXTRA)));

describe('towns in a list of places', () => {
  const CASES: [input: string, expected: string[]][] = [
    ['وتوغلت القوات باتجاه بلدتي شبعا وكفرحمام .', ['place:شبعا', 'place:وكفرحمام']],
    ['وانتشر الإسلام في مدن قوانغتشو وتشواتشو وخانجو .', ['place:قوانغتشو', 'place:وتشواتشو', 'place:وخانجو']],
    ['وزار دمشق وبغداد وكربلاء أمس .', ['place:دمشق', 'place:وبغداد', 'place:وكربلاء']],
    ['وعاد من دمشق ، سامراء ، وبغداد .', ['place:دمشق', 'place:سامراء', 'place:وبغداد']],
    ['المنطقة الحدودية وخاصة ولايتي خوست وبكتيكا .', ['place:خوست', 'place:وبكتيكا']],
    // must not match: one place and no plural noun, a first name, a verb with its و, a clause after
    // a comma, a noun with its pronoun, a definite adjective or plural, the known و + جدة
    ['وصل إلى دمشق وكاميرون .', ['place:دمشق']],
    ['في القاهرة ودمشق ووليد .', ['place:القاهرة', 'place:ودمشق']],
    ['بين بغداد ودمشق وقعت الاتفاقية .', ['place:بغداد', 'place:ودمشق']],
    ['في القاهرة ودمشق ، وحضرت فيه الوفود .', ['place:القاهرة', 'place:ودمشق']],
    ['في القاهرة ودمشق وحدها .', ['place:القاهرة', 'place:ودمشق']],
    ['في محافظات القاهرة ودمشق والغربية .', ['place:القاهرة', 'place:ودمشق']],
    ['في محافظات القاهرة والالقاءات .', ['place:القاهرة']],
    ['في القاهرة وجدة وبغداد .', ['place:القاهرة', 'place:وجدة', 'place:وبغداد']],
    // a list that ends the text on its comma has no item after it (this threw)
    ['وانتقل من القاهرة إلى دمشق وبغداد ،', ['place:القاهرة', 'place:دمشق', 'place:وبغداد']],
  ];
  it.each(CASES)('%s', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

describe('towns by their bearing from a place', () => {
  const CASES: [input: string, expected: string[]][] = [
    ['وقتل في المقدادية شمال شرق بعقوبة .', ['place:المقدادية', 'place:بعقوبة']],
    ['وفي قضاء المسيب جنوب بغداد اعتقلت القوات', ['place:المسيب', 'place:بغداد']],
    ['دورية للشرطة في حي الدورة جنوبي العاصمة .', ['place:الدورة']],
    ['وسقطت قذيفة بالمحمودية جنوب بغداد .', ['place:بالمحمودية', 'place:بغداد']],
    // must not match: an indefinite noun after a preposition, a common word, no place after the
    // bearing, no preposition before the word, a country adjective
    ['إن 70 % من مصانع شمال بغداد مغلقة', ['place:بغداد']],
    ['في طريقهم إلى مسجد غربي بغداد .', ['place:بغداد']],
    ['وقعت في المنطقة جنوب بغداد .', ['place:بغداد']],
    ['وقعت المعارك في المقدادية شمال البلاد .', []],
    ['وقالت المقدادية شمال بغداد', ['place:بغداد']],
    ['في الروسية شمال بغداد', ['place:بغداد']],
  ];
  it.each(CASES)('%s', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});
