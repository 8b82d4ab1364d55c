// Plain words the tagger takes for names, and the two readings of a word that opens with و. The stub
// tagger reads a word marked * as part of a person's name, + of an organisation's and # of a place's.
import { describe, expect, it } from 'vitest';
import { createEngine } from '@/lib/engine';
import type { NerModel, NerTag } from '@/lib/ner/model';
import { normalizeText } from '@/lib/text';
import type { GazetteerEntry } from '@/lib/types';
import { foundBy, smallData } from './fixture';

const MARKS: Record<string, string> = { '*': 'person', '+': 'organization', '#': 'place' };

function stubTagger(marked: string): NerModel {
  const type = new Map(
    marked
      .split(/\s+/)
      .filter((w) => MARKS[w[0]!])
      .map((w) => [normalizeText(w.slice(1)), MARKS[w[0]!]!] as const),
  );
  return {
    tag: (tokens) =>
      tokens.map((t, i): NerTag => {
        const ty = type.get(t.norm);
        if (!ty) return 'O';
        return (i > 0 && type.get(tokens[i - 1]!.norm) === ty ? `I-${ty}` : `B-${ty}`) as NerTag;
      }),
  };
}

const EXTRA: GazetteerEntry[] = [
  { id: 'Q85', type: 'place', en: 'Cairo', ar: ['القاهرة'], desc: 'Capital of Egypt', country: 'EG', rank: 9000000 },
  {
    id: 'Q3820',
    type: 'place',
    en: 'Riyadh',
    ar: ['الرياض'],
    desc: 'Capital of Saudi Arabia',
    country: 'SA',
    rank: 7000000,
  },
  {
    id: 'Q374365',
    type: 'place',
    en: 'Jeddah',
    ar: ['جدة'],
    desc: 'City in Saudi Arabia',
    country: 'SA',
    rank: 3400000,
  },
  { id: 'Q207119', type: 'place', en: 'Oujda', ar: ['وجدة'], desc: 'City in Morocco', country: 'MA', rank: 500000 },
  {
    id: 'Q1028',
    type: 'place',
    en: 'Morocco',
    ar: ['المغرب'],
    desc: 'Country in North Africa',
    country: 'MA',
    rank: 37000000,
  },
];
const DEMONYMS = {
  'مغربي': { countryId: 'Q1028', countryEn: 'Morocco', adjective: 'Moroccan' },
  'سعودي': { countryId: 'Q851', countryEn: 'Saudi Arabia', adjective: 'Saudi' },
};

const found = (marked: string): string[] =>
  foundBy(createEngine(smallData({ ner: stubTagger(marked) }, EXTRA, DEMONYMS)))(marked.replace(/[*+#]/g, ''));

describe('plain words are no names', () => {
  const cases: [string, string[]][] = [
    // a head noun alone: the tagger's guess goes, whatever its type
    ['وانضم المهندس إلى +كلية جديدة في المدينة', []],
    ['ووقع الحادث في #شارع مزدحم قرب السوق', []],
    ['وأغلقت الشرطة #شارع #رئيسيا في وسط المدينة', []],
    ['وقدم الوزير الشكر +لفريق +العمل على جهوده', []],
    // everyday words that are also given names, with nothing that announces a person
    ['وحضرت *أميرة *سعودية حفل الافتتاح', []],
    ['وفي *ذكرى *ميلاد الشاعر أمس أقيمت أمسية', []],
    ['وفي *ذكرى *ميلاد الشاعر أقيمت أمسية', []],
    // ... and the same names where the sentence announces a person, or with a family name
    ['وقالت *ذكرى إنها ستعود إلى بيروت', ['person:ذكرى']],
    ['وقالت الناشطة *أمل *كلوني إن المحكمة ستنظر في القضية', ['person:أمل كلوني']],
    ['وحضرت *أميرة *كرارة حفل الافتتاح', ['person:أميرة كرارة']],
    // a country adjective that a preposition or و keeps from agreeing with a noun announces one
    ['وفاز بهدفين للمغربي *أمل في الشوط الثاني', ['person:أمل']],
    ['وفاز بهدفين للفريق المغربي *أمل', []],
    // a head noun with its name stays
    ['وأعلنت +كلية +ترينيتي نتائجها', ['organization:كلية ترينيتي']],
  ];
  it.each(cases)('%s → %j', (marked, expected) => {
    expect(found(marked)).toEqual(expected);
  });
});

describe('a name after a place noun is a place', () => {
  const cases: [string, string[]][] = [
    // بريست is also in the name lists; after بلدية, منطقة or في it is the town
    ['وقال رئيس بلدية #بريست إن المدينة مستعدة', ['place:بريست']],
    ['ووصل اللاعبون إلى منطقة *بريست استعدادا للمباراة', ['place:بريست']],
    // a given name the tagger read as a place, with its family name, is a person
    ['وقال #جورج صليبا إن', ['person:جورج صليبا']],
  ];
  it.each(cases)('%s → %j', (marked, expected) => {
    expect(found(marked)).toEqual(expected);
  });
});

describe('و + name or a name that begins with و', () => {
  const engine = createEngine(smallData({}, EXTRA, DEMONYMS));
  const english = (text: string) =>
    engine
      .annotate(text)
      .entities.filter((m) => m.type === 'place')
      .map((m) => `${m.text}=${m.english}`);
  const cases: [string, string[]][] = [
    // a list of places joined by و: the conjunction and Jeddah
    ['وزار الوفد القاهرة وجدة والرياض خلال جولته', ['القاهرة=Cairo', 'وجدة=Jeddah', 'والرياض=Riyadh']],
    ['وسافر من القاهرة وجدة إلى المغرب', ['القاهرة=Cairo', 'وجدة=Jeddah', 'المغرب=Morocco']],
    // Jeddah named elsewhere on the page
    ['وصل الوفد إلى جدة أمس. وجدة تستضيف المؤتمر', ['جدة=Jeddah', 'وجدة=Jeddah']],
    // must stay Oujda: a place noun before, its country's adjective after, or nothing to weigh
    ['وتقع مدينة وجدة قرب الحدود', ['وجدة=Oujda']],
    ['وزار القاهرة ثم وجدة المغربية', ['القاهرة=Cairo', 'وجدة=Oujda']],
    ['وجدة مدينة قريبة من الحدود', ['وجدة=Oujda']],
  ];
  it.each(cases)('%s → %j', (text, expected) => {
    expect(english(text)).toEqual(expected);
  });
});
