// Checks the shipped gazetteer: every source file under lib/gazetteer/data and the compiled output.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../../lib/types';
import { mergeEntries, unresolvedForms, type CompiledGazetteer } from '../../../lib/gazetteer/compile';
import { loadGazetteer } from '../../../lib/gazetteer/load';
import { tokenize } from '../../../lib/text/tokens';

const ROOT = join(__dirname, '../../..');
const DATA = join(ROOT, 'lib/gazetteer/data');
function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? jsonFiles(p) : n.endsWith('.json') ? [p] : [];
  });
}
const sources = jsonFiles(DATA)
  .filter((f) => !f.endsWith('demonyms.generated.json') && !f.endsWith('.demonyms.json'))
  .map((f) => ({ file: relative(DATA, f), entries: JSON.parse(readFileSync(f, 'utf8')) as GazetteerEntry[] }));
const compiled = JSON.parse(
  readFileSync(join(ROOT, 'lib/gazetteer/compiled.generated.json'), 'utf8'),
) as CompiledGazetteer;
const gaz = loadGazetteer(compiled);

// Arabic letters, harakat, superscript alef, spaces and hyphen; digits only as a whole word of a
// name that has Arabic letters (الوحدة 8200, فرانس 24). No Latin letters, no punctuation.
// FORM_CHAR is any of those characters; a form needs one Arabic letter among them.
const FORM_CHAR = '[\\u0621-\\u063A\\u0641-\\u0652\\u0670\\u0671 -]';
const ARABIC_FORM = new RegExp(`^${FORM_CHAR}*[\\u0621-\\u063A\\u0641-\\u064A]${FORM_CHAR}*$`);
const isArabicForm = (a: string) => ARABIC_FORM.test(a.replace(/(^| )[0-9\u0660-\u0669]+(?= |$)/g, '$1').trim());
const TYPES = new Set(['person', 'place', 'organization']);

// latin-forms.json adds the Latin spellings news prints inside Arabic text (CNN, AFP, NATO) to
// entries that other files define: capitalised words only, never a lower-case English word.
const LATIN_FILE = 'curated/latin-forms.json';
const LATIN_FORM = /^[A-Z][A-Za-z]*( [A-Z][A-Za-z]*)*$/;

function entryProblems(e: GazetteerEntry, latin = false): string[] {
  const p: string[] = [];
  if (typeof e.id !== 'string' || !/^(Q\d+|hamish:[a-z]+:[^\s]+)$/.test(e.id)) p.push(`bad id ${e.id}`);
  if (!TYPES.has(e.type)) p.push(`bad type ${e.type}`);
  if (typeof e.en !== 'string' || !e.en.trim()) p.push('empty en');
  if (typeof e.desc !== 'string' || !e.desc.trim()) p.push('empty desc');
  if (!Array.isArray(e.ar) || e.ar.length === 0) p.push('no ar forms');
  for (const a of e.ar ?? [])
    if (latin ? !LATIN_FORM.test(a) : !isArabicForm(a)) p.push(`${latin ? 'non-Latin' : 'non-Arabic'} form "${a}"`);
  for (const a of e.ambiguous ?? []) if (!e.ar?.includes(a)) p.push(`ambiguous "${a}" is not one of its forms`);
  return p;
}

describe.each(sources)('source $file', ({ file, entries }) => {
  it('is an array of well-formed entries', () => {
    expect(Array.isArray(entries)).toBe(true);
    const bad = entries.map((e) => [e.id, entryProblems(e, file === LATIN_FILE)] as const).filter(([, p]) => p.length);
    expect(bad).toEqual([]);
  });
  it('has no duplicate ids', () => {
    const ids = entries.map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

describe('merged data', () => {
  const all = sources.flatMap((s) => s.entries);
  it('gives Latin spellings only to entries another file defines, under the same English name', () => {
    const others = new Map(
      sources.filter((s) => s.file !== LATIN_FILE).flatMap((s) => s.entries.map((e) => [e.id, e.en] as const)),
    );
    const latin = sources.find((s) => s.file === LATIN_FILE)!.entries;
    expect(latin.length).toBeGreaterThan(0);
    expect(latin.filter((e) => others.get(e.id) !== e.en).map((e) => e.id)).toEqual([]);
  });
  it('gives every shared id one type', () => {
    expect(mergeEntries(all).problems).toEqual([]);
  });
  it('does not add an extra place that open data already has under another id', () => {
    const extra = sources.find((s) => s.file === 'places-extra.json')!.entries;
    const open = sources.filter((s) => s.file.startsWith('open/')).flatMap((s) => s.entries);
    const key = (e: GazetteerEntry) => `${e.type}|${e.en}|${e.country ?? ''}`;
    const openIds = new Map(open.map((e) => [key(e), e.id]));
    const clashes = extra.filter((e) => openIds.has(key(e)) && openIds.get(key(e)) !== e.id).map((e) => e.id);
    expect(clashes).toEqual([]);
  });
});

describe('compiled gazetteer', () => {
  it('has unique ids and valid entries', () => {
    const ids = compiled.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of compiled.entries)
      expect(TYPES.has(e.type) && e.en.length > 0 && e.desc.length > 0, e.id).toBe(true);
  });
  it('has a disambiguation rule for every form shared by different ids', () => {
    expect(unresolvedForms(compiled)).toEqual([]);
  });

  const norm = (s: string) => tokenize(s).map((t) => t.norm);
  const best = (s: string) => {
    const toks = norm(s);
    const m = gaz.lookup(toks, 0)[0];
    return m && m.length === toks.length ? gaz.entry(m.ids[0]!).en : null;
  };
  it.each([
    ['هلسنكي', 'Helsinki'],
    ['الولايات المتحدة', 'United States'],
    ['أمريكا', 'United States'],
    ['موسكو', 'Moscow'],
    ['سوريا', 'Syria'],
    ['سورية', 'Syria'],
    ['افغانستان', 'Afghanistan'],
    ['فرنسا', 'France'],
    ['واشنطن', 'Washington'],
    ['شبه الجزيرة الكورية', 'Korean Peninsula'],
    ['القدس', 'Jerusalem'],
    ['المملكة المتحدة', 'United Kingdom'],
    ['بريطانيا', 'United Kingdom'],
    ['الإمارات', 'United Arab Emirates'],
    ['المملكة العربية السعودية', 'Saudi Arabia'],
    ['تل ابيب', 'Tel Aviv'],
    ['استانبول', 'Istanbul'],
    ['الزرقاء', 'Zarqa'],
    ['دير الزور', 'Deir ez-Zor'],
    ['قطاع غزة', 'Gaza Strip'],
    ['حلف شمال الأطلسي', 'NATO'],
    ['الجزائر', 'Algeria'],
    ['ناتو', 'NATO'],
    ['NATO', 'NATO'],
    ['CNN', 'CNN'],
    ['AFP', 'Agence France-Presse'],
    ['Human Rights Watch', 'Human Rights Watch'],
    ['ميتسوبيشي', 'Mitsubishi'],
    ['مكلارين', 'McLaren'],
  ])('%s → %s', (ar, en) => {
    expect(best(ar)).toBe(en);
  });
  // Latin forms are matched as written: an English word in lower case is no acronym.
  it.each(['who', 'Who', 'cnn', 'Nato'])('Latin %s is no name', (w) => {
    expect(best(w)).toBeNull();
  });
  it.each(['في', 'من', 'على', 'قال', 'إلى', 'الذي', 'بعد', 'كان', 'هذا', 'العديد', 'مدني'])(
    'common word %s is not a name',
    (w) => {
      const m = gaz.lookup(norm(w), 0);
      // a common word may be indexed only as an ambiguous reading (e.g. كيف for Kyiv), never as a plain one
      expect(m.filter((x) => x.flags.some((f) => (f & 2) === 0))).toEqual([]);
    },
  );
  it('marks a common-word reading as ambiguous', () => {
    const m = gaz.lookup(norm('كيف'), 0)[0]!;
    expect(gaz.entry(m.ids[0]!).en).toBe('Kyiv');
    expect(m.flags[0]! & 2).toBe(2);
  });
  it.each([
    ['روسي', 'Russia', 'Russian'],
    ['اميركي', 'United States', 'American'],
    ['امريكي', 'United States', 'American'],
    ['سوري', 'Syria', 'Syrian'],
    ['مصري', 'Egypt', 'Egyptian'],
    ['فلسطيني', 'Palestine', 'Palestinian'],
    ['اسراييلي', 'Israel', 'Israeli'],
  ])('demonym %s → %s', (base, country, adj) => {
    expect(gaz.demonym(base)).toMatchObject({ countryEn: country, adjective: adj });
  });
  it.each(['مالي', 'باني', 'كبير', 'constructor'])('%s is not a demonym', (w) => {
    expect(gaz.demonym(w)).toBeNull();
  });
});
