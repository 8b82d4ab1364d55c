// A match report names a club by its town again and again: once the story reads the town as the
// club, its other bare mentions are the club; after في, إلى, a place noun or a preposition it
// stays the town, and off sports pages nothing changes.
import { describe, expect, it } from 'vitest';
import { createEngine } from '@/lib/engine';
import type { GazetteerEntry } from '@/lib/types';
import { foundBy, smallData } from './fixture';

const town = (id: string, en: string, ar: string): GazetteerEntry => ({
  id,
  type: 'place',
  en,
  ar: [ar],
  desc: 'City in England',
  country: 'GB',
  rank: 500000,
});
const EXTRA: GazetteerEntry[] = [
  town('Q24826', 'Liverpool', 'ليفربول'),
  town('Q42448', 'Sheffield', 'شيفلد'),
  town('Q18125', 'Manchester', 'مانشستر'),
  {
    id: 'Q18656',
    type: 'organization',
    en: 'Manchester United',
    ar: ['مانشستر يونايتد'],
    desc: 'English football club',
  },
];
const found = foundBy(createEngine(smallData({}, EXTRA)));

const SPORT = 'وقال المدرب بعد المباراة إن الفوز في الدوري يحتاج إلى أهداف ونقاط. ';
const CLUB = 'ولم يتألق مهاجم ليفربول في الشوط الأول. ';
describe('a town the story reads as a club', () => {
  const CASES: [input: string, expected: string[]][] = [
    [SPORT + CLUB + 'ثم حاصر ليفربول منطقة الجزاء', ['organization:ليفربول', 'organization:ليفربول']],
    [SPORT + CLUB + 'وحافظ ليفربول على التعادل أمام الضيوف', ['organization:ليفربول', 'organization:ليفربول']],
    // a town joined by و right after a club
    [SPORT + 'مهاجم ليفربول وشيفلد سجلا', ['organization:ليفربول', 'organization:وشيفلد']],
    // the first word of a club's full name
    [
      SPORT + 'وفاز مانشستر يونايتد أمس. وكانت أول مباراة يخوضها اللاعب خارج مانشستر هذا الموسم',
      ['organization:مانشستر يونايتد', 'organization:مانشستر'],
    ],
    // must not match: after في or إلى, after a place noun, with a preposition, off a sports page
    [SPORT + CLUB + 'ووصل اللاعب إلى ليفربول أمس', ['organization:ليفربول', 'place:ليفربول']],
    [SPORT + CLUB + 'ويقيم اللاعب في ليفربول', ['organization:ليفربول', 'place:ليفربول']],
    [SPORT + CLUB + 'وولد في مدينة ليفربول', ['organization:ليفربول', 'place:ليفربول']],
    [SPORT + CLUB + 'وجرت المباراة بليفربول', ['organization:ليفربول', 'place:بليفربول']],
    [SPORT + 'وزار الوفد ليفربول أمس', ['place:ليفربول']],
    ['مانشستر - فاز مانشستر يونايتد في الدوري بعد المباراة بهدف', ['place:مانشستر', 'organization:مانشستر يونايتد']],
    [
      'وقال الوزير إن مانشستر يونايتد اشترى أرضا. ثم زار الوزير مانشستر',
      ['organization:مانشستر يونايتد', 'place:مانشستر'],
    ],
  ];
  it.each(CASES)('%s', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});
