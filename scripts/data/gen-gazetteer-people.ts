// Builds lib/gazetteer/data/open/people-wikidata.generated.json from the Wikidata extracts that
// EveryPolitician kept for each legislature (run by hand, never at build, test or run time):
//   npx tsx scripts/data/gen-gazetteer-people.ts <everypolitician-data checkout or bare git dir>
// Reads data/<Country>/<House>/sources/morph/wikidata.csv (Wikidata item id, English and Arabic
// labels: CC0 1.0, as Wikidata publishes them) and countries.json (country codes, house names).
// Keeps only people with a two-word-or-longer Arabic label that news could print as it is, an
// English label, and no form the gazetteer already has: curated entries stay the only reading.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GazetteerEntry } from '../../lib/types';
import { compileGazetteer, formKeys } from '../../lib/gazetteer/compile';
import { parseCsv } from './csv';
import { isWikidataExtract, openSnapshot } from './everypolitician';
import { GAZETTEER_DATA, gazetteerEntries } from './gazetteer-sources';
import { arabicLabelProblem, foldEnglish, labelsAgree, plainEnglishLabel } from './wikidata-labels';

const src = process.argv[2];
if (!src) {
  console.error('usage: npx tsx scripts/data/gen-gazetteer-people.ts <everypolitician-data folder or git dir>');
  process.exit(2);
}
const OUT = join(GAZETTEER_DATA, 'open/people-wikidata.generated.json');

const { read, list } = openSnapshot(src);

interface Country {
  name: string;
  code: string;
  legislatures: { name: string; sources_directory: string }[];
}
const countries = JSON.parse(read('countries.json')) as Country[];
const houses = new Map(
  countries.flatMap((country) => country.legislatures.map((h) => [h.sources_directory, { country, house: h.name }])),
);

// Every form the other sources already give: a new entry must not share one.
const compiled = compileGazetteer(gazetteerEntries([OUT]));
const knownIds = new Set(compiled.entries.map((e) => e.id));
// The same person under the project's own id (hamish:person:…) is found by the English name.
const knownEn = new Set(compiled.entries.filter((e) => e.type === 'person').map((e) => foldEnglish(e.en)));
const knownForms = new Set(compiled.keys.filter((_, k) => compiled.offsets[k]! < compiled.offsets[k + 1]!));

const dropped = new Map<string, number>();
const drop = (why: string) => dropped.set(why, (dropped.get(why) ?? 0) + 1);
const out = new Map<string, GazetteerEntry>();
// A person sits in several houses or terms: the first row with both labels decides.
const decided = new Set<string>();
const files = list().filter(isWikidataExtract);
let rows = 0;
for (const file of files) {
  const where = houses.get(file.split('/').slice(0, 4).join('/'));
  if (!where) {
    console.warn(`${file}: not in countries.json, skipped`);
    continue;
  }
  const { country, house } = where;
  for (const row of parseCsv(read(file))) {
    rows++;
    const id = row.id ?? '';
    const en = (row.name__en ?? '').trim();
    const ar = (row.name__ar ?? '').trim();
    if (!/^Q\d+$/.test(id) || !ar || decided.has(id)) continue;
    decided.add(id);
    if (!en || !plainEnglishLabel(en)) drop('no plain English label');
    else if (knownIds.has(id) || knownEn.has(foldEnglish(en))) drop('already in the gazetteer');
    else {
      const problem = arabicLabelProblem(ar);
      if (problem) drop(problem);
      else if (!labelsAgree(ar, en)) drop('Arabic and English family names disagree');
      else if (formKeys(ar).some((k) => knownForms.has(k))) drop('form already read as another entry');
      else {
        // A two-letter code: ISO 3166-1 (EveryPolitician writes GB-SCT and the like for parts).
        const code = country.code.split('-')[0]!;
        out.set(id, {
          id,
          type: 'person',
          en,
          ar: [ar.replace(/\s+/g, ' ')],
          desc: `Politician in ${country.name} (${house})`,
          ...(/^[A-Z]{2}$/.test(code) ? { country: code } : {}),
        });
      }
    }
  }
}

// Two new people may share a form (two Mohammed Alis): then neither is kept.
const formOwners = new Map<string, string[]>();
for (const e of out.values())
  for (const k of formKeys(e.ar[0]!)) formOwners.set(k, [...(formOwners.get(k) ?? []), e.id]);
for (const ids of formOwners.values())
  if (new Set(ids).size > 1) for (const id of new Set(ids)) if (out.delete(id)) drop('form shared by two new people');

const entries = [...out.values()].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
writeFileSync(OUT, `[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`);
console.log(`${files.length} files, ${rows} rows, ${decided.size} people with an Arabic label; kept ${entries.length}`);
for (const [why, n] of [...dropped].sort((a, b) => b[1] - a[1])) console.log(`  dropped ${n}: ${why}`);
