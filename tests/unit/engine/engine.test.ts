// The engine on small in-memory data: gazetteer match with clitics, compositional bodies,
// demonyms, context for ambiguous words, span conventions. Each case lists every mention expected
// (text, type, English); anything else found fails the case.
import { describe, expect, it } from 'vitest';
import { createEngine } from '@/lib/engine';
import { smallData, smallEngine } from './fixture';

type Expect = [text: string, type: string, english: string | null];
const CASES: [label: string, input: string, expected: Expect[]][] = [
  ['plain country', 'زار الوفد روسيا أمس', [['روسيا', 'place', 'Russia']]],
  [
    'و + ب proclitics',
    'عاد من روسيا وبأفغانستان',
    [
      ['روسيا', 'place', 'Russia'],
      ['وبأفغانستان', 'place', 'Afghanistan'],
    ],
  ],
  ['ل + ال written لل', 'قدم دعمه للناتو علنا', [['للناتو', 'organization', 'NATO']]],
  ['ك proclitic', 'دول كبرى كروسيا', [['كروسيا', 'place', 'Russia']]],
  // after a speech verb the word is the speaker (وقال كلاوس), not ك + a place; a word later it may be
  ['no ك reading right after a speech verb', 'وقال كروسيا أمس', []],
  ['ك reading a word after a speech verb', 'وقال إن دولا كروسيا تعارض', [['كروسيا', 'place', 'Russia']]],
  [
    'article kept, ب before it',
    'وصل إلى الخرطوم ثم بالخرطوم',
    [
      ['الخرطوم', 'place', 'Khartoum'],
      ['بالخرطوم', 'place', 'Khartoum'],
    ],
  ],
  ['multi-word form', 'اجتمع حلف شمال الأطلسي', [['حلف شمال الأطلسي', 'organization', 'NATO']]],
  [
    'body + nisba is one span',
    'أعلنت الخارجية الروسية ذلك',
    [['الخارجية الروسية', 'organization', 'Ministry of Foreign Affairs of Russia']],
  ],
  [
    'full ministry form, override',
    'قالت وزارة الخارجية الأميركية',
    [['وزارة الخارجية الأميركية', 'organization', 'United States Department of State']],
  ],
  [
    'construct with a country name',
    'بيان وزارة خارجية روسيا',
    [['وزارة خارجية روسيا', 'organization', 'Ministry of Foreign Affairs of Russia']],
  ],
  ['adjective template', 'تقدم الجيش الروسي', [['الجيش الروسي', 'organization', 'Russian Army']]],
  ['minister is not the ministry', 'قال وزير الخارجية الروسي', [['الروسي', 'demonym', 'Russia']]],
  ['gender must agree', 'الخارجية الروسي', [['الروسي', 'demonym', 'Russia']]],
  [
    'feminine minister: the title, not the ministry',
    'قالت وزيرة الخارجية الأميركية',
    [['الأميركية', 'demonym', 'United States']],
  ],
  [
    'ministry named in full after a minister word',
    'قالت وزيرة وزارة الخارجية الأميركية',
    [['وزارة الخارجية الأميركية', 'organization', 'United States Department of State']],
  ],
  ['club name after a noun with proclitics is its adjective', 'كتب عن التاريخ الحديث وللتاريخ العربي', []],
  [
    'ministry without its country: a generic name',
    'أعلنت وزارة الخارجية أمس',
    [['وزارة الخارجية', 'organization', 'Ministry of Foreign Affairs']],
  ],
  ['short body without its country is not a name', 'أعلنت الخارجية أمس', []],
  ['army without its country is not a name', 'تقدم الجيش أمس', []],
  ['an organisation noun left alone is no name', 'ويستمر المعرض في مركز المعارض', []],
  ['minister without a country names no ministry', 'قال وزير الخارجية أمس', []],
  ['standalone nisba is a demonym', 'قال المسؤول الروسي', [['الروسي', 'demonym', 'Russia']]],
  [
    'ambiguous word with its noun: the noun settles it but stays out',
    'نفذ تنظيم القاعدة هجوما',
    [['القاعدة', 'organization', 'al-Qaeda']],
  ],
  ['ambiguous word as common noun', 'قصفت الطائرات القاعدة العسكرية', []],
  ['ambiguous word without support', 'هذه هي القاعدة في العمل', []],
  [
    'ambiguous word after a demonstrative, even with a sure mention',
    'تبنى تنظيم القاعدة الهجوم، وهذه القاعدة معروفة',
    [['القاعدة', 'organization', 'al-Qaeda']],
  ],
  [
    'ambiguous word after a sure mention',
    'تبنى تنظيم القاعدة الهجوم، وقالت القاعدة إنها',
    [
      ['القاعدة', 'organization', 'al-Qaeda'],
      ['القاعدة', 'organization', 'al-Qaeda'],
    ],
  ],
  ['channel noun stays out of the span', 'قالت قناة الجزيرة', [['الجزيرة', 'organization', 'Al Jazeera']]],
  ['noun the English carries stays in', 'قال النائب عن حركة أمل', [['حركة أمل', 'organization', 'Amal Movement']]],
  ['ambiguous word alone is a common noun', 'يبقى أمل الناس كبيرا', []],
  ['ambiguous movement after its members', 'اشتبك مسلحون من أنصار أمل مع', [['أمل', 'organization', 'Amal Movement']]],
  [
    'ambiguous movement after a member word and من',
    'قتل ثلاثة مسلحين من أمل',
    [['أمل', 'organization', 'Amal Movement']],
  ],
  [
    'channel told something, the speaker in between (a person: who spoke to it)',
    'وقال أحمد للجزيرة إن',
    [
      ['أحمد', 'person', 'احمد'],
      ['للجزيرة', 'organization', 'Al Jazeera'],
    ],
  ],
  ['channel after ل with no speech verb is the island', 'سافر أحمد للجزيرة أمس', []],
  ['agency in a photo credit', 'وصل الوفد (الفرنسية)', [['الفرنسية', 'organization', 'Agence France-Presse']]],
  [
    'agency in an archive credit',
    'وصل الوفد (الفرنسية - أرشيف)',
    [['الفرنسية', 'organization', 'Agence France-Presse']],
  ],
  ['channel alone in a credit', 'وصل الوفد (الجزيرة)', [['الجزيرة', 'organization', 'Al Jazeera']]],
  ['channel in an archive credit', 'وصل الوفد (الجزيرة - أرشيف)', [['الجزيرة', 'organization', 'Al Jazeera']]],
  ['bracketed phrase is no credit', 'زار الوفد (الجزيرة الكبرى)', []],
  ['agency nisba outside a credit is an adjective', 'قالت الحكومة الفرنسية', []],
  [
    'known surname after another given name is another person',
    'قال عبد الرحمن مودي إن',
    [['عبد الرحمن مودي', 'person', 'عبد+الرحمن+مودي']],
  ],
  ['known surname alone keeps its id', 'قال مودي إن', [['مودي', 'person', 'Narendra Modi']]],
  [
    'known surname after a foreign first name is another person',
    'كان أبوه هيرمان مودي يعمل في التجارة',
    [['هيرمان مودي', 'person', 'هيرمان+مودي']],
  ],
  ['known full name keeps its id', 'قال ناريندرا مودي إن', [['ناريندرا مودي', 'person', 'Narendra Modi']]],
  ['a short word before a known surname is no first name', 'قال ميل مودي إن', [['مودي', 'person', 'Narendra Modi']]],
  ['a title before a known surname is no first name', 'قال الرئيس مودي إن', [['مودي', 'person', 'Narendra Modi']]],
  ['a word in ة before a known surname is no first name', 'زيارة مودي للهند', [['مودي', 'person', 'Narendra Modi']]],
  ['a preposition named like a person is no first name', 'وقف أمام مودي', [['مودي', 'person', 'Narendra Modi']]],
  ['first name before a company named for a person', 'قال ستيف فيتش إن', [['ستيف فيتش', 'person', 'ستيف+فيتش']]],
  [
    'a cue noun before a company is no first name',
    'خفضت وكالة فيتش التصنيف',
    [['فيتش', 'organization', 'Fitch Ratings']],
  ],
  ['a preposition before a company is no first name', 'خسرت أمام فيتش', [['فيتش', 'organization', 'Fitch Ratings']]],
  ['a clitic word before a body is no first name', 'قال المتحدث باسم حماس', [['حماس', 'organization', 'Hamas']]],
  [
    'known name after بن is the father of a guessed person',
    'قال حسن بن أولاف شولتس إن',
    [['حسن بن أولاف شولتس', 'person', 'حسن+بن+اولاف+شولتس']],
  ],
  ['island is not the channel', 'شبه الجزيرة العربية', []],
  [
    'list of clubs',
    'فاز الأهلي والزمالك',
    [
      ['الأهلي', 'organization', 'Al Ahly'],
      ['والزمالك', 'organization', 'Zamalek'],
    ],
  ],
  ['generic noun dropped', 'قالت حركة حماس', [['حماس', 'organization', 'Hamas']]],
  ['word starting with و stays whole', 'قال وزير إن', []],
];

describe('engine.annotate on small data', () => {
  it.each(CASES)('%s: %s', (_label, input, expected) => {
    const { entities } = smallEngine.annotate(input);
    for (const e of entities) expect(input.slice(e.start, e.end)).toBe(e.text);
    expect(entities.map((e) => [e.text, e.type, e.english])).toEqual(expected);
  });

  it('gives known names their gazetteer id, description and a romanization without the proclitic', () => {
    const [m] = smallEngine.annotate('وبأفغانستان').entities;
    expect(m).toMatchObject({ id: 'Q889', known: true, description: 'Country' });
    expect(m!.romanized).not.toMatch(/^wa|^bi/);
    expect(m!.romanized.length).toBeGreaterThan(3);
  });

  it('flags a ministry without its country as a guess with an id of this document only', () => {
    const [m] = smallEngine.annotate('أعلنت وزارة الخارجية أمس').entities;
    expect(m).toMatchObject({ known: false, english: 'Ministry of Foreign Affairs' });
    expect(m!.id.startsWith('doc:')).toBe(true);
  });

  it('restores the article of لل in the romanized name', () => {
    const [m] = smallEngine.annotate('للناتو').entities;
    expect(m!.romanized.startsWith('al-')).toBe(true);
  });

  it('finds dates against the publication date', () => {
    const { dates } = smallEngine.annotate('وقع الاتفاق في 5 مارس 2023 ثم أمس', { published: '2024-05-02' });
    expect(dates.map((d) => d.value)).toEqual(['2023-03-05', '2024-05-01']);
  });

  it('works without patterns, translit and tagger', () => {
    const bare = createEngine(smallData({ patterns: null, translit: null }));
    expect(bare.annotate('أعلنت الخارجية الروسية').entities.map((e) => e.type)).toEqual(['demonym']);
  });
});
