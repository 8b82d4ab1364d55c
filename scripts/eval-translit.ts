// Exact-match accuracy of English guesses for Arabic name words, on each dataset's held-out split.
// Usage: npx tsx scripts/eval-translit.ts /path/to/shared/data [--dev] [--model file]
//   --dev scores the dev slices (wd_arabic_16, Google eval) against a model built with gen --dev.
// A guess counts when it equals any English spelling the split gives for that Arabic word, after
// lowercasing and folding accents (the model writes plain a–z). "by count" weights each Arabic
// word by how often the split attests it (Wikidata counts name holders; Google counts 1 each).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { letterByLetter } from '../lib/translit/baseline';
import { createDecoder } from '../lib/translit/decode';
import { loadTranslit } from '../lib/translit/guess';
import { groupByArabic, type NamePair } from '../lib/translit/pairs';
import type { TranslitModel } from '../lib/translit/types';
import { loadSplit } from './gen-translit';
import { flag, numFlag, hasFlag } from './args';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: eval-translit.ts <shared data dir> [--dev] [--model file]');
const dev = hasFlag('--dev');
const modelPath = flag('--model') ?? join(import.meta.dirname, '../lib/translit/model.generated.json');
const model = JSON.parse(readFileSync(modelPath, 'utf8')) as TranslitModel;

const train = loadSplit(dataDir, dev ? 'dev-train' : 'train');
const seen = new Set([...train.wikidata, ...train.google].map((p) => p.ar));
const held = loadSplit(dataDir, dev ? 'dev' : 'test');

const decoder = createDecoder(model, numFlag('--beam', 8));
const translit = loadTranslit(model);
const only = flag('--only');
const systems: [string, (key: string) => string][] = (<[string, (key: string) => string][]>[
  ['letter-by-letter', letterByLetter],
  ['char model only', (k) => decoder.decode(k)[0]?.en ?? ''],
  ['table + char model', (k) => translit.guessToken(k)],
]).filter(([name]) => !only || name.startsWith(only));

function pct(n: number, d: number): string {
  return d === 0 ? '   -  ' : ((100 * n) / d).toFixed(1).padStart(5) + '%';
}

console.log(`model ${modelPath}; ${dev ? 'dev' : 'test'} splits; unit = distinct Arabic word, gold = any of its spellings`);
console.log('dataset    system               all            seen           unseen         by count  ms/token');
for (const [name, pairs] of [['wikidata', held.wikidata], ['google', held.google]] as [string, NamePair[]][]) {
  const gold = groupByArabic(pairs);
  const keys = [...gold.keys()];
  const nSeen = keys.filter((k) => seen.has(k)).length;
  for (const [system, guess] of systems) {
    let ok = 0;
    let okSeen = 0;
    let weightOk = 0;
    let weightAll = 0;
    const t0 = performance.now();
    for (const k of keys) {
      const spellings = gold.get(k)!;
      let weight = 0;
      for (const n of spellings.values()) weight += n;
      weightAll += weight;
      if (spellings.has(guess(k).toLowerCase())) {
        ok++;
        weightOk += weight;
        if (seen.has(k)) okSeen++;
      }
    }
    const ms = (performance.now() - t0) / keys.length;
    const cols = [
      `${pct(ok, keys.length)} of ${String(keys.length).padEnd(5)}`,
      `${pct(okSeen, nSeen)} of ${String(nSeen).padEnd(5)}`,
      `${pct(ok - okSeen, keys.length - nSeen)} of ${String(keys.length - nSeen).padEnd(5)}`,
    ];
    console.log(`${name.padEnd(10)} ${system.padEnd(20)} ${cols.join('  ')}  ${pct(weightOk, weightAll)}   ${ms.toFixed(3)}`);
  }
}
