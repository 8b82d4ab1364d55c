// Generates lib/ner/foreign-given.generated.json: Arabic spellings of foreign given names.
//   npx tsx scripts/data/gen-foreign-given.ts /work/shared/data
// A given name is a word that opens the English label of a person in the gazetteer (Wikidata labels
// and the curated people lists) at least MIN_FIRST times; its Arabic spellings come from the
// NETransliteration Wikidata word pairs (CC0), with the two shapes news also writes: a final يه
// without its ه (خوسيه, خوسي) and a word opening with س and a consonant with an ا before it
// (ستيوارت, استيوارت). Words that also name a place or a body in the gazetteer are left out; common
// Arabic words are left out at run time by the rule that reads the list, and words the given-name
// lists (gen-given-names.ts) already hold are not repeated.

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeText } from '../../lib/text/normalize';

const MIN_FIRST = 1;
const MIN_PAIRS = 1;
const GAZ = 'lib/gazetteer/data';

interface Entry {
  type?: string;
  en?: string;
  ar?: string[];
}

function entries(dir: string): Entry[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => {
      const d: unknown = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      return Array.isArray(d) ? (d as Entry[]) : [];
    });
}

function variants(en: string, w: string): string[] {
  const out = [w];
  if (w.endsWith('يه') && w.length >= 5) out.push(w.slice(0, -1));
  if (/^s[^aeiouy]/.test(en) && /^س[^اويه]/.test(w)) out.push('ا' + w);
  return out;
}

function main(): void {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: gen-foreign-given.ts <path to shared/data>');
  const all = [...entries(join(GAZ, 'open')), ...entries(join(GAZ, 'curated')), ...entries(GAZ)];
  const firsts = new Map<string, number>();
  const other = new Set<string>();
  for (const e of all) {
    if (e.type === 'person') {
      const w = e.en?.split(' ');
      if (w && w.length >= 2) firsts.set(w[0]!.toLowerCase(), (firsts.get(w[0]!.toLowerCase()) ?? 0) + 1);
    } else for (const a of e.ar ?? []) for (const t of normalizeText(a).split(' ')) other.add(t);
  }
  // The Arabic given names and the loose name lists are read by the same rule already.
  const lists = JSON.parse(readFileSync('lib/ner/given-names.generated.json', 'utf8')) as Record<string, string[]>;
  const listed = new Set([...lists['given']!, ...lists['family']!, ...lists['names']!]);
  const out = new Set<string>();
  const pairs = readFileSync(join(dir, 'name-pairs-netranslit', 'wd_arabic.normalized.aligned.tokens'), 'utf8');
  for (const l of pairs.split('\n')) {
    const [en, ar, n] = l.split('\t');
    if (!en || !ar || Number(n) < MIN_PAIRS || (firsts.get(en) ?? 0) < MIN_FIRST) continue;
    const w = normalizeText(ar.replace(/ /g, ''));
    if (w.length < 4 || !/^[\u0621-\u064a]+$/.test(w) || w.startsWith('ال')) continue;
    for (const v of variants(en, w)) if (!other.has(v) && !listed.has(v)) out.add(v);
  }
  const words = [...out].sort();
  const json = {
    about:
      'Foreign given names: first words of the English labels of persons in lib/gazetteer/data, ' +
      'spelled in Arabic by NETransliteration-COLING2018 Wikidata pairs (CC0). scripts/data/gen-foreign-given.ts',
    words: words.join(' '),
  };
  const path = 'lib/ner/foreign-given.generated.json';
  writeFileSync(path, JSON.stringify(json) + '\n');
  console.log(`${path}: ${words.length} words from ${firsts.size} English first names`);
}

main();
