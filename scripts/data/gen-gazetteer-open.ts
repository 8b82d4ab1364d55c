// Builds the gazetteer's open-data part from the shared open data folder (run by hand):
//   npx tsx scripts/data/gen-gazetteer-open.ts <the open-data folder (data/ beside the project)>
// Writes lib/gazetteer/data/open/{countries,places,igos,demonyms}.generated.json.
// Sources: Natural Earth 5.0.0 (public domain), world-countries 5.1.0 (ODbL-1.0),
// newsmap dict/arabic.yml (MIT), supraverden general list (CC BY-SA 4.0).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GazetteerEntry } from '../../lib/types';
import { normalizeText } from '../../lib/text/normalize';
import {
  COUNTRY_AMBIGUOUS,
  COUNTRY_AR,
  COUNTRY_AR_DROP,
  COUNTRY_DESC,
  COUNTRY_EN,
  DEMONYM_DROP,
  DEMONYM_EXTRA,
  IGO_AR,
  IGO_EN,
  IGO_FAMILY_DESC,
  NEWSMAP_COUNTRY_TERMS,
  NE_ISO_FIX,
  NE_PLACE_FIX,
} from './gazetteer-open-fixes';

const src = process.argv[2];
if (!src) {
  console.error('usage: npx tsx scripts/data/gen-gazetteer-open.ts <path to shared/data>');
  process.exit(2);
}
const OUT = fileURLToPath(new URL('../../lib/gazetteer/data/open/', import.meta.url));

type Row = Record<string, string>;
function tsv(rel: string): Row[] {
  const lines = readFileSync(join(src!, rel), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const head = lines[0]!.split('\t').map((h) => h.trim());
  return lines.slice(1).map((l) => {
    const cells = l.split('\t');
    return Object.fromEntries(head.map((h, i) => [h, (cells[i] ?? '').trim()]));
  });
}

// Letters, harakat, superscript alef, spaces and hyphen: nothing Latin, no digits, no punctuation.
export const ARABIC_FORM = /^[\u0621-\u063A\u0641-\u0652\u0670\u0671 -]+$/;

/** The name part of a source label ("جورج تاون، جزر كايمان" → "جورج تاون"), or null if not Arabic. */
function cleanAr(raw: string | undefined): string | null {
  if (!raw) return null;
  const s = raw.split(/[،,(]/)[0]!.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  return s && ARABIC_FORM.test(s) ? s : null;
}

function uniqueForms(forms: (string | null | undefined)[], drop?: Set<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const f of forms) {
    const c = cleanAr(f ?? undefined);
    if (!c || drop?.has(c)) continue;
    const key = normalizeText(c);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}

// ---- sources ----
const neCountries = tsv('places-naturalearth/ne_50m_admin_0_countries.ar-en.tsv');
const nePlaces = tsv('places-naturalearth/ne_50m_populated_places.ar-en.tsv');
const wcRows = tsv('countries-world-countries/countries.ar-en.tsv');
interface WcJson {
  cca2: string;
  independent?: boolean;
  subregion?: string;
  region?: string;
  demonyms?: { eng?: { m?: string } };
}
const wcJson = JSON.parse(readFileSync(join(src, 'countries-world-countries/countries.json'), 'utf8')) as WcJson[];
const igoRows = tsv('igos-supraverden/igos.en-ar.tsv');

/** newsmap: ISO code → its term list ("سوري*" patterns and plain names). */
const newsmap = new Map<string, string[]>();
for (const m of readFileSync(join(src, 'country-terms-newsmap/arabic.yml'), 'utf8').matchAll(
  /^\s+'([A-Z]{2})':\s*\[(.*)\]/gm,
)) {
  const code = m[1] === 'KV' ? 'XK' : m[1]!;
  newsmap.set(
    code,
    m[2]!
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
  );
}

// ---- countries ----
const neByIso = new Map<string, Row>();
const neIsoByAdmin = new Map<string, string>();
const keepUncoded = new Set(['Q34754', 'Q23681']); // Somaliland and Northern Cyprus are in the news
for (const r of neCountries) {
  const iso = NE_ISO_FIX[r.WIKIDATAID!] ?? (r.ISO_A2 === '-99' ? '' : r.ISO_A2!);
  if (iso) neByIso.set(iso, r);
  else if (keepUncoded.has(r.WIKIDATAID!)) neByIso.set(r.WIKIDATAID!, r);
  if (iso) neIsoByAdmin.set(r.ADMIN!, iso);
}
const wcByIso = new Map(wcRows.map((r) => [r.cca2!, r]));
const wcJsonByIso = new Map(wcJson.map((c) => [c.cca2, c]));

function placeIso(r: Row): string | undefined {
  const fix = NE_PLACE_FIX[r.WIKIDATAID!]?.country;
  if (fix) return fix;
  if (r.ISO_A2 && r.ISO_A2 !== '-99') return r.ISO_A2;
  return neIsoByAdmin.get(r.ADM0NAME!);
}

// Natural Earth's countries table has no population: a country's rank is the population of its
// Natural Earth places plus one, so a country always outranks its own capital (الكويت, الجزائر).
const popByIso = new Map<string, number>();
for (const r of nePlaces) {
  const iso = placeIso(r);
  if (iso) popByIso.set(iso, (popByIso.get(iso) ?? 0) + (Number(r.POP_MAX) || 0));
}

function regionPhrase(sub: string | undefined): string {
  if (!sub || sub.startsWith('Seven seas')) return 'the open ocean';
  return sub === 'Caribbean' ? 'the Caribbean' : sub;
}

const countries: GazetteerEntry[] = [];
const countryEnByIso = new Map<string, string>();
const countryIdByIso = new Map<string, string>();
for (const iso of new Set([...neByIso.keys(), ...wcByIso.keys()])) {
  const ne = neByIso.get(iso);
  const wc = wcByIso.get(iso);
  const wj = wcJsonByIso.get(iso);
  const code = /^[A-Z]{2}$/.test(iso) ? iso : undefined;
  const en = COUNTRY_EN[code ?? iso] || ne?.NAME_EN || wc?.name_en_common || iso;
  const drop = new Set([...COUNTRY_AR_DROP]);
  const nmTerms = (code ? (newsmap.get(code) ?? []) : []).filter((t) => !t.includes('*'));
  const baseForms = [ne?.NAME_AR, wc?.name_ar_common, wc?.name_ar_official, ...(code ? (COUNTRY_AR[code] ?? []) : [])];
  const baseKeys = new Set(baseForms.map((f) => (f ? normalizeText(f) : '')));
  const nm = nmTerms.filter((t) => NEWSMAP_COUNTRY_TERMS.has(t) || baseKeys.has(normalizeText(t)));
  const ar = uniqueForms([...baseForms, ...nm], drop);
  if (ar.length === 0) continue;
  const kind = ne?.TYPE ?? (wc ? 'Country' : '');
  const where = regionPhrase(ne?.SUBREGION || wj?.subregion || wj?.region);
  // world-countries' independence flag is more telling than Natural Earth's TYPE ("Country" covers Aruba)
  const sovereign = wj ? wj.independent === true : kind === 'Sovereign country';
  let desc: string = sovereign
    ? `Country in ${where}`
    : kind === 'Dependency' || wj
      ? `Dependent territory in ${where}`
      : `Territory in ${where}`;
  desc = COUNTRY_DESC[code ?? iso] ?? desc;
  const id = ne?.WIKIDATAID || `hamish:country:${iso}`;
  const entry: GazetteerEntry = { id, type: 'place', en, ar, desc };
  if (code) entry.country = code;
  const amb = code ? COUNTRY_AMBIGUOUS[code] : undefined;
  if (amb) entry.ambiguous = amb;
  entry.rank = (code ? (popByIso.get(code) ?? 0) : 0) + 1;
  countries.push(entry);
  if (code) {
    countryEnByIso.set(code, en);
    countryIdByIso.set(code, id);
  }
}

// ---- populated places ----
const places: GazetteerEntry[] = [];
for (const r of nePlaces) {
  if (r.FEATURECLA === 'Scientific station' || r.FEATURECLA === 'Historic place') continue;
  const fix = NE_PLACE_FIX[r.WIKIDATAID!] ?? {};
  const ar = uniqueForms([r.NAME_AR, ...(fix.ar ?? [])]);
  if (ar.length === 0) continue;
  const iso = placeIso(r);
  const en = fix.en ?? r.NAME_EN!;
  const countryEn = iso ? (countryEnByIso.get(iso) ?? r.ADM0NAME!) : r.ADM0NAME!;
  const capital = r.FEATURECLA === 'Admin-0 capital';
  let desc = capital ? `Capital of ${countryEn}` : `City in ${countryEn}`;
  const id = r.WIKIDATAID || `hamish:place:${(iso ?? 'xx').toLowerCase()}:${en.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  const entry: GazetteerEntry = { id, type: 'place', en, ar, desc };
  if (id === 'Q1218') entry.desc = desc = 'City claimed as capital by Israel and Palestine';
  else if (iso) entry.country = iso;
  entry.rank = Number(r.POP_MAX) || 0;
  places.push(entry);
}

// ---- international organisations (only those with an Arabic name) ----
const igos: GazetteerEntry[] = [];
for (const r of igoRows) {
  const ar = uniqueForms([r.name_ar, ...(IGO_AR[r.wikidata!] ?? [])]);
  if (!r.name_ar || ar.length === 0) continue;
  const family = IGO_FAMILY_DESC[r.org_family!] ?? 'International organisation';
  const hqCountry = r.headquarters?.split(',').pop()?.trim();
  const desc = hqCountry ? `${family} based in ${hqCountry}` : family;
  igos.push({ id: r.wikidata!, type: 'organization', en: IGO_EN[r.wikidata!] ?? r.name_en!, ar, desc });
}

// ---- demonyms: nisba base → country ----
interface Demonym {
  countryId: string;
  countryEn: string;
  adjective: string;
}
const demonyms: Record<string, Demonym> = {};
const countryKeys = new Set(countries.flatMap((c) => c.ar.map((a) => normalizeText(a))));
function addDemonym(iso: string, raw: string): void {
  // the article is stripped before normalising: ألماني must not lose its first two letters
  const bare = raw.replace('*', '').trim();
  const base = normalizeText(bare.startsWith('ال') ? bare.slice(2) : bare);
  if (!base.endsWith('ي') || DEMONYM_DROP.has(base)) return;
  // newsmap derives some bases by appending ي to the country name (كوباي, توغوي): not Arabic usage
  if (/[اوي]ي$/.test(base) && countryKeys.has(base.slice(0, -1))) return;
  const countryId = countryIdByIso.get(iso);
  const countryEn = countryEnByIso.get(iso);
  if (!countryId || !countryEn) return;
  const adjective = wcJsonByIso.get(iso)?.demonyms?.eng?.m ?? countryEn;
  const prev = demonyms[base];
  if (prev && prev.countryId !== countryId) {
    console.warn(`demonym ${base}: keeps ${prev.countryEn}, ignores ${countryEn}`);
    return;
  }
  demonyms[base] = { countryId, countryEn, adjective };
}
for (const [iso, list] of Object.entries(DEMONYM_EXTRA)) for (const d of list) addDemonym(iso, d);
for (const [iso, terms] of newsmap) {
  for (const t of terms) if (t.endsWith('*') && !t.trim().includes(' ')) addDemonym(iso, t);
}

// ---- checks and output ----
for (const e of [...countries, ...places, ...igos]) {
  for (const a of e.ar) if (!ARABIC_FORM.test(a)) throw new Error(`${e.id} ${e.en}: non-Arabic form ${a}`);
}
function writeEntries(name: string, list: unknown[]): void {
  const body = `[\n${list.map((x) => JSON.stringify(x)).join(',\n')}\n]\n`;
  writeFileSync(join(OUT, name), body);
  console.log(`${name}: ${list.length} entries, ${body.length} chars`);
}
mkdirSync(OUT, { recursive: true });
const byRank = (a: GazetteerEntry, b: GazetteerEntry) => (b.rank ?? 0) - (a.rank ?? 0) || a.id.localeCompare(b.id);
writeEntries('countries.generated.json', countries.sort(byRank));
writeEntries('places.generated.json', places.sort(byRank));
writeEntries('igos.generated.json', igos);
const sortedDemonyms = Object.fromEntries(Object.entries(demonyms).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(
  join(OUT, 'demonyms.generated.json'),
  JSON.stringify(sortedDemonyms, null, 0).replace(/\},/g, '},\n') + '\n',
);
console.log(`demonyms.generated.json: ${Object.keys(demonyms).length} bases`);
