// Sports reporting: national teams named by their country, clubs named after their town, and the
// same names staying places outside sport.
import { describe, expect, it } from 'vitest';
import { createEngine } from '@/lib/engine';
import type { GazetteerEntry } from '@/lib/types';
import { foundBy, smallData } from './fixture';

const EXTRA: GazetteerEntry[] = [
  { id: 'Q1492', type: 'place', en: 'Barcelona', ar: ['برشلونة'], desc: 'City in Spain', country: 'ES', rank: 4900000 },
  {
    id: 'hamish:org:barca',
    type: 'organization',
    en: 'FC Barcelona',
    ar: ['برشلونة'],
    ambiguous: ['برشلونة'],
    desc: 'Spanish football club',
  },
  {
    id: 'hamish:org:chelsea',
    type: 'organization',
    en: 'Chelsea',
    ar: ['تشلسي'],
    ambiguous: ['تشلسي'],
    desc: 'English football club',
  },
  {
    id: 'hamish:org:arabi',
    type: 'organization',
    en: 'Al-Arabi',
    ar: ['العربي'],
    ambiguous: ['العربي'],
    desc: 'Qatari football club',
  },
  {
    id: 'hamish:org:ettifaq',
    type: 'organization',
    en: 'Al-Ettifaq',
    ar: ['الاتفاق'],
    ambiguous: ['الاتفاق'],
    desc: 'Saudi football club',
  },
  {
    id: 'Q232',
    type: 'place',
    en: 'Uzbekistan',
    ar: ['أوزبكستان'],
    desc: 'Country in Central Asia',
    country: 'UZ',
    rank: 100,
  },
  {
    id: 'Q869',
    type: 'place',
    en: 'Thailand',
    ar: ['تايلاند'],
    desc: 'Country in South-eastern Asia',
    country: 'TH',
    rank: 100,
  },
  { id: 'Q79', type: 'place', en: 'Egypt', ar: ['مصر'], desc: 'Country in Northern Africa', country: 'EG', rank: 100 },
  {
    id: 'Q145',
    type: 'place',
    en: 'United Kingdom',
    ar: ['بريطانيا'],
    desc: 'Country in Northern Europe',
    country: 'GB',
    rank: 100,
  },
  {
    id: 'Q183',
    type: 'place',
    en: 'Germany',
    ar: ['ألمانيا'],
    desc: 'Country in Western Europe',
    country: 'DE',
    rank: 100,
  },
  {
    id: 'Q218',
    type: 'place',
    en: 'Romania',
    ar: ['رومانيا'],
    desc: 'Country in Eastern Europe',
    country: 'RO',
    rank: 100,
  },
  { id: 'Q1055', type: 'place', en: 'Hamburg', ar: ['هامبورغ'], desc: 'City in Germany', country: 'DE', rank: 1800000 },
  {
    id: 'Q19660',
    type: 'place',
    en: 'Bucharest',
    ar: ['بوخارست'],
    desc: 'Capital of Romania',
    country: 'RO',
    rank: 1800000,
  },
];
const engine = createEngine(
  smallData({}, EXTRA, { 'إنجليزي': { countryId: 'Q145', countryEn: 'United Kingdom', adjective: 'English' } }),
);
const found = foundBy(engine);

const SPORT = 'وقال المدرب بعد المباراة إن الفوز في الدوري يحتاج إلى أهداف ونقاط. ';
describe('sports context', () => {
  const CASES: [input: string, expected: string[]][] = [
    [SPORT + 'ويستعد المنتخب للقاء أوزبكستان غدا', ['organization:أوزبكستان']],
    [SPORT + 'وفاز منتخبنا على تايلاند أمس', ['organization:تايلاند']],
    [SPORT + 'وتأهل منتخب مصر إلى النهائي', ['organization:منتخب مصر']],
    [SPORT + 'وخسر برشلونة أمام تشلسي الإنجليزي', ['organization:برشلونة', 'organization:تشلسي']],
    [SPORT + 'وتعرض فريق برشلونة لضربة', ['organization:برشلونة']],
    [SPORT + 'وحققت تايلاند فوزا كبيرا على ضيفتها أوزبكستان', ['organization:تايلاند', 'organization:أوزبكستان']],
    [SPORT + 'وطاف لاعبي مصر أرجاء الملعب', ['organization:مصر']],
    // a results line's score, and a goal or a win credited with ل
    [SPORT + 'وفي المجموعة الثانية مصر على رومانيا 3 - صفر', ['organization:مصر', 'organization:رومانيا']],
    [SPORT + 'وسجل اللاعب هدفين لألمانيا في المباراة', ['organization:لألمانيا']],
    [SPORT + 'وسجل الهدف الوحيد لمصر', ['organization:لمصر']],
    // a result verb right after the country, and a result two to four words before على or مع
    [SPORT + 'وفي المجموعة نفسها مصر سجلت ثلاثية', ['organization:مصر']],
    [SPORT + 'وتقدمت تايلاند في الدقيقة العاشرة', ['organization:تايلاند']],
    [SPORT + 'وحققت تايلاند فوزا ضعيفا على مصر', ['organization:تايلاند', 'organization:مصر']],
    [SPORT + 'وخاضت تايلاند مباراتها مع مصر أمس', ['organization:تايلاند', 'organization:مصر']],
    // must not match: the verb without sport, a result verb before a preposition's country
    ['وفي العام الماضي مصر سجلت نموا كبيرا', ['place:مصر']],
    [SPORT + 'وعاد الفريق إلى مصر سجلت الرحلة تأخيرا', ['place:مصر']],
    // a club named after its country, with the country's own adjective (قطر القطري)
    [SPORT + 'ولعب مصر المصري بنفس التشكيلة', ['organization:مصر']],
    // must not match: ل after no goal or win, a score without sport, the adjective without sport
    ['ولعب مصر المصري دورا كبيرا', ['place:مصر']],
    [SPORT + 'وقدم اللاعب هدية لألمانيا', ['place:لألمانيا']],
    ['وقال الوزير إن الرحلات مع مصر 3 - 4 مرات أسبوعيا', ['place:مصر']],
    // must not match as teams or clubs: a place word before the country, and no sport at all
    ['وحققت تايلاند نموا اقتصاديا كبيرا', ['place:تايلاند']],
    [SPORT + 'ووصل اللاعب إلى أوزبكستان أمس', ['place:أوزبكستان']],
    ['قال الوزير إن الاتفاق مع تايلاند يعزز التجارة', ['place:تايلاند']],
    ['وزار الوفد برشلونة أمس للقاء المسؤولين', ['place:برشلونة']],
    ['وقال الوزير إن تشلسي في لندن', []],
    [SPORT + 'وفاز العربي على تايلاند', ['organization:العربي', 'organization:تايلاند']],
    [SPORT + 'وتنطلق بطولة الخليج العربي غدا', []],
    // a club name that is an everyday noun needs more than a sports page
    [SPORT + 'وتوصل المدرب إلى الاتفاق مع إدارته', []],
    [SPORT + 'وتغلب العربي على منافسه الاتفاق بهدفين', ['organization:العربي', 'organization:الاتفاق']],
    [SPORT + 'وفاز تشلسي على غريمه التقليدي برشلونة', ['organization:تشلسي', 'organization:برشلونة']],
    [SPORT + 'ويتسلم الفريق الكأس بعد مواجهته مع الاتفاق', ['organization:الاتفاق']],
    [SPORT + 'وفاز الاتفاق والعربي أمس', ['organization:الاتفاق', 'organization:والعربي']],
    // a club with its country's adjective is the club on any page; a club's word after a first name is a surname
    ['وتعاقد تشلسي الإنجليزي مع مدافع', ['organization:تشلسي']],
    [SPORT + 'وسجل يوسف العربي هدفا', []],
    // a fixture list: a town before its bracketed country, paired by a dash, is the club named after it
    [
      SPORT + 'المجموعة الأولى : ستيوا بوخارست ( رومانيا ) - هامبورغ ( ألمانيا )',
      ['organization:ستيوا بوخارست', 'place:رومانيا', 'organization:هامبورغ', 'place:ألمانيا'],
    ],
    [
      SPORT + 'هامبورغ ( ألمانيا ) - تشلسي ( بريطانيا )',
      ['organization:هامبورغ', 'place:ألمانيا', 'organization:تشلسي', 'place:بريطانيا'],
    ],
    // must not match: no dash pairing the sides, no sport, a country before the bracket
    [SPORT + 'ووصل اللاعب إلى هامبورغ ( ألمانيا ) أمس', ['place:هامبورغ', 'place:ألمانيا']],
    [
      'وزار الوزير هامبورغ ( ألمانيا ) - بوخارست ( رومانيا ) في جولة',
      ['place:هامبورغ', 'place:ألمانيا', 'place:بوخارست', 'place:رومانيا'],
    ],
    // a whole fixture line with its score names the clubs on a page the sports test missed
    [
      'هامبورغ ( ألمانيا ) - بوخارست ( رومانيا ) 1 - صفر',
      ['organization:هامبورغ', 'place:ألمانيا', 'organization:بوخارست', 'place:رومانيا'],
    ],
    [
      'ستيوا بوخارست ( رومانيا ) - هامبورغ ( ألمانيا ) صفر - 2 .',
      ['organization:ستيوا بوخارست', 'place:رومانيا', 'organization:هامبورغ', 'place:ألمانيا'],
    ],
    // must not match without sport: no score after the second side, a side with no bracketed country
    [
      'هامبورغ ( ألمانيا ) - بوخارست ( رومانيا ) رحلات يومية',
      ['place:هامبورغ', 'place:ألمانيا', 'place:بوخارست', 'place:رومانيا'],
    ],
    ['هامبورغ ( ألمانيا ) - قالت الشرطة إن 3 - 4 أشخاص أصيبوا', ['place:هامبورغ', 'place:ألمانيا']],
    // a results list: plain words after a rank, a number or a dash and before a bracketed country are an athlete
    [
      SPORT + '1- أسافا باول ( ألمانيا ) 9.77 ث 2- تايسون غاي ( بريطانيا ) 9.84 ث',
      ['person:أسافا باول', 'place:ألمانيا', 'person:تايسون غاي', 'place:بريطانيا'],
    ],
    [
      SPORT + 'وجاء ثانيا ديرك بيرتون ( بريطانيا ) وثالثا مارك لويس ( ألمانيا )',
      ['person:ديرك بيرتون', 'place:بريطانيا', 'person:مارك لويس', 'place:ألمانيا'],
    ],
    // must not match: a place word before the town, a definite noun, no sport on the page
    [SPORT + 'وسافر الفريق إلى ميونيخ ( ألمانيا ) أمس', ['place:ألمانيا']],
    [SPORT + '1- المنتخب ( ألمانيا ) 9 نقاط', ['place:ألمانيا']],
    ['1- أسافا باول ( ألمانيا ) 9.77 ث', ['place:ألمانيا']],
    [
      SPORT + 'وقال إن هامبورغ ( ألمانيا ) - تشلسي ( بريطانيا )',
      ['place:هامبورغ', 'place:ألمانيا', 'organization:تشلسي', 'place:بريطانيا'],
    ],
    // a club named after its town: after a club's opening word on any page, after a player or match
    // word on a sports page
    ['وتعاقد ستيوا بوخارست مع مدافع', ['organization:ستيوا بوخارست']],
    [SPORT + 'وتغلب على مضيفه هامبورغ بهدف', ['organization:هامبورغ']],
    [SPORT + 'ورحل عن صفوف هامبورغ أمس', ['organization:هامبورغ']],
    [SPORT + 'وتألق حارس مرمى بوخارست', ['organization:بوخارست']],
    // must not match: no sport on the page, a preposition before or on the town, a country, no opening word
    ['وقال مدافع عن حقوق الإنسان في هامبورغ', ['place:هامبورغ']],
    ['وتحدث لاعب هامبورغ عن المدينة', ['place:هامبورغ']],
    [SPORT + 'ووصل مدرب الفريق إلى هامبورغ أمس', ['place:هامبورغ']],
    [SPORT + 'وأقيمت المباراة بهامبورغ أمس', ['place:بهامبورغ']],
    [SPORT + 'وزار الوفد بوخارست', ['place:بوخارست']],
    [SPORT + 'وشارك لاعب رومانيا في التدريب', ['organization:رومانيا']],
  ];
  it.each(CASES)('%s', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

describe('a town with its country masculine adjective is the club named after it', () => {
  const TOWNS: GazetteerEntry[] = [
    ...EXTRA,
    { id: 'Q142', type: 'place', en: 'France', ar: ['فرنسا'], desc: 'Country in Western Europe', country: 'FR' },
    { id: 'Q648', type: 'place', en: 'Lille', ar: ['ليل'], ambiguous: ['ليل'], desc: 'City in France', country: 'FR' },
    { id: 'Q858', type: 'place', en: 'Syria', ar: ['سوريا'], desc: 'Country in Western Asia', country: 'SY' },
    { id: 'Q83210', type: 'place', en: 'Golan Heights', ar: ['الجولان'], desc: 'Region in the Levant', country: 'SY' },
  ];
  const towns = foundBy(
    createEngine(
      smallData({}, TOWNS, {
        'ألماني': { countryId: 'Q183', countryEn: 'Germany', adjective: 'German' },
        'فرنسي': { countryId: 'Q142', countryEn: 'France', adjective: 'French' },
        'سوري': { countryId: 'Q858', countryEn: 'Syria', adjective: 'Syrian' },
      }),
    ),
  );
  const CASES: [input: string, expected: string[]][] = [
    ['وتعادل هامبورغ الألماني مع ضيفه', ['organization:هامبورغ']],
    ['وتعادل ليل الفرنسي مع ضيفه', ['organization:ليل']],
    // must not match: the feminine adjective (the town), another country's adjective, a region
    // written with the article, a country, a common word with no adjective
    ['وزار الوفد هامبورغ الألمانية أمس', ['place:هامبورغ']],
    ['وزار الوفد مدينة ليل الفرنسية أمس', ['place:ليل']],
    ['وصل هامبورغ الفرنسي أمس', ['place:هامبورغ']],
    // the adjective agrees with the airport, which is named after the town (place-facilities.ts)
    ['وهبطت الطائرة في مطار هامبورغ الألماني', ['place:مطار هامبورغ']],
    ['وقصفت إسرائيل الجولان السوري المحتل', ['place:الجولان']],
    ['وقال إن ألمانيا الألماني', ['place:ألمانيا']],
    ['وسهرنا طوال ليل أمس', []],
  ];
  it.each(CASES)('%s', (input, expected) => {
    expect(towns(input)).toEqual(expected);
  });
});
