// (b)'s training words alone: the Google held-out words some training file holds, how many the
// shipped guess gets right, and of the misses, whether the gold is a training spelling at all and,
// if so, which source attests it and which spelling the guess took instead; then every such word by
// where its gold stands among the word's training spellings as the table generator counts them (a
// Google pair 3 times a Wikidata pair): the commonest alone, tied for commonest, a minority spelling,
// or none of them, with how often the guess is right in each.
// Usage: npx tsx scripts/eval/translit-seen.ts DATA_DIR [--model FILE] [--dev] [--list]
//   --dev: the dev slices (Google eval) against the dev-training slices, with a gen-translit --dev model.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTranslit } from '../../lib/translit/guess';
import type { TranslitModel } from '../../lib/translit/types';
import { groupByArabic } from '../train/translit/pairs';
import { flag, hasFlag } from '../cli/args';
import { loadSplit } from '../data/gen-translit';

const dataDir = process.argv[2];
if (!dataDir || !existsSync(dataDir)) throw new Error('usage: translit-seen.ts DATA_DIR [--model FILE] [--dev]');
const dev = hasFlag('--dev');
const model = JSON.parse(
  readFileSync(flag('--model') ?? join(import.meta.dirname, '../../lib/translit/model.generated.json'), 'utf8'),
) as TranslitModel;
const translit = loadTranslit(model);
const train = loadSplit(dataDir, dev ? 'dev-train' : 'train');
const google = groupByArabic(train.google);
const wikidata = groupByArabic(train.wikidata);
const held = groupByArabic(loadSplit(dataDir, dev ? 'dev' : 'test').google);

// The generator's counts (gen-translit.ts: Google pairs weigh 3).
const merged = groupByArabic([...train.wikidata, ...train.google.map((p) => ({ ...p, count: p.count * 3 }))]);
const standing = new Map<string, { words: number; right: number }>();
/** Where the gold stands among a word's training spellings. */
function standOf(gold: ReadonlyMap<string, number>, spellings: ReadonlyMap<string, number>): string {
  const top = Math.max(...spellings.values());
  const tops = [...spellings].filter(([, n]) => n === top).map(([en]) => en);
  if ([...gold.keys()].some((g) => tops.includes(g))) return tops.length > 1 ? 'tied for commonest' : 'the commonest';
  return [...gold.keys()].some((g) => spellings.has(g)) ? 'a minority spelling' : 'no training spelling';
}

const classes = new Map<string, string[]>();
let seen = 0;
let right = 0;
const top = (m: ReadonlyMap<string, number> | undefined) =>
  [...(m ?? [])]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([en, n]) => `${en} ${n}`)
    .join(', ');
for (const [key, gold] of held) {
  const g = google.get(key);
  const w = wikidata.get(key);
  if (!g && !w) continue;
  seen++;
  const guess = translit.guessToken(key).toLowerCase();
  const stand = standing.get(standOf(gold, merged.get(key)!)) ?? { words: 0, right: 0 };
  standing.set(standOf(gold, merged.get(key)!), stand);
  stand.words++;
  if (gold.has(guess)) stand.right++;
  if (gold.has(guess)) {
    right++;
    continue;
  }
  const golds = [...gold.keys()];
  const source = golds.some((s) => g?.has(s)) ? 'Google' : golds.some((s) => w?.has(s)) ? 'Wikidata' : null;
  const took = g?.has(guess) ? 'a Google spelling' : w?.has(guess) ? 'a Wikidata spelling' : 'no training spelling';
  const cls = source ? `gold a ${source} training spelling, guess ${took}` : 'gold no training spelling';
  const list = classes.get(cls) ?? [];
  classes.set(cls, list);
  list.push(`      ${key} → ${guess} (gold ${golds.join('/')}; Google: ${top(g)}; Wikidata: ${top(w)})`);
}
const pct = (n: number) => ((100 * n) / Math.max(1, seen)).toFixed(1) + '%';
console.log(
  `${dev ? 'Google eval' : 'Google test'} words a training file holds: ${seen}, right ${right} (${pct(right)})`,
);
for (const [cls, list] of [...classes].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`  ${String(list.length).padStart(4)} (${pct(list.length)}) ${cls}`);
  if (hasFlag('--list')) for (const line of list) console.log(line);
}
console.log('  by where the gold stands among the training spellings (Google pairs weigh 3):');
for (const [stand, { words, right }] of [...standing].sort((a, b) => b[1].words - a[1].words))
  console.log(`  ${String(words).padStart(4)} gold ${stand}: right ${right} (${((100 * right) / words).toFixed(1)}%)`);
