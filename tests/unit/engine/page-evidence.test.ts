// The page-evidence pass on its own: candidates written inline as {type/source:words} (known
// names as {type/known:words}), the pass's output read back as "words/type".
import { describe, expect, it } from 'vitest';
import { pageEvidence } from '@/lib/engine/page-evidence';
import type { Candidate, Doc } from '@/lib/engine/types';
import { cueLexicon } from '@/lib/ner/cues';
import { foldLoose, normalize } from '@/lib/text/normalize';
import { tokenize } from '@/lib/text/tokens';
import { analyses } from '@/lib/engine/analyses';

const GIVEN = new Set(['سلمي']);
const COMMON = new Set(['مبلغ']);
const words = { cues: cueLexicon(), commonKey: (k: string) => COMMON.has(k), givenKey: (k: string) => GIVEN.has(k) };

function parse(marked: string): { doc: Doc; cands: Candidate[] } {
  const spans: { from: number; to: number; type: string; source: string }[] = [];
  let text = '';
  const re = /\{(\w+)\/(\w+):([^}]+)\}/g;
  let last = 0;
  for (let m = re.exec(marked); m; m = re.exec(marked)) {
    text += marked.slice(last, m.index);
    spans.push({ from: text.length, to: text.length + m[3]!.length, type: m[1]!, source: m[2]! });
    text += m[3]!;
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  const normal = normalize(text);
  const tokens = tokenize(text, normal);
  const doc: Doc = { text, tokens, keys: tokens.map((t) => foldLoose(t.norm)) };
  const cands = spans.map((s): Candidate => {
    const start = tokens.findIndex((t) => t.start === s.from);
    const end = tokens.findIndex((t) => t.end === s.to) + 1;
    const known = s.source === 'known';
    // The proclitic the stages would have left off: the shortest split that is not the whole word.
    const a = known ? analyses(doc.keys[start]!).find((x) => x.prefix && !x.article) : undefined;
    return {
      start,
      end,
      type: s.type as Candidate['type'],
      source: known ? 'gazetteer' : (s.source as Candidate['source']),
      known,
      english: known ? 'EN' : null,
      id: known ? 'Q1' : null,
      prefix: '',
      ...(a && s.type === 'place' && /^[وب]/.test(doc.keys[start]!) ? { prefix: a.prefix, stem: a.stem } : {}),
    };
  });
  return { doc, cands };
}

function run(marked: string): string[] {
  const { doc, cands } = parse(marked);
  return pageEvidence(doc, cands, words).map(
    (c) =>
      `${doc.tokens
        .slice(c.start, c.end)
        .map((t) => t.text)
        .join(' ')}/${c.type}`,
  );
}

describe('page evidence', () => {
  const CASES: [name: string, marked: string, expected: string[]][] = [
    [
      'a place a rule found spreads to its other mentions, with their proclitics',
      'ثار بركان {place/rule:مايون} أمس. وغطى الرماد قرى حول ومايون وسكانها',
      ['مايون/place', 'ومايون/place'],
    ],
    [
      'a known body of two words spreads to a mention the stages left alone',
      'قال {organization/known:بنك الخليج} إن الأرباح زادت. وأعلن بنك الخليج عن توزيعات',
      ['بنك الخليج/organization', 'بنك الخليج/organization'],
    ],
    [
      'a known club spreads where the team is meant',
      'فاز {organization/known:ليفربول} على ضيفه. وسجل أمام ليفربول هدفين',
      ['ليفربول/organization', 'ليفربول/organization'],
    ],
    [
      'a known definite name of two words spreads with لل before it',
      'قالت {organization/known:الأمم المتحدة} إن. وقال متحدث باسم الأمم المتحدة ورئيس للأمم المتحدة',
      ['الأمم المتحدة/organization', 'الأمم المتحدة/organization', 'للأمم المتحدة/organization'],
    ],
    // must not spread
    [
      'a definite word alone: elsewhere the noun (the island)',
      'قالت {organization/known:الجزيرة} إن. وصور الصيادون شاطئ الجزيرة',
      ['الجزيرة/organization'],
    ],
    [
      'a club named after its city: after "in" the city is meant',
      'فاز {organization/known:ليفربول} على ضيفه. وعاد اللاعب إلى منزله في ليفربول وبليفربول',
      ['ليفربول/organization'],
    ],
    [
      'a club named after its city, also read as the city: after "in" still the city',
      'فاز {organization/known:ليفربول} على ضيفه. وغادر {place/tagger:ليفربول} أمس. وعاد إلى منزله في ليفربول',
      ['ليفربول/organization', 'ليفربول/place'],
    ],
    [
      'a place named like a first name: elsewhere it is a person',
      'وصل الوفد إلى بلدة {place/rule:سلمى} أمس. وقالت سلمى إن الطريق مغلق',
      ['سلمى/place'],
    ],
    [
      'a body a rule named after its noun: the word alone may be its founder',
      'أعلنت شركة {organization/rule:ديمورا} عن سيارة. ويسعى ديمورا إلى البيع',
      ['ديمورا/organization'],
    ],
    ['a guess alone does not spread', 'قال {place/tagger:تشانغلي} إن. وفي تشانغلي هدوء', ['تشانغلي/place']],
    ['a common word does not spread', 'في بلدة {place/rule:مبلغ} هدوء. ودفع مبلغ كبير', ['مبلغ/place']],
    ['a name does not spread to the word with an article', 'بلدة {place/rule:جبيل} هادئة. وقال الجبيل', ['جبيل/place']],
  ];
  it.each(CASES)('%s', (_, marked, expected) => expect(run(marked)).toEqual(expected));

  it('retypes a guessed person that the page knows as a place, not a guessed club it knows as a city', () => {
    expect(run('زار الوفد {place/known:كوبنهاغن} أمس. وقال {person/tagger:كوبنهاغن} إن')).toEqual([
      'كوبنهاغن/place',
      'كوبنهاغن/place',
    ]);
    expect(run('زار الوفد {place/known:كوبنهاغن} أمس. سلتيك - {organization/tagger:كوبنهاغن} 1 - صفر')).toEqual([
      'كوبنهاغن/place',
      'كوبنهاغن/organization',
    ]);
  });

  it('cuts a guessed person back to the name the page gives, past a word that is no name', () => {
    const trimmed = 'وقال {person/rule:محفوظ} إن الرواية فن. وعمل {person/tagger:محفوظ موظفا} في الوزارة';
    expect(run(trimmed)).toEqual(['محفوظ/person', 'محفوظ/person']);
    // must not cut: the longer name written twice, a nisba that ends the name, no shorter name
    const twice =
      'قال {person/rule:ليوناردو} إن. زار {person/tagger:ليوناردو بوشريف} البلدة. وقال {person/tagger:ليوناردو بوشريف}';
    expect(run(twice)).toEqual(['ليوناردو/person', 'ليوناردو بوشريف/person', 'ليوناردو بوشريف/person']);
    const nisba = 'قال الشيخ {person/rule:خالد} إن. وأضاف {person/tagger:خالد الإيرلندي} أن';
    expect(run(nisba)).toEqual(['خالد/person', 'خالد الإيرلندي/person']);
    expect(run('وعمل {person/tagger:محفوظ موظفا} في الوزارة')).toEqual(['محفوظ موظفا/person']);
  });
});
