// A club whose name is also a word (الهلال, the crescent), on a page with only a few sports words:
// the club only where one of its mentions stands where a report puts a side, a player or an office.
import { describe, expect, it } from 'vitest';
import { createEngine } from '@/lib/engine';
import type { GazetteerEntry } from '@/lib/types';
import { foundBy, smallData } from './fixture';

const EXTRA: GazetteerEntry[] = [
  {
    id: 'hamish:org:al-hilal',
    type: 'organization',
    en: 'Al Hilal',
    ar: ['الهلال'],
    ambiguous: ['الهلال'],
    desc: 'Saudi football club',
  },
];
const found = foundBy(createEngine(smallData({ ner: null }, EXTRA)));

describe('clubs on a page with few sports words', () => {
  const CASES: [text: string, expected: string[]][] = [
    // two sports words: a side, a player's word or the club's office names the club on the page
    ['فاز الهلال على ضيفه في المباراة بعد الدقيقة الأخيرة', ['organization:الهلال']],
    ['وكانت إدارة الهلال اتفقت مع اللاعب قبل المباراة', ['organization:الهلال']],
    ['وانضم ثلاثي الهلال إلى التدريبات قبل المباراة في الدقيقة الأخيرة', ['organization:الهلال']],
    // must not match: the crescent in an article on the moon that names a match and a minute
    ['كانت لحظة ولادة الهلال فلكيا قبل الدقيقة الأولى من المباراة', []],
    ['ورؤية الهلال بعد غروب الشمس بالدقيقة كالمباراة بين الضوء والظلام', []],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
