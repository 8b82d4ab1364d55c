// Builds scripts/train/translit/label-pairs.tsv: Arabic name words with the English spelling their
// whole-name labels give them (label-pairs.ts), from the gazetteer's entries (lib/gazetteer/data)
// and the English and Arabic Wikidata labels of the politicians EveryPolitician lists (CC0 1.0).
//   npx tsx scripts/train/translit/gen-label-pairs.ts <everypolitician-data checkout or bare git dir>
// gen-translit.ts --labels reads the file into the name table and word list; eval-translit.ts
// counts its Arabic words as training words, so (a) still scores words no training source holds.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../../data/csv';
import { isWikidataExtract, openSnapshot } from '../../data/everypolitician';
import { join } from 'node:path';
import { GAZETTEER_DATA, gazetteerEntries } from '../../data/gazetteer-sources';
import { labelWordPairs } from './label-pairs';
import { formatLabelPairs } from './pairs';

/**
 * Gazetteer files whose licence asks that what is derived from them be shared alike (NOTICE 2, 4
 * and 6): the name model's data carries none of them. What is left is the project's own entries,
 * Natural Earth's places (public domain) and Wikidata's people (CC0).
 */
const SHARE_ALIKE = [
  'open/countries.generated.json',
  'open/igos.generated.json',
  'curated/people-football.json',
  'curated/people-arts-sports-politics.json',
  'curated/places-regions-landmarks.json',
  'curated/orgs-intl-bodies-extra.json',
  'curated/orgs-football-extra.json',
].map((f) => join(GAZETTEER_DATA, f));

export const LABEL_PAIRS_FILE = fileURLToPath(new URL('./label-pairs.tsv', import.meta.url));

function main(): void {
  const src = process.argv[2];
  if (!src) throw new Error('usage: gen-label-pairs.ts <everypolitician-data checkout or bare git dir>');
  // Each label pair once: a person sits in several houses, an entry has several Arabic forms.
  const labels = new Set<string>();
  for (const e of gazetteerEntries(SHARE_ALIKE)) for (const ar of e.ar) labels.add(ar + '\t' + e.en);
  const { read, list } = openSnapshot(src);
  const files = list().filter(isWikidataExtract);
  const people = new Set<string>();
  for (const file of files) {
    for (const row of parseCsv(read(file))) {
      const en = (row.name__en ?? '').trim();
      const ar = (row.name__ar ?? '').trim();
      if (!en || !ar || people.has(row.id ?? '')) continue;
      people.add(row.id ?? '');
      labels.add(ar + '\t' + en);
    }
  }
  const counts = new Map<string, number>();
  let split = 0;
  for (const label of labels) {
    const [ar, en] = label.split('\t') as [string, string];
    const words = labelWordPairs(ar, en);
    if (words.length) split++;
    for (const p of words) counts.set(p.ar + '\t' + p.en, (counts.get(p.ar + '\t' + p.en) ?? 0) + 1);
  }
  writeFileSync(LABEL_PAIRS_FILE, formatLabelPairs(counts));
  console.log(
    `${files.length} EveryPolitician files, ${people.size} people with both labels; ${labels.size} label pairs, ` +
      `${split} split into words: ${counts.size} word pairs`,
  );
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) main();
