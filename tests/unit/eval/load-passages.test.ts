// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPassages, parsePassage, type Passage } from '../../eval/load-passages';

const HEADER = 'published: 2024-03-06\ntopic: test, Testland\n\n';
const parse = (body: string): Passage => parsePassage('case', HEADER + body);

describe('parsePassage: offsets and spans', () => {
  const cases: {
    name: string;
    body: string;
    text: string;
    entities?: [string, string, string[]][];
    dates?: [string, string, string][];
    ignore?: string[];
  }[] = [
    {
      name: 'plain text, no markup',
      body: 'نص بلا أسماء.',
      text: 'نص بلا أسماء.',
    },
    {
      name: 'proclitic waw inside the span',
      body: 'زار [[place|وروسيا|Russia]] أمس',
      text: 'زار وروسيا أمس',
      entities: [['وروسيا', 'place', ['Russia']]],
    },
    {
      name: 'kaf, lil and wa-bi proclitics, several accepted names',
      body:
        'دول [[place|كروسيا|Russia]] ' +
        '[[organization|للناتو|NATO / North Atlantic Treaty Organization]] ' +
        '[[place|وبالعراق|Iraq]]',
      text: 'دول كروسيا للناتو وبالعراق',
      entities: [
        ['كروسيا', 'place', ['Russia']],
        ['للناتو', 'organization', ['NATO', 'North Atlantic Treaty Organization']],
        ['وبالعراق', 'place', ['Iraq']],
      ],
    },
    {
      name: 'title outside the span, person inside',
      body: 'قال الرئيس [[person|فلاديمير بوتين|Vladimir Putin]] إن',
      text: 'قال الرئيس فلاديمير بوتين إن',
      entities: [['فلاديمير بوتين', 'person', ['Vladimir Putin']]],
    },
    {
      name: 'gregorian and hijri dates, ignored span',
      body: 'في {{أغسطس/آب الماضي|2023-08}} وفي {{٢٥ شعبان ١٤٤٥هـ|2024-03-06|hijri}} قال ((الجيش الأميركي))',
      text: 'في أغسطس/آب الماضي وفي ٢٥ شعبان ١٤٤٥هـ قال الجيش الأميركي',
      dates: [
        ['أغسطس/آب الماضي', '2023-08', 'gregorian'],
        ['٢٥ شعبان ١٤٤٥هـ', '2024-03-06', 'hijri'],
      ],
      ignore: ['الجيش الأميركي'],
    },
    {
      name: 'markup across paragraphs keeps newlines in the text',
      body: '[[place|بيروت|Beirut]] -\n\nقال [[person|الزين|al-Zein]] {{أمس|2024-03-05}}\n',
      text: 'بيروت -\n\nقال الزين أمس',
      entities: [
        ['بيروت', 'place', ['Beirut']],
        ['الزين', 'person', ['al-Zein']],
      ],
      dates: [['أمس', '2024-03-05', 'gregorian']],
    },
  ];

  it.each(cases)('$name', ({ body, text, entities = [], dates = [], ignore = [] }) => {
    const p = parse(body);
    expect(p.text).toBe(text);
    expect(p.published).toBe('2024-03-06');
    expect(p.topic).toBe('test, Testland');
    expect(p.entities.map((e) => [p.text.slice(e.start, e.end), e.type, e.english])).toEqual(entities);
    expect(p.entities.map((e) => e.text)).toEqual(entities.map((e) => e[0]));
    expect(p.dates.map((d) => [p.text.slice(d.start, d.end), d.value, d.calendar])).toEqual(dates);
    expect(p.ignore.map((g) => p.text.slice(g.start, g.end))).toEqual(ignore);
  });

  it('gives UTF-16 offsets after earlier markup', () => {
    const p = parse('أ [[place|ب|B]] ج [[person|دال|D]]');
    expect(p.entities.map((e) => [e.start, e.end])).toEqual([
      [2, 3],
      [6, 9],
    ]);
  });
});

describe('parsePassage: malformed input is rejected with file and line', () => {
  const bad: { name: string; src: string; error: RegExp }[] = [
    { name: 'unclosed entity', src: HEADER + 'سطر\nقال [[person|زيد|Zaid', error: /^case:5: unclosed "\[\["/ },
    { name: 'stray closer', src: HEADER + 'قال زيد]] أمس', error: /^case:4: unbalanced "\]\]"/ },
    { name: 'stray date closer', src: HEADER + 'في 2020}}', error: /^case:4: unbalanced "\}\}"/ },
    { name: 'bad type', src: HEADER + '[[city|بيروت|Beirut]]', error: /^case:4: bad entity type "city"/ },
    { name: 'missing English', src: HEADER + '[[place|بيروت]]', error: /^case:4: entity must be/ },
    { name: 'empty English alternative', src: HEADER + '[[place|بيروت|Beirut / ]]', error: /empty English name/ },
    {
      name: 'nested markup',
      src: HEADER + '[[organization|وزارة [[place|مصر|Egypt]]|X]]',
      error: /nested or unbalanced/,
    },
    { name: 'span across a line break', src: HEADER + '((الجيش\nالأميركي))', error: /unclosed "\(\("/ },
    {
      name: 'proclitic left outside the span',
      src: HEADER + 'و[[place|روسيا|Russia]]',
      error: /does not cover whole tokens/,
    },
    {
      name: 'suffix left outside the span',
      src: HEADER + '[[place|روسي|Russia]]ا',
      error: /does not cover whole tokens/,
    },
    { name: 'outer space in mention', src: HEADER + '[[place| بيروت|Beirut]]', error: /outer spaces/ },
    { name: 'bad date value', src: HEADER + '{{أمس|2024-02-30}}', error: /bad date value "2024-02-30"/ },
    { name: 'bad calendar', src: HEADER + '{{أمس|2024-02-03|julian}}', error: /bad calendar "julian"/ },
    { name: 'pipe in ignored span', src: HEADER + '((الجيش|x))', error: /ignored span/ },
    { name: 'stray pipe', src: HEADER + 'نص | نص', error: /stray "\|"/ },
    { name: 'missing published line', src: 'topic: x\n\nنص', error: /^case:1: line 1 must be "published/ },
    { name: 'impossible published date', src: 'published: 2024-13-01\ntopic: x\n\nنص', error: /^case:1:/ },
    { name: 'missing topic line', src: 'published: 2024-01-01\n\nنص', error: /^case:2: line 2 must be "topic/ },
    {
      name: 'no blank line after header',
      src: 'published: 2024-01-01\ntopic: x\nنص',
      error: /^case:3: line 3 must be blank/,
    },
  ];

  it.each(bad)('$name', ({ src, error }) => {
    expect(() => parsePassage('case', src)).toThrow(error);
  });
});

// Umm al-Qura (the Saudi official calendar), as Intl's islamic-umalqura implements it and the engine uses.
const HIJRI_MONTHS: [RegExp, number][] = [
  [/محرم/, 1],
  [/صفر/, 2],
  [/ربيع الأول/, 3],
  [/ربيع (?:الآخر|الثاني)/, 4],
  [/جمادى الأولى/, 5],
  [/جمادى (?:الآخرة|الثانية)/, 6],
  [/رجب/, 7],
  [/شعبان/, 8],
  [/رمضان/, 9],
  [/شوال/, 10],
  [/ذو القعدة|ذي القعدة/, 11],
  [/ذو الحجة|ذي الحجة/, 12],
];
const toLatinDigits = (s: string) => s.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));

function hijriOf(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(new Date(`${iso}T00:00:00Z`));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return `${get('year')}-${get('month')}-${get('day')}`;
}

describe('the passages in tests/eval/passages', () => {
  const dir = fileURLToPath(new URL('../../eval/passages', import.meta.url));
  const passages = loadPassages(dir);
  const entities = passages.flatMap((p) => p.entities.map((e) => ({ ...e, id: p.id })));

  it('has at least 32 passages with 60–180 words each', () => {
    expect(passages.length).toBeGreaterThanOrEqual(32);
    const wrongLength = passages
      .map((p) => [p.id, p.text.split(/\s+/).filter(Boolean).length] as const)
      .filter(([, n]) => n < 60 || n > 180);
    expect(wrongLength).toEqual([]);
  });

  it('covers at least 25 distinct topics and countries', () => {
    const tags = new Set(passages.flatMap((p) => p.topic.split(',').map((t) => t.trim().toLowerCase())));
    expect(tags.size).toBeGreaterThanOrEqual(25);
  });

  it.each(['person', 'place', 'organization'] as const)('has at least 60 %s mentions', (type) => {
    expect(entities.filter((e) => e.type === type).length).toBeGreaterThanOrEqual(60);
  });

  it('has mention offsets that match the mention text, with no overlaps', () => {
    for (const p of passages) {
      const spans = [...p.entities, ...p.dates, ...p.ignore].sort((a, b) => a.start - b.start);
      for (const s of spans) expect([p.id, p.text.slice(s.start, s.end)]).toEqual([p.id, s.text]);
      for (let i = 1; i < spans.length; i++) {
        expect([p.id, spans[i]!.start >= spans[i - 1]!.end]).toEqual([p.id, true]);
      }
    }
  });

  it('gives overlapping English names to the same surface form of the same type', () => {
    // A dateline تونس may be the city and the country, so the lists must share a name, not match.
    const seen = new Map<string, string[]>();
    const clashes: string[] = [];
    for (const e of entities) {
      const key = `${e.type}|${e.text}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, e.english);
      else if (!e.english.some((n) => first.includes(n))) clashes.push(`${e.id}: ${e.text} → ${e.english.join(' / ')}`);
    }
    expect(clashes).toEqual([]);
  });

  it('converts every Hijri date by the Umm al-Qura calendar', () => {
    const hijri = passages.flatMap((p) => p.dates.filter((d) => d.calendar === 'hijri'));
    expect(hijri.length).toBeGreaterThanOrEqual(3);
    for (const d of hijri) {
      const text = toLatinDigits(d.text);
      const [day, year] = [/^(\d+)/.exec(text)?.[1], /(\d{4})/.exec(text)?.[1]];
      const month = HIJRI_MONTHS.find(([re]) => re.test(text))?.[1];
      expect([d.text, hijriOf(d.value)]).toEqual([d.text, `${year}-${month}-${Number(day)}`]);
    }
  });

  it('keeps a leading منذ inside the date span and في outside it', () => {
    const wrong = passages.flatMap((p) =>
      p.dates
        .filter((d) => /منذ\s$/.test(p.text.slice(0, d.start)) || /^في\s/.test(d.text))
        .map((d) => `${p.id}: ${d.text}`),
    );
    expect(wrong).toEqual([]);
  });

  it('resolves أمس to the day before publication', () => {
    for (const p of passages) {
      const dayBefore = new Date(Date.parse(`${p.published}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      for (const d of p.dates.filter((x) => x.text === 'أمس')) expect([p.id, d.value]).toEqual([p.id, dayBefore]);
    }
  });

  it('does not mark standalone nisba adjectives as names', () => {
    // السعودية is left out: it is the country's own name as well as an adjective.
    const nisba = /^(?:ال)?(?:روسي|أميركي|أمريكي|إيراني|صيني|فرنسي|تركي|مصري|أوكراني)(?:ة|ون|ين)?$/;
    expect(entities.filter((e) => nisba.test(e.text) && e.type !== 'person').map((e) => `${e.id}: ${e.text}`)).toEqual(
      [],
    );
  });
});
