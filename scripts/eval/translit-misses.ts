// What the (a) misses are made of: a fixed sample of the dev side's misses (held-out Arabic words
// no training file holds, guess not an attested spelling), each put in one class.
// Usage: npx tsx scripts/eval/translit-misses.ts DATA_DIR --model DEV_MODEL [--n 100] [--list] [--google]
//   DEV_MODEL is built with `gen-translit.ts DATA_DIR --dev` (the dev slices are never trained on).
//   --google samples the misses of (b), the Google eval split (every word, exact match), instead.
// Classes, tested in this order (none looks at the model beyond its guess):
//   noise       the gold spelling cannot spell the Arabic word in any romanization (plausible.ts)
//   foreign     no letter or shape of Arabic origin: English follows the source language
//   arabic      Arabic-origin word (ح ع ص ض ط ظ ق ة, the article, or a given-name list entry)
// and within foreign and arabic, by how the guess differs from the gold spelling:
//   vowels      same consonants: vowels, -a/-ah, ou/u, doubled letters, al-/el-, silent h, c/k
//   consonants  another consonant somewhere: a plain model error

import { readFileSync } from 'node:fs';
import { loadTranslit } from '../../lib/translit/guess';
import { attested } from '../../lib/translit/score';
import type { TranslitModel } from '../../lib/translit/types';
import { groupByArabic } from '../train/translit/pairs';
import { flag, hasFlag, numFlag } from '../cli/args';
import { plausibleSpelling } from '../../lib/translit/plausible';
import { loadSplit } from '../data/gen-translit';
import { arabicNameList, classify, type Kind } from './translit-classes';

const dataDir = process.argv[2];
const modelPath = flag('--model');
if (!dataDir || !modelPath) throw new Error('usage: translit-misses.ts DATA_DIR --model DEV_MODEL [--n 100]');
const translit = loadTranslit(JSON.parse(readFileSync(modelPath, 'utf8')) as TranslitModel);

function main(): void {
  const names = arabicNameList(dataDir!);
  const train = loadSplit(dataDir!, 'dev-train');
  const dev = loadSplit(dataDir!, 'dev');
  const seen = new Set([...train.wikidata, ...train.google].map((p) => p.ar));
  const google = hasFlag('--google');
  const words = groupByArabic(google ? dev.google : [...dev.wikidata, ...dev.google]);
  const keys = google ? [...words.keys()] : [...words.keys()].filter((k) => !seen.has(k));
  const goldOf = (k: string) => (google ? new Set(words.get(k)!.keys()) : attested(words.get(k)!));
  const misses = keys.filter((k) => !goldOf(k).has(translit.guessToken(k).toLowerCase())).sort();
  // Every k-th miss in Arabic order: a fixed sample that does not depend on a random seed.
  const n = Math.min(numFlag('--n', 100), misses.length);
  const step = misses.length / n;
  const sample = Array.from({ length: n }, (_, i) => misses[Math.floor(i * step)]!);
  const counts = new Map<Kind, number>();
  const lines: string[] = [];
  for (const k of sample) {
    const guess = translit.guessToken(k).toLowerCase();
    const kind = classify(k, goldOf(k), guess, names);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    lines.push(`  ${kind.padEnd(19)} ${k.padEnd(14)} guess ${guess.padEnd(16)} gold ${[...goldOf(k)].join(', ')}`);
  }
  console.log(
    `${google ? '(b) Google eval split' : '(a) dev words no training file holds'}: ` +
      `${misses.length} misses of ${keys.length}; a sample of ${n}:`,
  );
  for (const [kind, c] of [...counts].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${kind.padEnd(19)} ${String(c).padStart(4)}  ${((100 * c) / n).toFixed(0).padStart(3)}%`);
  }
  // The share of noise among all pairs of the held-out words, hits included (for the cleaning rule).
  const noisy = keys.filter((k) => ![...goldOf(k)].some((g) => plausibleSpelling(k, g))).length;
  console.log(
    `  noise among all ${keys.length} words (hits too): ${noisy} (${((100 * noisy) / keys.length).toFixed(1)}%)`,
  );
  if (hasFlag('--list')) for (const l of lines) console.log(l);
}

main();
