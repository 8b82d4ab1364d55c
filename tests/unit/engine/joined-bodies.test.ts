// Organisation names that run on past their span: fields joined by و, a news agency's acronym, and
// a nisba the tagger read as a body of its own.
import { describe, expect, it } from 'vitest';
import { joinedBodies } from '@/lib/engine/joined-bodies';
import type { Candidate, Doc, Source } from '@/lib/engine/types';
import { cueLexicon } from '@/lib/ner/cues';
import { foldLoose } from '@/lib/text/normalize';
import { tokenize } from '@/lib/text/tokens';

type Given = [words: string, type: Candidate['type'], source?: Source, prefix?: string];

/** The spans joinedBodies returns for `text` whose candidates are `given` (each the first run of its words). */
function run(text: string, given: Given[]): string[] {
  const tokens = tokenize(text);
  const doc: Doc = { text, tokens, keys: tokens.map((t) => foldLoose(t.norm)) };
  const texts = tokens.map((t) => t.text);
  const cands: Candidate[] = given.map(([words, type, source = 'gazetteer', prefix = '']) => {
    const w = words.split(' ');
    const start = texts.findIndex((_, i) => w.every((x, k) => texts[i + k] === x));
    if (start < 0) throw new Error(`no ${words} in ${text}`);
    return { start, end: start + w.length, type, source, known: true, english: 'X', id: 'Q1', prefix };
  });
  const country = (k: string) => ['الاميركيه', 'الاميركي', 'الكوريه', 'الفرنسيه', 'اللبناني', 'الروسيه'].includes(k);
  return joinedBodies(doc, cands, cueLexicon(), country).map(
    (c) => `${texts.slice(c.start, c.end).join(' ')}/${c.type}${c.known ? '' : '?'}`,
  );
}

describe('joinedBodies', () => {
  const CASES: [text: string, given: Given[], expected: string[]][] = [
    // a body named by its field takes the fields joined to it, and becomes a guess
    [
      'بالتعاون مع وزارة الاقتصاد والتجارة في الدولة',
      [['وزارة الاقتصاد', 'organization']],
      ['وزارة الاقتصاد والتجارة/organization?'],
    ],
    [
      'ذكر بلاغ لوزارة الطاقة والمعادن أن',
      [['لوزارة الطاقة', 'organization', 'gazetteer', 'ل']],
      ['لوزارة الطاقة والمعادن/organization?'],
    ],
    [
      'من كلية الآداب والعلوم الإنسانية بالرباط',
      [['كلية الآداب', 'organization', 'tagger']],
      ['كلية الآداب والعلوم الإنسانية/organization?'],
    ],
    [
      'أعلنت وزارة التعليم العالي والبحث العلمي أمس',
      [['وزارة التعليم العالي', 'organization']],
      ['وزارة التعليم العالي/organization'],
    ],
    [
      'أعلنت وزارة الأوقاف والشؤون الإسلامية والمقدسات أمس',
      [['وزارة الأوقاف', 'organization']],
      ['وزارة الأوقاف والشؤون الإسلامية والمقدسات/organization?'],
    ],
    // must not join: the next body, an adjective, people, a name after it, a country's adjective, no field head
    ['بين وزارة الدفاع والجيش اللبناني', [['وزارة الدفاع', 'organization']], ['وزارة الدفاع/organization']],
    ['اجتمع مع وزارة الصحة والمنظمة الدولية', [['وزارة الصحة', 'organization']], ['وزارة الصحة/organization']],
    ['تعمل وزارة الصحة والمواطنين معا', [['وزارة الصحة', 'organization']], ['وزارة الصحة/organization']],
    ['وزارة الخارجية والروسية', [['وزارة الخارجية', 'organization']], ['وزارة الخارجية/organization']],
    [
      'وزارة الصحة والقاهرة',
      [
        ['وزارة الصحة', 'organization'],
        ['والقاهرة', 'place'],
      ],
      ['وزارة الصحة/organization', 'والقاهرة/place'],
    ],
    ['منظمة الأغذية والأدوية الأميركية', [['منظمة الأغذية', 'organization']], ['منظمة الأغذية/organization']],
    ['حزب العدالة والتنمية', [['حزب العدالة', 'organization']], ['حزب العدالة/organization']],
    [
      'وزارة التخطيط والتنمية المحلية أمس',
      [['وزارة التخطيط', 'organization']],
      ['وزارة التخطيط والتنمية المحلية/organization?'],
    ],
    ['كلية الآداب والعلمي', [['كلية الآداب', 'organization']], ['كلية الآداب/organization']],
    ['حزب العمال والمحافظين', [['حزب العمال', 'organization']], ['حزب العمال/organization']],
    ['منظمة الصحة العالمية والدول', [['منظمة الصحة العالمية', 'organization']], ['منظمة الصحة العالمية/organization']],
    [
      'رئيس القسم بوزارة الاقتصاد والتجارة القى كلمة',
      [['بوزارة الاقتصاد', 'organization', 'gazetteer', 'ب']],
      ['بوزارة الاقتصاد والتجارة/organization?'],
    ],
    ['وزارة الاقتصاد ، والتجارة', [['وزارة الاقتصاد', 'organization']], ['وزارة الاقتصاد/organization']],
    // a news agency's acronym, bare (inside the name) or in brackets (a name of its own)
    [
      'وعلمت وكالة الأنباء القطرية قنا أنه',
      [
        ['وكالة الأنباء القطرية', 'organization'],
        ['قنا', 'place'],
      ],
      ['وكالة الأنباء القطرية قنا/organization'],
    ],
    [
      'ونقلت وكالة أنباء الإمارات ( وام ) عن',
      [['وكالة أنباء الإمارات', 'organization']],
      ['وكالة أنباء الإمارات/organization', 'وام/organization?'],
    ],
    [
      'ونقلت وكالة الأنباء الفرنسية عن الوزير',
      [['وكالة الأنباء الفرنسية', 'organization']],
      ['وكالة الأنباء الفرنسية/organization'],
    ],
    [
      'وقالت وكالة الأنباء الفرنسية أمس إن',
      [['وكالة الأنباء الفرنسية', 'organization']],
      ['وكالة الأنباء الفرنسية/organization'],
    ],
    ['وقالت وكالة رويترز قبل أن', [['وكالة رويترز', 'organization']], ['وكالة رويترز/organization']],
    [
      'ونقلت وكالة الأنباء الرسمية ( الأناضول ) عن',
      [['وكالة الأنباء الرسمية', 'organization']],
      ['وكالة الأنباء الرسمية/organization'],
    ],
    // a definite nisba the tagger read as a body right after a body is its adjective
    [
      'أعلنت شركة هيونداي الكورية زيادة',
      [
        ['هيونداي', 'organization'],
        ['الكورية', 'organization', 'tagger'],
      ],
      ['هيونداي/organization'],
    ],
    [
      'أعلنت هيونداي الكورية زيادة',
      [
        ['هيونداي', 'organization'],
        ['الكورية', 'organization', 'gazetteer'],
      ],
      ['هيونداي/organization', 'الكورية/organization'],
    ],
    [
      'فاز الزمالك على الأهلي',
      [
        ['الزمالك', 'organization'],
        ['الأهلي', 'organization', 'tagger'],
      ],
      ['الزمالك/organization', 'الأهلي/organization'],
    ],
    [
      'التقى بوتين الروسي',
      [
        ['بوتين', 'person'],
        ['الروسي', 'organization', 'tagger'],
      ],
      ['بوتين/person', 'الروسي/organization'],
    ],
  ];
  it.each(CASES)('%s', (text, given, expected) => {
    expect(run(text, given)).toEqual(expected);
  });
});
