// Small in-memory engine data for the engine's unit tests (the real data is tested through the CLI).
import { compileGazetteer, loadGazetteer } from '@/lib/gazetteer';
import { createEngine } from '@/lib/engine';
import type { Engine, EngineData, PatternsDoc } from '@/lib/engine';
import type { Demonym } from '@/lib/gazetteer/compile';
import type { EntityMention, GazetteerEntry } from '@/lib/types';

export const ENTRIES: GazetteerEntry[] = [
  { id: 'Q159', type: 'place', en: 'Russia', ar: ['روسيا'], desc: 'Country', country: 'RU', rank: 100 },
  {
    id: 'Q30',
    type: 'place',
    en: 'United States',
    ar: ['الولايات المتحدة', 'أميركا'],
    desc: 'Country',
    country: 'US',
    rank: 100,
  },
  { id: 'Q889', type: 'place', en: 'Afghanistan', ar: ['أفغانستان'], desc: 'Country', country: 'AF' },
  { id: 'Q1963', type: 'place', en: 'Khartoum', ar: ['الخرطوم'], desc: 'Capital of Sudan', country: 'SD' },
  { id: 'Q7184', type: 'organization', en: 'NATO', ar: ['الناتو', 'حلف شمال الأطلسي'], desc: 'Military alliance' },
  {
    id: 'Q34490',
    type: 'organization',
    en: 'al-Qaeda',
    ar: ['القاعدة', 'تنظيم القاعدة'],
    ambiguous: ['القاعدة'],
    desc: 'Militant group',
  },
  {
    id: 'hamish:org:al-jazeera',
    type: 'organization',
    en: 'Al Jazeera',
    ar: ['الجزيرة', 'قناة الجزيرة'],
    ambiguous: ['الجزيرة'],
    desc: 'Qatari news channel',
  },
  { id: 'Q61053', type: 'person', en: 'Olaf Scholz', ar: ['أولاف شولتس'], desc: 'Chancellor of Germany' },
  { id: 'Q1416637', type: 'organization', en: 'Fitch Ratings', ar: ['فيتش'], desc: 'Credit rating agency' },
  { id: 'Q7768', type: 'organization', en: 'ASEAN', ar: ['رابطة دول جنوب شرق آسيا'], desc: 'Regional organisation' },
  { id: 'Q38104', type: 'organization', en: 'Hamas', ar: ['حماس', 'حركة حماس'], desc: 'Palestinian movement' },
  {
    id: 'hamish:org:ahly',
    type: 'organization',
    en: 'Al Ahly',
    ar: ['الأهلي'],
    ambiguous: ['الأهلي'],
    desc: 'Egyptian football club',
  },
  {
    id: 'hamish:org:amal',
    type: 'organization',
    en: 'Amal Movement',
    ar: ['أمل', 'حركة أمل'],
    ambiguous: ['أمل'],
    desc: 'Lebanese Shia party',
  },
  { id: 'Q1058', type: 'person', en: 'Narendra Modi', ar: ['ناريندرا مودي', 'مودي'], desc: 'Prime Minister of India' },
  {
    id: 'hamish:org:afp',
    type: 'organization',
    en: 'Agence France-Presse',
    ar: ['فرانس برس', 'الفرنسية'],
    ambiguous: ['الفرنسية'],
    desc: 'French news agency',
  },
  // Also a pattern's output; listed so the minister-title rule is tested on a gazetteer match too.
  {
    id: 'hamish:org:mfa-us',
    type: 'organization',
    en: 'United States Department of State',
    ar: ['الخارجية الأميركية'],
    desc: 'Foreign ministry of the United States',
  },
  {
    id: 'hamish:org:zamalek',
    type: 'organization',
    en: 'Zamalek',
    ar: ['الزمالك'],
    ambiguous: ['الزمالك'],
    desc: 'Egyptian football club',
  },
];

export const DEMONYMS = {
  'روسي': { countryId: 'Q159', countryEn: 'Russia', adjective: 'Russian' },
  'أميركي': { countryId: 'Q30', countryEn: 'United States', adjective: 'American' },
};

export const PATTERNS: PatternsDoc = {
  patterns: [
    {
      id: 'mfa',
      ar: ['وزارة الخارجية', 'الخارجية'],
      arConstruct: ['وزارة خارجية'],
      en: 'Ministry of Foreign Affairs of {country}',
      type: 'organization',
      requiresCountry: true,
      nisbaGender: 'f',
      overrides: { US: { en: 'United States Department of State' } },
    },
    {
      id: 'army',
      ar: ['الجيش'],
      arConstruct: ['جيش'],
      en: '{adjective} Army',
      type: 'organization',
      requiresCountry: true,
      nisbaGender: 'm',
    },
  ],
  countryAliases: [],
  definiteCountries: ['US'],
  notAfter: ['وزير', 'وزيرة'],
  notStandalone: ['الخارجية', 'وزارة الخارجية', 'الجيش'],
};

/** Guesses are the words joined with '+', so a test can tell a guess from a gazetteer name. */
export const fakeTranslit = { guessToken: (w: string) => w, guessName: (ws: string[]) => ws.join('+') };

export function smallData(
  over: Partial<EngineData> = {},
  extra: GazetteerEntry[] = [],
  demonyms: Record<string, Demonym> = {},
): EngineData {
  const compiled = compileGazetteer([...ENTRIES, ...extra], { ...DEMONYMS, ...demonyms });
  return {
    gazetteer: loadGazetteer(compiled),
    demonyms: compiled.demonyms,
    patterns: PATTERNS,
    translit: fakeTranslit,
    ner: null,
    ...over,
  };
}

/** The names an engine marks in a text, demonyms left out, as "type:surface". */
export const foundBy =
  (engine: Engine) =>
  (text: string): string[] =>
    engine
      .annotate(text)
      .entities.filter((m) => m.type !== 'demonym')
      .map((m) => `${m.type}:${m.text}`);

/** The surfaces of the names of one type an engine marks in a text. */
export const typedBy =
  (engine: Engine, type: EntityMention['type']) =>
  (text: string): string[] =>
    engine
      .annotate(text)
      .entities.filter((m) => m.type === type)
      .map((m) => m.text);

export const smallEngine = createEngine(smallData());
