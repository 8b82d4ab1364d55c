// Agency datelines, club names in sports reports, given names that are also towns, gazetteer forms
// that news mostly uses as common words, and the packed ordering of merge().
import { describe, expect, it } from 'vitest';
import { createEngine } from '@/lib/engine';
import { compareCandidates, merge } from '@/lib/engine/merge';
import { pronounAttached } from '@/lib/engine/unknown';
import type { Candidate, Source } from '@/lib/engine/types';
import type { GazetteerEntry } from '@/lib/types';
import { foundBy, smallData } from './fixture';

const EXTRA: GazetteerEntry[] = [
  { id: 'Q819', type: 'place', en: 'Laos', ar: ['لاوس'], desc: 'Country in Southeast Asia', country: 'LA' },
  {
    id: 'hamish:org:afp',
    type: 'organization',
    en: 'Agence France-Presse',
    ar: ['فرانس برس', 'أ ف ب', 'الفرنسية'],
    ambiguous: ['الفرنسية'],
    desc: 'French news agency',
  },
  { id: 'hamish:place:george', type: 'place', en: 'George', ar: ['جورج'], desc: 'City in South Africa', rank: 150000 },
  { id: 'hamish:place:atar', type: 'place', en: 'Atar', ar: ['إطار'], desc: 'City in Mauritania', rank: 40000 },
  {
    id: 'hamish:org:qna',
    type: 'organization',
    en: 'Qatar News Agency',
    ar: ['قنا'],
    desc: "Qatar's state news agency",
  },
  {
    id: 'hamish:place:qena',
    type: 'place',
    en: 'Qena',
    ar: ['قنا'],
    desc: 'City in Egypt',
    country: 'EG',
    rank: 200000,
  },
  {
    id: 'hamish:place:leicester',
    type: 'place',
    en: 'Leicester',
    ar: ['ليستر'],
    desc: 'City in England',
    country: 'GB',
  },
  {
    id: 'hamish:org:georgetown',
    type: 'organization',
    en: 'Georgetown University',
    ar: ['جامعة جورجتاون'],
    desc: 'University in Washington',
  },
  { id: 'Q279009', type: 'place', en: 'David', ar: ['ديفيد'], desc: 'City in Panama', country: 'PA', rank: 110037 },
  {
    id: 'Q974',
    type: 'place',
    en: 'Democratic Republic of the Congo',
    ar: ['جمهورية الكونغو الديمقراطية', 'الكونغو الديمقراطية', 'الكونغو'],
    desc: 'Country in Middle Africa',
    country: 'CD',
    rank: 14388599,
  },
  {
    id: 'hamish:org:reuters',
    type: 'organization',
    en: 'Reuters',
    ar: ['رويترز', 'وكالة رويترز'],
    desc: 'International news agency',
  },
  {
    id: 'Q6721203',
    type: 'organization',
    en: 'Alternative for Germany',
    ar: ['حزب البديل من أجل ألمانيا', 'البديل من أجل ألمانيا'],
    desc: 'German party',
  },
  {
    id: 'Q9630',
    type: 'organization',
    en: 'Labour Party',
    ar: ['حزب العمال', 'العمال'],
    ambiguous: ['العمال'],
    desc: 'British party',
  },
  { id: 'Q648', type: 'place', en: 'Lille', ar: ['ليل'], desc: 'City in France', country: 'FR', rank: 1044000 },
  { id: 'Q129421', type: 'place', en: 'Homs', ar: ['حمص'], desc: 'City in Syria', country: 'SY', rank: 775000 },
  {
    id: 'hamish:place:middle-east',
    type: 'place',
    en: 'Middle East',
    ar: ['الشرق الأوسط'],
    desc: 'Region of Western Asia and Egypt',
    rank: 400000000,
  },
  {
    id: 'hamish:org:asharq-al-awsat',
    type: 'organization',
    en: 'Asharq Al-Awsat',
    ar: ['صحيفة الشرق الأوسط', 'الشرق الأوسط'],
    ambiguous: ['الشرق الأوسط'],
    desc: 'Saudi-owned London-based daily',
  },
  {
    id: 'hamish:place:rafah',
    type: 'place',
    en: 'Rafah',
    ar: ['رفح'],
    desc: 'City in the Gaza Strip',
    country: 'PS',
    rank: 170000,
  },
  {
    id: 'hamish:place:rafah-crossing',
    type: 'place',
    en: 'Rafah Border Crossing',
    ar: ['معبر رفح'],
    desc: 'Crossing between Gaza and Egypt',
    country: 'PS',
  },
  {
    id: 'hamish:place:gaza',
    type: 'place',
    en: 'Gaza Strip',
    ar: ['غزة', 'قطاع غزة'],
    desc: 'Palestinian territory',
    country: 'PS',
    rank: 2000000,
  },
  {
    id: 'hamish:org:gaza-health-ministry',
    type: 'organization',
    en: 'Gaza Health Ministry',
    ar: ['وزارة الصحة في غزة'],
    desc: 'Health ministry in Gaza',
  },
  {
    id: 'hamish:place:high-atlas',
    type: 'place',
    en: 'High Atlas',
    ar: ['الأطلس الكبير', 'جبال الأطلس الكبير'],
    desc: 'Mountain range in Morocco',
    country: 'MA',
  },
  {
    id: 'Q970',
    type: 'place',
    en: 'Comoros',
    ar: ['جزر القمر'],
    desc: 'Country in Eastern Africa',
    country: 'KM',
    rank: 800000,
  },
  {
    id: 'hamish:place:green-zone',
    type: 'place',
    en: 'Green Zone',
    ar: ['المنطقة الخضراء'],
    desc: 'District of Baghdad',
    country: 'IQ',
  },
  { id: 'Q48', type: 'place', en: 'Asia', ar: ['آسيا'], desc: 'Continent', rank: 4000000000 },
  { id: 'Q35004', type: 'place', en: 'Tarija', ar: ['تاريخا'], desc: 'City in Bolivia', country: 'BO', rank: 200000 },
  { id: 'Q7795', type: 'organization', en: 'OPEC', ar: ['أوبك'], desc: 'Organisation of oil exporters' },
  {
    id: 'hamish:org:opec-plus',
    type: 'organization',
    en: 'OPEC+',
    ar: ['أوبك بلس'],
    desc: 'OPEC and allied producers',
  },
  { id: 'Q3805', type: 'place', en: 'Amman', ar: ['عمان'], desc: 'Capital of Jordan', country: 'JO', rank: 4000000 },
  {
    id: 'Q842',
    type: 'place',
    en: 'Oman',
    ar: ['عمان', 'سلطنة عمان'],
    desc: 'Country in Western Asia',
    country: 'OM',
    rank: 3000000,
  },
  { id: 'hamish:place:cairo', type: 'place', en: 'Cairo', ar: ['القاهرة'], desc: 'Capital of Egypt', rank: 9000000 },
];
const engine = createEngine(
  smallData({}, EXTRA, {
    'فرنسي': { countryId: 'Q142', countryEn: 'France', adjective: 'French' },
    'بريطاني': { countryId: 'Q145', countryEn: 'United Kingdom', adjective: 'British' },
  }),
);
const english = (text: string) => engine.annotate(text).entities.map((m) => m.english);
const found = foundBy(engine);

describe('engine context fixes', () => {
  it('tells Oman from Amman by a written vowel, and leaves the bare form to rank', () => {
    expect(english('زار عُمان أمس')).toEqual(['Oman']);
    expect(english('وصل إلى عَمّان أمس')).toEqual(['Amman']);
    expect(english('وصل إلى عمان أمس')).toEqual(['Amman']);
  });

  it('reads a name with + attached as its بلس entry', () => {
    expect(engine.annotate('اتفق تحالف أوبك+ أمس').entities.map((m) => [m.text, m.english])).toEqual([
      ['أوبك+', 'OPEC+'],
    ]);
    expect(engine.annotate('اتفقت أوبك + روسيا').entities.map((m) => [m.text, m.english])).toEqual([
      ['أوبك', 'OPEC'],
      ['روسيا', 'Russia'],
    ]);
  });

  it('keeps the facility entry when its noun is left out of the span', () => {
    expect(english('أغلق معبر رفح أمس')).toEqual(['Rafah Border Crossing']);
  });

  const CASES: [input: string, expected: string[]][] = [
    ['الخرطوم (أ ف ب) - قال مسؤول إن', ['place:الخرطوم', 'organization:أ ف ب']],
    ['الخرطوم (الفرنسية) - قال مسؤول إن', ['place:الخرطوم', 'organization:الفرنسية']],
    ['فاز الأهلي على الزمالك في المباراة النهائية للدوري', ['organization:الأهلي', 'organization:الزمالك']],
    ['فاز الأهلي في المباراة وتصدر الدوري', ['organization:الأهلي']],
    ['قال جورج صليبا إن الحوار مستمر', ['person:جورج صليبا']],
    ['وصل الوفد إلى القاهرة أمس', ['place:القاهرة']],
    ['وصل الوفد إلى حمص أمس', ['place:حمص']],
    ['الدوحة (قنا) - أعلن مسؤول', ['organization:قنا']],
    ['وصل الوفد إلى قنا في صعيد مصر', ['place:قنا']],
    ['وصلت إلى مدينة ليستر البريطانية', ['place:ليستر']],
    ['وقال أستاذ العلوم في جامعة جورجتاون ديفيد ميلر إن', ['organization:جامعة جورجتاون', 'person:ديفيد ميلر']],
    ['وقال أستاذ العلوم في جامعة جورجتاون العريقة إن', ['organization:جامعة جورجتاون']],
    ['في مدينة ليل الفرنسية', ['place:ليل']],
    ['قال إن مدينتي حمص وليل توأمتان', ['place:حمص', 'place:وليل']],
    // a facility's noun stays outside, the entry stays the facility; a ministry's seat is its own mention
    ['أغلق معبر رفح أمس', ['place:رفح']],
    ['أعلنت وزارة الصحة في غزة أن', ['organization:وزارة الصحة', 'place:غزة']],
    ['وقعت انفجارات في المنطقة الخضراء أمس', ['place:المنطقة الخضراء']],
    ['في قرى جبال الأطلس الكبير', ['place:الأطلس الكبير']],
    ['وصل الوفد إلى جزر القمر', ['place:جزر القمر']],
    // كـ after a first name is the family name's letter; a common word's accusative is no town
    ['إذ قال مديرها جان كاسيا إن القارة', []],
    ['وقعت دول كبرى كآسيا وأوروبا', ['place:كآسيا']],
    // after a title كـ opens the name; elsewhere it may still mean "like"
    ['خلال استقبالها للسفير كلاوس ايبرمان أمس', ['person:كلاوس ايبرمان']],
    ['تعمل دول فقيرة كلاوس على', ['place:كلاوس']],
    ['من دون أن يحدد تاريخاً بعينه', []],
    // the paper, not the region: told to it, or its dateline credit
    ['وقال للشرق الأوسط إن المحادثات مستمرة', ['organization:للشرق الأوسط']],
    ['وأوضح للشرق الأوسط أن', ['organization:للشرق الأوسط']],
    ['القاهرة: الشرق الأوسط', ['place:القاهرة', 'organization:الشرق الأوسط']],
    ['وقال إن الشرق الأوسط يتغير', ['place:الشرق الأوسط']],
    ['وقال للمسؤولين في الشرق الأوسط إن', ['place:الشرق الأوسط']],
    // must not match: a nisba outside brackets, a club name outside sport, a common word
    ['قالت القوات الفرنسية إن', []],
    ['وصل الأهلي والأصدقاء إلى الحفل', []],
    ['وسبل تعزيز العمل في إطار التعاون', []],
    ['وصل الوفد إلى جورج أمس', ['place:جورج']],
    ['وقال إن منتصف ليل أمس شهد قصفا', []],
    // a descriptor noun stays in the span only when the English name carries it
    ['تفشى المرض في جمهورية الكونغو الديمقراطية', ['place:جمهورية الكونغو الديمقراطية']],
    ['وقال لوكالة رويترز إن', ['organization:رويترز']],
    ['تقدم حزب البديل من أجل ألمانيا في الاستطلاع', ['organization:البديل من أجل ألمانيا']],
    ['فاز حزب العمال في الانتخابات', ['organization:حزب العمال']],
    // a speaker, not the town named ديفيد (lib/engine/speakers.ts)
    ['وقال ديفيد إن الوضع هادئ', ['person:ديفيد']],
    ['وصل الوفد إلى مدينة ديفيد أمس', ['place:ديفيد']],
  ];
  it.each(CASES)('%s', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });

  it('gives a guess over a set-aside gazetteer form that entry, not a guessed English', () => {
    const [m] = engine.annotate('وصل الوفد إلى بلدة إطار أمس').entities;
    expect(m).toMatchObject({ text: 'إطار', type: 'place', english: 'Atar', known: true, id: 'hamish:place:atar' });
  });
});

describe('merge order', () => {
  // The packed sort must give exactly what the comparator gives, stability included.
  function reference(cands: readonly Candidate[]): Candidate[] {
    const used = new Uint8Array(200);
    const out: Candidate[] = [];
    for (const c of [...cands].sort(compareCandidates)) {
      let free = true;
      for (let i = c.start; i < c.end && free; i++) free = used[i] === 0;
      if (!free) continue;
      used.fill(1, c.start, c.end);
      out.push(c);
    }
    return out.sort((a, b) => a.start - b.start);
  }
  const sources: Source[] = ['coref', 'gazetteer', 'pattern', 'rule', 'tagger', 'demonym'];
  let seed = 7;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const trials = Array.from({ length: 20 }, (_, k) => [k] as [number]);
  it.each(trials)('random candidates #%i', () => {
    const cands: Candidate[] = Array.from({ length: 60 }, () => {
      const start = rnd(150);
      return {
        start,
        end: start + 1 + rnd(4),
        type: 'person',
        source: sources[rnd(6)]!,
        known: rnd(2) === 0,
        english: null,
        id: null,
        prefix: '',
      };
    });
    expect(merge(cands, undefined, 200)).toEqual(reference(cands));
    expect(merge(cands, undefined, 200)).not.toEqual([]);
  });
});

describe('pronounAttached', () => {
  it.each([
    ['لإبلاغه', true],
    ['بقذائفهم', true],
    ['لمنزلها', true],
    ['لعبدالله', false],
    ['لفاطمة', false],
    ['بيروت', false],
    ['لندن', false],
    ['كتابه', true],
    ['طه', false],
    ['عليه', true],
    ['إليها', true],
    ['منهم', true],
    ['لديه', true],
    ['علية', false],
    ['منة', false],
    ['علي', false],
    ['عماد', false],
    ['فيصل', false],
  ])('%s → %s', (w, want) => expect(pronounAttached(w)).toBe(want));
});
