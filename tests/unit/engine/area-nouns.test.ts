// An area noun stays outside a place whose name alone is a place, even where the English carries
// the noun: مدينة غزة marks غزة with Gaza City's entry, محافظة ديالى marks ديالى. A name that alone is
// no place (مدينة الصدر, Sadr City) and a definite noun (المدينة المنورة) keep the noun.
import { describe, expect, it } from 'vitest';
import { createEngine } from '@/lib/engine';
import type { GazetteerEntry } from '@/lib/types';
import { smallData } from './fixture';

const EXTRA: GazetteerEntry[] = [
  { id: 'Q39760', type: 'place', en: 'Gaza', ar: ['غزة'], desc: 'City in Palestine', country: 'PS' },
  { id: 'Q47492', type: 'place', en: 'Gaza City', ar: ['مدينة غزة'], desc: 'City in Palestine', country: 'PS' },
  { id: 'diyala', type: 'place', en: 'Diyala Governorate', ar: ['ديالى', 'محافظة ديالى'], desc: 'Governorate' },
  { id: 'sadr-city', type: 'place', en: 'Sadr City', ar: ['مدينة الصدر'], desc: 'District of Baghdad' },
  { id: 'Q35484', type: 'place', en: 'Medina', ar: ['المدينة المنورة'], desc: 'City in Saudi Arabia' },
];
const engine = createEngine(smallData({}, EXTRA));
const marked = (text: string): string[] =>
  engine
    .annotate(text)
    .entities.filter((m) => m.type !== 'demonym')
    .map((m) => `${m.type}:${m.text}=${m.english}`);

describe('area nouns outside a place', () => {
  const CASES: [input: string, expected: string[]][] = [
    ['وسقطت قذيفة شرق مدينة غزة أمس', ['place:غزة=Gaza City']],
    ['وفي محافظة ديالى شمال شرق بغداد', ['place:ديالى=Diyala Governorate']],
    // must keep the noun: a name that alone is no place, a definite noun
    ['وانفجرت سيارة في مدينة الصدر', ['place:مدينة الصدر=Sadr City']],
    ['ووصل الحجاج إلى المدينة المنورة', ['place:المدينة المنورة=Medina']],
  ];
  it.each(CASES)('%s', (input, expected) => {
    expect(marked(input)).toEqual(expected);
  });
});
