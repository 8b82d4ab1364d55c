// Generates lib/ner/given-names.generated.json: normalised person-name words used as NER cues.
//   npx tsx scripts/data/gen-given-names.ts /work/shared/data
// Sources:
//   given-names-akhateeb (MIT): Arabic given names (male, female) and family names.
//   name-pairs-netranslit (CC0, Wikidata): Arabic spellings of person-name words of any origin
//   (سميث, ويليام, هيروشي), kept when seen in at least MIN_COUNT names — foreign names are what
//   the gazetteer misses most.
// Words that are far more often ordinary Arabic words than names are dropped (STOP), because the
// rule recogniser trusts these lists.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeText } from '../../lib/text/normalize';

const MIN_COUNT = 3;
const MAX_WORDS = 9000;
const STOP = new Set(
  [
    'من',
    'في',
    'على',
    'عن',
    'ما',
    'لا',
    'او',
    'الى',
    'مع',
    'هو',
    'هي',
    'ان',
    'قد',
    'كل',
    'بعد',
    'قبل',
    'يوم',
    'ال',
    'و',
    'ذا',
    'لم',
    'لن',
    'ثم',
    'بل',
    'اي',
    'به',
    'له',
    'كان',
    'امل',
    'نور',
    'سلام',
    'عادل',
    'حر',
    'دور',
    'بيت',
    'باب',
    'جبل',
    'بحر',
    'نهر',
    'سوق',
    'امس',
    'اليوم',
    'الله',
  ].map(normalizeText),
);

function lines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

function normWords(list: string[]): string[] {
  const out = new Set<string>();
  for (const l of list) {
    const n = normalizeText(l);
    if (n.length >= 2 && /^[\u0621-\u064a]+$/.test(n) && !STOP.has(n)) out.add(n);
  }
  return [...out].sort();
}

function main(): void {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: gen-given-names.ts <path to shared/data>');
  const ak = join(dir, 'given-names-akhateeb');
  const given = normWords([
    ...lines(join(ak, 'male-first--names-in-arabic.txt')),
    ...lines(join(ak, 'female-first-names-in-arabic.txt')),
  ]);
  const family = normWords(lines(join(ak, 'last-names-in-arabic.txt')));

  const counts = new Map<string, number>();
  for (const l of lines(join(dir, 'name-pairs-netranslit', 'wd_arabic.normalized.aligned.tokens'))) {
    const [, ar, n] = l.split('\t');
    if (!ar || !n) continue;
    const w = normalizeText(ar.replace(/ /g, ''));
    counts.set(w, (counts.get(w) ?? 0) + Number(n));
  }
  const frequent = [...counts].filter(([, n]) => n >= MIN_COUNT).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const names = normWords(frequent.slice(0, MAX_WORDS).map(([w]) => w));

  const out = {
    about:
      'Normalised person-name words. given/family: github.com/AKhateeb/arabic-names (MIT). ' +
      'names: NETransliteration-COLING2018 Wikidata pairs (CC0), words seen in >= 3 names.',
    given,
    family,
    names,
  };
  const path = 'lib/ner/given-names.generated.json';
  writeFileSync(path, JSON.stringify(out) + '\n');
  console.log(`${path}: given ${given.length}, family ${family.length}, names ${names.length}`);
}

main();
