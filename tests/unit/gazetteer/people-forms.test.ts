// Invariants of the curated people files (lib/gazetteer/data/curated/people-*.json).
// The compiler's own validation test covers the generic GazetteerEntry shape; this file checks
// what is specific to people: names that look like names, Arabic forms without titles, and no
// bare given names or common words as single-token forms unless they are marked ambiguous.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../../lib/types';

const CURATED = join(dirname(fileURLToPath(import.meta.url)), '../../../lib/gazetteer/data/curated');
const files = readdirSync(CURATED)
  .filter((f) => /^people-[a-z-]+\.json$/.test(f))
  .sort();
const byFile = files.map((f) => ({
  file: f,
  entries: JSON.parse(readFileSync(join(CURATED, f), 'utf8')) as GazetteerEntry[],
}));
const all = byFile.flatMap((f) => f.entries);

// Light normalisation so the lookups below do not depend on hamza or final-letter spelling.
function norm(s: string): string {
  return s
    .replace(/[\u064B-\u0652\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/\s+/g, ' ')
    .trim();
}

const index = new Map<string, GazetteerEntry[]>();
for (const e of all) {
  for (const form of new Set(e.ar.map(norm))) {
    index.set(form, [...(index.get(form) ?? []), e]);
  }
}

// Words that are titles, never names: a form must not start with one, nor contain one anywhere.
const LEADING_TITLES = [
  'الرئيس',
  'رئيس',
  'الجنرال',
  'جنرال',
  'وزير',
  'الوزير',
  'الملك',
  'الامير',
  'الاميره',
  'الشيخ',
  'السلطان',
  'المشير',
  'اللواء',
  'العميد',
  'الفريق',
  'العقيد',
  'السيد',
  'الدكتور',
  'السفير',
  'المتحدث',
  'ولي',
  'الامام',
  'ايه',
  'القائد',
  'المبعوث',
  'النائب',
  'الاميرال',
  'سمو',
].map(norm);
const TITLES_ANYWHERE = ['الرئيس', 'الجنرال', 'وزير', 'الوزير', 'المشير', 'الدكتور', 'رئيس الوزراء', 'ولي العهد'].map(
  norm,
);

// Single tokens that are common given names, shared family names or common words: never a
// form on their own unless the entry lists them as ambiguous.
const STOP_SINGLE = [
  'محمد',
  'علي',
  'أحمد',
  'عبد',
  'عبدالله',
  'الأسد',
  'عباس',
  'حسن',
  'حسين',
  'عمر',
  'خالد',
  'سعيد',
  'سعيّد',
  'صالح',
  'إبراهيم',
  'يوسف',
  'مصطفى',
  'محمود',
  'سلمان',
  'عون',
  'سلام',
  'مبارك',
  'هادي',
  'الحوثي',
  'السنوار',
  'الحريري',
  'جنبلاط',
  'بارزاني',
  'البارزاني',
  'طالباني',
  'الطالباني',
  'كلينتون',
  'بوش',
  'جونسون',
  'الجعفري',
  'المالكي',
  'السوداني',
  'الصدر',
  'الخطيب',
  'البشير',
  'الضيف',
  'قاسم',
  'الشرع',
  'بري',
  'البرهان',
  'رئيسي',
  'ماي',
  'لولا',
  'السراج',
  'مشار',
  'الملك',
  'الأمير',
  'فرنسيس',
  'ديبي',
  'كاسترو',
  'غاندي',
  'شريف',
  'كيم',
  'باراك',
  'دقلو',
  'ميركل ميركل',
].map(norm);

// Letters, then optional harakat (written as a separate class so no combining mark starts a class).
const LETTERS = '(?:[\\u0621-\\u063A\\u0641-\\u064A\\u0671][\\u064B-\\u0652\\u0670]*)+';
const ARABIC_FORM = new RegExp(`^${LETTERS}(?:[ -]${LETTERS})*$`);
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const EN_WORD = /^(\p{Lu}|\(|(a[lsdtnrz]h?|el|ul)-\p{Lu}|(bin|bint|bou|de|da|di|der|von|van|of|ibn|ag)$)/u;

/** What is wrong with one person entry, as readable lines (none when it is well formed). */
function personProblems(e: GazetteerEntry): string[] {
  const out: string[] = [];
  const bad = (what: string) => out.push(`${e.en || e.id}: ${what}`);
  if (e.type !== 'person') bad(`type ${e.type}`);
  if (!/^(Q[1-9]\d*|hamish:person:[a-z0-9]+(-[a-z0-9]+)*)$/.test(e.id)) bad(`id ${e.id}`);
  // An English name: starts with a capital, every word with a capital letter or a particle.
  if (!/^\p{Lu}/u.test(e.en) || /[\u0600-\u06FF]/.test(e.en)) bad('English name not capitalised Latin');
  for (const word of e.en.split(/\s+/)) if (!EN_WORD.test(word)) bad(`English word "${word}"`);
  if (e.desc.length <= 5 || e.desc.includes('\n')) bad('description too short or on several lines');
  if (e.country !== undefined && !/^[A-Z]{2}$/.test(e.country)) bad(`country ${e.country}`);
  if (e.ar.length === 0) bad('no Arabic form');
  for (const role of e.roles ?? []) {
    if (role.role.length <= 3) bad(`role "${role.role}"`);
    if ((role.start && !DATE.test(role.start)) || (role.end && !DATE.test(role.end))) bad(`role dates of ${role.role}`);
    if (role.start && role.end && role.start > role.end) bad(`${role.role} ends before it starts`);
  }
  for (const amb of e.ambiguous ?? []) if (!e.ar.includes(amb)) bad(`ambiguous ${amb} is not one of its forms`);
  return out;
}

/** What is wrong with one Arabic form of a person: not Arabic, titled, or a bare common word. */
function formProblems(form: string, e: GazetteerEntry): string[] {
  const out: string[] = [];
  const bad = (what: string) => out.push(`${form} (${e.en}): ${what}`);
  if (!ARABIC_FORM.test(form)) bad('not an Arabic name form');
  const tokens = norm(form).split(/[ -]/);
  if (LEADING_TITLES.includes(tokens[0]!)) bad('starts with a title');
  for (const title of TITLES_ANYWHERE) if (` ${norm(form)} `.includes(` ${title} `)) bad(`contains the title ${title}`);
  if (tokens.length === 1 && STOP_SINGLE.includes(tokens[0]!) && !(e.ambiguous ?? []).includes(form)) {
    bad('a common word alone: must be listed as ambiguous');
  }
  return out;
}

describe('the people checks', () => {
  const putin: GazetteerEntry = {
    id: 'Q7747',
    type: 'person',
    en: 'Vladimir Putin',
    desc: 'President of Russia',
    country: 'RU',
    ar: ['فلاديمير بوتين', 'بوتين'],
  };
  it('pass a well-formed person', () => {
    expect(personProblems(putin)).toEqual([]);
    expect(putin.ar.flatMap((f) => formProblems(f, putin))).toEqual([]);
  });
  it.each<[string, GazetteerEntry]>([
    ['lower-case English', { ...putin, en: 'vladimir putin' }],
    ['id neither Wikidata nor hamish', { ...putin, id: 'putin' }],
    ['one-letter description', { ...putin, desc: 'x' }],
    ['ambiguous form it does not have', { ...putin, ambiguous: ['بوتن'] }],
    ['role ending before it starts', { ...putin, roles: [{ role: 'President', start: '2012-05', end: '2000' }] }],
  ])('flag a person with %s', (_what, e) => expect(personProblems(e)).not.toEqual([]));
  it.each(['الرئيس بوتين', 'فلاديمير الرئيس بوتين', 'Putin', 'محمد', 'بوتين 2'])('flag the form %s', (form) => {
    expect(formProblems(form, putin)).not.toEqual([]);
  });
  it('accept a common word alone when it is listed as ambiguous', () => {
    expect(formProblems('محمد', { ...putin, ambiguous: ['محمد'] })).toEqual([]);
  });
});

// One test per file for all its entries and one for all its forms, each failing with the full
// list of problems (not a test per form, which inflated the count by thousands).
describe.each(byFile)('$file', ({ entries }) => {
  it('is a non-empty array under 300 entries', () => {
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.length).toBeLessThan(300);
  });

  it('has only well-formed people', () => {
    expect(entries.flatMap(personProblems)).toEqual([]);
  });

  it('has only Arabic, untitled forms, and no bare common word unless ambiguous', () => {
    expect(entries.flatMap((e) => e.ar.flatMap((form) => formProblems(form, e)))).toEqual([]);
  });
});

describe('people across files', () => {
  it('has unique ids', () => {
    const ids = all.map((e) => e.id);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('gives each form to one person only', () => {
    const shared = [...index]
      .filter(([, es]) => es.length > 1)
      .map(([f, es]) => `${f}: ${es.map((e) => e.en).join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('covers at least 1,000 people', () => {
    expect(all.length).toBeGreaterThanOrEqual(1000);
  });
});

// Forms news writes, and whom they must name.
const MUST_EXIST: Array<[string, string]> = [
  ['بوتين', 'Vladimir Putin'],
  ['فلاديمير بوتين', 'Vladimir Putin'],
  ['مارك ميلي', 'Mark Milley'],
  ['ميلي', 'Mark Milley'],
  ['فاليري جيراسيموف', 'Valery Gerasimov'],
  ['غيراسيموف', 'Valery Gerasimov'],
  ['غوتيريش', 'Antonio Guterres'],
  ['غوتيريس', 'Antonio Guterres'],
  ['جوتيريش', 'Antonio Guterres'],
  ['جو بايدن', 'Joe Biden'],
  ['ترامب', 'Donald Trump'],
  ['ترمب', 'Donald Trump'],
  ['نتنياهو', 'Benjamin Netanyahu'],
  ['أردوغان', 'Recep Tayyip Erdogan'],
  ['اردوغان', 'Recep Tayyip Erdogan'],
  ['محمد بن سلمان', 'Mohammed bin Salman'],
  ['عبد الفتاح السيسي', 'Abdel Fattah al-Sisi'],
  ['السيسي', 'Abdel Fattah al-Sisi'],
  ['زيلينسكي', 'Volodymyr Zelensky'],
  ['لافروف', 'Sergey Lavrov'],
  ['بشار الأسد', 'Bashar al-Assad'],
  ['محمود عباس', 'Mahmoud Abbas'],
  ['أبو مازن', 'Mahmoud Abbas'],
  ['حسن نصر الله', 'Hassan Nasrallah'],
  ['نصرالله', 'Hassan Nasrallah'],
  ['يحيى السنوار', 'Yahya Sinwar'],
  ['هنية', 'Ismail Haniyeh'],
  ['أحمد الشرع', 'Ahmed al-Sharaa'],
  ['الجولاني', 'Ahmed al-Sharaa'],
  ['عبد الملك الحوثي', 'Abdul-Malik al-Houthi'],
  ['حميدتي', 'Mohamed Hamdan Dagalo'],
  ['عبد الفتاح البرهان', 'Abdel Fattah al-Burhan'],
  ['خليفة حفتر', 'Khalifa Haftar'],
  ['عراقجي', 'Abbas Araghchi'],
  ['قاسم سليماني', 'Qasem Soleimani'],
  ['علي خامنئي', 'Ali Khamenei'],
  ['أبو الغيط', 'Ahmed Aboul Gheit'],
  ['شي جين بينغ', 'Xi Jinping'],
  ['ماكرون', 'Emmanuel Macron'],
  ['أولاف شولتس', 'Olaf Scholz'],
  ['شولتس', 'Olaf Scholz'],
  ['بلينكن', 'Antony Blinken'],
  ['أسامة بن لادن', 'Osama bin Laden'],
  ['عبد المجيد تبون', 'Abdelmadjid Tebboune'],
  ['قيس سعيد', 'Kais Saied'],
  ['تميم بن حمد', 'Tamim bin Hamad Al Thani'],
  ['محمد شياع السوداني', 'Mohammed Shia al-Sudani'],
];

describe('must-exist forms', () => {
  it.each(MUST_EXIST)('%s names %s', (form, en) => {
    const hits = index.get(norm(form)) ?? [];
    expect(hits.map((e) => e.en)).toEqual([en]);
  });
});

// Forms that must NOT be a person's form: bare given names, shared family names, demonyms,
// titles and common words. A match here would mark ordinary text as a person.
const MUST_NOT_EXIST = [
  'الأسد',
  'عباس',
  'علي',
  'محمد',
  'أحمد',
  'عبد',
  'الحوثي',
  'السنوار',
  'الحريري',
  'كلينتون',
  'بوش',
  'جونسون',
  'المالكي',
  'السوداني',
  'الروسي',
  'الأميركي',
  'الرئيس',
  'بن زايد',
  'عون',
  'سلام',
  'هادي',
  'مبارك',
  'الصدر',
  'جنبلاط',
  'بارزاني',
  'لولا',
  'مشار',
  'متقي',
  'الرئيس بوتين',
  'الجنرال مارك ميلي',
  'وزير الخارجية',
  'إسرائيل كاتس',
  'عبد الله',
  'صدام',
  'الملك سلمان',
];

describe('must-not-exist forms', () => {
  it.each(MUST_NOT_EXIST)('%s is not a person form', (form) => {
    expect(index.get(norm(form)) ?? []).toEqual([]);
  });
});

// Ambiguous forms stay in the data but must carry the flag, so the engine asks for context.
const MUST_BE_AMBIGUOUS: Array<[string, string]> = [
  ['الشرع', 'Ahmed al-Sharaa'],
  ['بري', 'Nabih Berri'],
  ['البرهان', 'Abdel Fattah al-Burhan'],
  ['رئيسي', 'Ebrahim Raisi'],
  ['ظريف', 'Mohammad Javad Zarif'],
  ['عرفات', 'Yasser Arafat'],
];

describe('ambiguous forms', () => {
  it.each(MUST_BE_AMBIGUOUS)('%s (%s) is flagged ambiguous', (form, en) => {
    const hits = index.get(norm(form)) ?? [];
    expect(hits.map((e) => e.en)).toEqual([en]);
    expect(hits[0]!.ambiguous ?? []).toContain(form);
  });
});
