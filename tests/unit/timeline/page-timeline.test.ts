import { describe, expect, it } from 'vitest';
import {
  contextSentences,
  contextSentencesSteps,
  datedSentences,
  datedSentencesSteps,
  MAX_DATED,
  pageTimeline,
  sortTimeline,
  type PageContext,
} from '@/lib/timeline';
import type { DateMention, EntityMention } from '@/lib/types';
import { TIMELINE_MAX } from '@/lib/protocol/card';
import { sentences } from '@/lib/text/tokens';

function ctx(
  text: string,
  names: [string, string][],
  dates: [string, string, 'gregorian' | 'hijri'][],
  related: string[] = [],
): PageContext {
  const at = (s: string, from = 0) => {
    const i = text.indexOf(s, from);
    if (i < 0) throw new Error(`not in text: ${s}`);
    return i;
  };
  const entities: EntityMention[] = [];
  for (const [s, id] of names) {
    for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1))
      entities.push({
        start: i,
        end: i + s.length,
        text: s,
        type: 'person',
        english: id,
        romanized: '',
        id,
        known: true,
      });
  }
  const ds: DateMention[] = dates.map(([s, value, calendar]) => ({
    start: at(s),
    end: at(s) + s.length,
    text: s,
    value,
    calendar,
  }));
  return {
    text,
    entities,
    dates: ds,
    related: related.map((r) => ({ start: at(r), end: at(r) + r.length })),
    publishedAt: '2021-09-22',
    title: 'عنوان المقال',
    url: 'https://news.example/a',
  };
}

const TEXT =
  'التقى ميلي نظيره في هلسنكي. وكان ميلي قد زار المنطقة في أغسطس/آب الماضي. ' +
  'وقال بوتين في 15 رمضان 1445 هـ إن الوضع هادئ.\n\n' +
  'ميلي يلتقي مسؤولين في بروكسل 18/9/2021\n\nخبر آخر عن بوتين 10/9/2021';

describe('pageTimeline', () => {
  const c = ctx(
    TEXT,
    [
      ['ميلي', 'milley'],
      ['بوتين', 'putin'],
    ],
    [
      ['أغسطس/آب الماضي', '2021-08', 'gregorian'],
      ['15 رمضان 1445 هـ', '2024-03-25', 'hijri'],
      ['18/9/2021', '2021-09-18', 'gregorian'],
      ['10/9/2021', '2021-09-10', 'gregorian'],
    ],
    ['ميلي يلتقي مسؤولين في بروكسل 18/9/2021', 'خبر آخر عن بوتين 10/9/2021'],
  );

  it(
    'joins the sentence naming the entity with its date, ' + 'the publication date and related stories, newest first',
    () => {
      const items = pageTimeline(c, 'milley', [
        { role: 'Chairman of the Joint Chiefs of Staff', start: '2019-10-01', end: '2023-09-29' },
      ]);
      expect(items.map((i) => [i.source, i.date])).toEqual([
        ['published', '2021-09-22'],
        ['related', '2021-09-18'],
        ['article', '2021-08'],
        ['fact', '2019-10-01'],
      ]);
      expect(items[2]!.label).toBe('وكان ميلي قد زار المنطقة في أغسطس/آب الماضي.');
      expect(items[3]!.end).toBe('2023-09-29');
    },
  );

  it('keeps the Hijri text beside its Gregorian date', () => {
    const items = pageTimeline(c, 'putin');
    expect(items.find((i) => i.source === 'article')).toMatchObject({ date: '2024-03-25', hijri: '15 رمضان 1445 هـ' });
  });

  it('does not take dates from sentences that do not name the entity', () => {
    const items = pageTimeline(c, 'putin');
    expect(items.map((i) => i.date)).not.toContain('2021-08');
    expect(items.map((i) => i.date)).not.toContain('2021-09-18');
  });

  it('gives nothing for an entity that is not on the page', () => {
    expect(pageTimeline(c, 'nobody')).toEqual([]);
  });

  it('uses sentence spans the caller already split, with the same result', () => {
    const spans = sentences(TEXT);
    for (const id of ['milley', 'putin'])
      expect(pageTimeline({ ...c, sentences: spans }, id)).toEqual(pageTimeline(c, id));
    // and it reads them rather than splitting again: one span over the whole text joins every date
    const whole = pageTimeline({ ...c, sentences: [{ start: 0, end: TEXT.length }] }, 'putin').filter(
      (i) => i.source === 'article',
    );
    expect(whole.map((i) => i.date)).toEqual(expect.arrayContaining(['2021-08', '2024-03-25']));
  });
});

describe('pageTimeline on a long page', () => {
  // The story repeated 300 times, its names and dates listed out of text order, with sentences
  // that straddle two dates and a related story: every item the plain scan of all sentences,
  // mentions and dates gives, and no other.
  const long = Array.from({ length: 300 }, (_, i) => `${TEXT} (${i})`).join('\n\n');
  const base = ctx(
    long,
    [
      ['بوتين', 'putin'],
      ['ميلي', 'milley'],
    ],
    [],
  );
  const dates: DateMention[] = [];
  for (const [s, value] of [
    ['18/9/2021', '2021-09-18'],
    ['أغسطس/آب الماضي', '2021-08'],
    ['10/9/2021', '2021-09-10'],
  ] as const)
    for (let i = long.indexOf(s); i >= 0; i = long.indexOf(s, i + 1))
      dates.push({ start: i, end: i + s.length, text: s, value, calendar: 'gregorian' });
  const c: PageContext = { ...base, dates, related: [{ start: 0, end: TEXT.length }] };
  const within = (r: { start: number; end: number }, x: { start: number; end: number }) =>
    x.start >= r.start && x.end <= r.end;
  /** What a scan of every sentence, mention and date gives: [date, sentence start, sentence], uncapped. */
  const scanned = (id: string) => {
    const out: [string, number, string][] = [];
    for (const s of sentences(long)) {
      if (c.related.some((r) => within(r, s))) continue;
      if (!c.entities.some((e) => e.id === id && within(s, e))) continue;
      const label = long.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
      // A sentence the page repeats word for word, with the same date, is one item.
      for (const d of c.dates)
        if (within(s, d) && !out.some(([v, , l]) => v === d.value && l === label)) out.push([d.value, s.start, label]);
    }
    return out;
  };

  for (const id of ['milley', 'putin', 'nobody'])
    it(`finds exactly the dated sentences a full scan finds (${id})`, () => {
      const items = pageTimeline(c, id, [], Infinity).filter((i) => i.source === 'article');
      const want = scanned(id);
      expect(items).toHaveLength(want.length);
      const pairs = (xs: [string, string][]) => xs.map((x) => x.join('|')).sort();
      expect(pairs(items.map((i) => [i.date, i.label]))).toEqual(pairs(want.map(([v, , label]) => [v, label])));
      // Putin's sentence carries the copy's number; Milley's are the same words in every copy.
      if (id === 'putin') expect(want.length).toBeGreaterThan(TIMELINE_MAX);
      if (id === 'milley') expect(want.map(([v]) => v).sort()).toEqual(['2021-08', '2021-09-18']);
      if (id === 'nobody') expect(want).toEqual([]);
    });

  it('leaves a timeline under the cap whole', () => {
    const all = pageTimeline(c, 'milley', [], Infinity);
    expect(all.length).toBeLessThan(TIMELINE_MAX);
    expect(pageTimeline(c, 'milley')).toEqual(all);
  });
});

describe("pageTimeline past the card's limit", () => {
  // One sentence a year, each naming Milley; the card carries at most TIMELINE_MAX items (the
  // message check refuses more): the newest sentences, after every item that is not a sentence.
  const n = TIMELINE_MAX + 10;
  const text = Array.from({ length: n }, (_, i) => `زار ميلي بغداد في 3/1/${1800 + i}.`).join(' ');
  const dated = Array.from({ length: n }, (_, i): [string, string, 'gregorian'] => [
    `في 3/1/${1800 + i}`,
    `${1800 + i}-01-03`,
    'gregorian',
  ]);
  const c = ctx(text, [['ميلي', 'milley']], dated);
  const role = { role: 'Chairman', start: '2019-10-01' };
  const years = (xs: { date: string }[]) => xs.map((x) => Number(x.date.slice(0, 4)));

  it('keeps the newest sentences and every other item, newest first', () => {
    const all = pageTimeline(c, 'milley', [role], Infinity);
    expect(all).toHaveLength(n + 2);
    const capped = pageTimeline(c, 'milley', [role]);
    expect(capped).toHaveLength(TIMELINE_MAX);
    expect(capped.slice(0, 2).map((i) => i.source)).toEqual(['published', 'fact']);
    const sentences = capped.filter((i) => i.source === 'article');
    expect(years(sentences)).toEqual(Array.from({ length: TIMELINE_MAX - 2 }, (_, i) => 1800 + n - 1 - i));
    expect(capped).toEqual(sortTimeline([...capped]));
  });

  it('at exactly the cap, nothing is left out; with a smaller cap, the other items still stay', () => {
    const all = pageTimeline(c, 'milley', [role], Infinity);
    expect(pageTimeline(c, 'milley', [role], all.length)).toEqual(all);
    const three = pageTimeline(c, 'milley', [role], 3);
    expect(three.map((i) => i.source)).toEqual(['published', 'fact', 'article']);
    expect(years(three)[2]).toBe(1800 + n - 1);
  });
});

describe('sortTimeline', () => {
  it('puts undated items last and compares dates of mixed precision', () => {
    const items = sortTimeline([
      { date: '', label: 'a', source: 'related' },
      { date: '2021', label: 'b', source: 'article' },
      { date: '2021-08-11', label: 'c', source: 'article' },
    ]);
    expect(items.map((i) => i.label)).toEqual(['c', 'b', 'a']);
  });
});

describe('datedSentences', () => {
  const c = ctx(
    TEXT,
    [
      ['ميلي', 'milley'],
      ['بوتين', 'putin'],
      ['هلسنكي', 'helsinki'],
    ],
    [
      ['أغسطس/آب الماضي', '2021-08', 'gregorian'],
      ['15 رمضان 1445 هـ', '2024-03-25', 'hijri'],
      ['18/9/2021', '2021-09-18', 'gregorian'],
      ['10/9/2021', '2021-09-10', 'gregorian'],
    ],
    ['ميلي يلتقي مسؤولين في بروكسل 18/9/2021', 'خبر آخر عن بوتين 10/9/2021'],
  );
  const found = datedSentences(c.text, c.entities, c.dates, c.related);

  it('gives each entity the same dated sentences as its card, for every entity at once', () => {
    for (const id of ['milley', 'putin']) {
      const card = pageTimeline(c, id).filter((i) => i.source === 'article');
      expect(found.get(id)).toEqual(card.map((i) => ({ date: i.date, label: i.label })));
    }
  });

  it('leaves out entities in no dated sentence, and related stories', () => {
    expect(found.has('helsinki')).toBe(false);
    expect(found.get('milley')!.map((d) => d.date)).toEqual(['2021-08']);
    expect(found.get('putin')!.map((d) => d.date)).toEqual(['2024-03-25']);
  });

  it('keeps two dates of one sentence, and stops at the cap', () => {
    const text = Array.from(
      { length: MAX_DATED + 5 },
      (_, i) => `زار ميلي بغداد في ${i + 1}/1/2020 و${i + 1}/2/2020.`,
    ).join(' ');
    const many = ctx(
      text,
      [['ميلي', 'milley']],
      Array.from({ length: MAX_DATED + 5 }, (_, i): [string, string, 'gregorian'] => [
        `في ${i + 1}/1/2020`,
        `2020-01-${String(i + 1).padStart(2, '0')}`,
        'gregorian',
      ]),
    );
    const two = ctx(
      'زار ميلي بغداد في 3/1/2020 و4/2/2020.',
      [['ميلي', 'milley']],
      [
        ['3/1/2020', '2020-01-03', 'gregorian'],
        ['4/2/2020', '2020-02-04', 'gregorian'],
      ],
    );
    expect(
      datedSentences(two.text, two.entities, two.dates)
        .get('milley')!
        .map((d) => d.date),
    ).toEqual(['2020-01-03', '2020-02-04']);
    expect(datedSentences(many.text, many.entities, many.dates).get('milley')).toHaveLength(MAX_DATED);
  });

  it('labels a long sentence around each name in it', () => {
    const text = `قال ميلي ${'كلام طويل '.repeat(30)} ثم التقى بوتين في 3/1/2020.`;
    const c2 = ctx(
      text,
      [
        ['ميلي', 'milley'],
        ['بوتين', 'putin'],
      ],
      [['3/1/2020', '2020-01-03', 'gregorian']],
    );
    const got = datedSentences(c2.text, c2.entities, c2.dates);
    expect(got.get('milley')).toHaveLength(1);
    expect(got.get('putin')).toHaveLength(1);
    expect(got.get('milley')![0]!.label.startsWith('قال ميلي')).toBe(true);
    expect(got.get('putin')![0]!.label.startsWith('…')).toBe(true);
    expect(got.get('putin')![0]!.label).toContain('بوتين');
  });

  it('in steps, pauses between sentences and gives what one call gives', () => {
    const text = Array.from({ length: 600 }, (_, i) => `زار ميلي بغداد في ${(i % 28) + 1}/1/2020.`).join('\n');
    const many = ctx(
      text,
      [['ميلي', 'milley']],
      Array.from({ length: 28 }, (_, i): [string, string, 'gregorian'] => [
        `${i + 1}/1/2020`,
        `2020-01-${String(i + 1).padStart(2, '0')}`,
        'gregorian',
      ]),
    );
    const ss = sentences(text);
    const drainCounting = <T>(g: Generator<void, T>): [T, number] => {
      let pauses = 0;
      for (let r = g.next(); ; r = g.next(), pauses++) if (r.done) return [r.value, pauses];
    };
    const [dated, p1] = drainCounting(datedSentencesSteps(text, many.entities, many.dates, [], ss));
    const [contexts, p2] = drainCounting(contextSentencesSteps(text, many.entities, ss));
    expect(p1).toBeGreaterThan(1);
    expect(p2).toBeGreaterThan(0);
    expect(dated).toEqual(datedSentences(text, many.entities, many.dates, [], ss));
    expect(contexts).toEqual(contextSentences(text, many.entities, ss));
  });
});
