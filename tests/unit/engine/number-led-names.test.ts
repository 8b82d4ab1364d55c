// A generic noun before a known name gives way to the name when the rest is a form of the same entry
// (حركة حماس → حماس), also when that rest opens with a number, where no match starts (قوى 14 آذار →
// 14 آذار). A noun the English carries (February 20 Movement) or a rest that is no form of the
// entry keeps the whole span.
import { describe, expect, it } from 'vitest';
import { createEngine } from '@/lib/engine';
import type { GazetteerEntry } from '@/lib/types';
import { smallData, typedBy } from './fixture';

const EXTRA: GazetteerEntry[] = [
  {
    id: 'test:march-14',
    type: 'organization',
    en: 'March 14 Alliance',
    ar: ['قوى 14 آذار', '14 آذار'],
    ambiguous: ['14 آذار'],
    desc: 'Lebanese political coalition',
  },
  {
    id: 'test:march-8',
    type: 'organization',
    en: 'March 8 Alliance',
    ar: ['قوى 8 آذار'],
    desc: 'Lebanese political coalition',
  },
  {
    id: 'test:feb-20',
    type: 'organization',
    en: 'February 20 Movement',
    ar: ['حركة 20 فبراير', '20 فبراير'],
    ambiguous: ['20 فبراير'],
    desc: 'Moroccan protest movement',
  },
];
const bodies = typedBy(createEngine(smallData({}, EXTRA)), 'organization');

describe('a dropped noun before a name that opens with a number', () => {
  const CASES: [text: string, expected: string[]][] = [
    ['مضيفا أن قوى 14 آذار تريد تطبيق الاتفاق', ['14 آذار']],
    ['وأكد الحريري تمسك قوى 14 آذار بالمحكمة', ['14 آذار']],
    ['قالت حركة حماس', ['حماس']],
    // must not match: the rest is no form of the entry, or the English carries the noun
    ['وردت قوى 8 آذار على الخطاب', ['قوى 8 آذار']],
    ['ودعت حركة 20 فبراير إلى التظاهر', ['حركة 20 فبراير']],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(bodies(text)).toEqual(expected);
  });
});
