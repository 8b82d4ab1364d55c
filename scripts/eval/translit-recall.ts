// What (a) is made of and what bounds it: the held-out name words no training source holds, by
// origin, the share whose attested spelling is among a candidate generator's 1, 5 and 20 best, and
// every miss of the shipped guess by how it differs from the gold spelling.
// Usage: npx tsx scripts/eval/translit-recall.ts DATA_DIR [--model FILE] [[--dev]
//   --dev reads the dev slices (wd_arabic_16, Google eval) and the dev-training slices as "seen";
//   the model should then be one built with gen-translit --dev.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDecoder, type Candidate } from '../../lib/translit/decode';
import { loadTranslit } from '../../lib/translit/guess';
import { createLexicon } from '../../lib/translit/lexicon';
import { createNeural } from '../../lib/translit/neural';
import { attested } from '../../lib/translit/score';
import type { TranslitModel } from '../../lib/translit/types';
import { LABEL_PAIRS_FILE } from '../train/translit/gen-label-pairs';
import { groupByArabic, parseLabelPairs } from '../train/translit/pairs';
import { flag, hasFlag } from '../cli/args';
import { loadSplit } from '../data/gen-translit';
import { arabicNameList, origin, skeleton } from './translit-classes';
import { plausibleSpelling } from '../../lib/translit/plausible';

const dataDir = process.argv[2];
if (!dataDir || !existsSync(dataDir)) throw new Error('usage: translit-recall.ts DATA_DIR [--model FILE] [--dev]');
const dev = hasFlag('--dev');
const ROOT = join(import.meta.dirname, '../..');
const model = JSON.parse(
  readFileSync(flag('--model') ?? join(ROOT, 'lib/translit/model.generated.json'), 'utf8'),
) as TranslitModel;
const neural = model.neural ? createNeural(model.neural) : null;
const translit = loadTranslit(model);
const decoder = createDecoder(model, 20);
const lexicon = model.lexicon ? createLexicon(model.lexicon) : null;

/** How a guess differs from the nearest gold spelling, first match wins. */
function difference(guess: string, gold: Set<string>, key: string): string {
  if (![...gold].some((g) => plausibleSpelling(key, g))) return 'noise (gold cannot spell the word)';
  const any = (f: (g: string) => boolean) => [...gold].some(f);
  const undouble = (s: string) => s.replace(/(.)\1+/g, '$1');
  const consonants = (s: string) => undouble(s).replace(/[aeiouy]/g, '');
  if (any((g) => undouble(g) === undouble(guess))) return 'doubled letter only';
  if (any((g) => g.slice(0, -2) === guess.slice(0, -2) && g.length >= 4)) return 'ending (last 2 letters)';
  if (any((g) => consonants(g) === consonants(guess))) return 'vowels (and doubling)';
  if (any((g) => skeleton(g) === skeleton(guess))) return 'c/k, ph/f, silent h, w/y';
  return 'another consonant';
}

function main(): void {
  const names = arabicNameList(dataDir!);
  const train = loadSplit(dataDir!, dev ? 'dev-train' : 'train');
  const held = loadSplit(dataDir!, dev ? 'dev' : 'test');
  const labels = existsSync(LABEL_PAIRS_FILE) ? parseLabelPairs(readFileSync(LABEL_PAIRS_FILE, 'utf8')) : [];
  const seen = new Set([...train.wikidata, ...train.google, ...labels].map((p) => p.ar));
  const words = groupByArabic([...held.wikidata, ...held.google]);
  const keys = [...words.keys()].filter((k) => !seen.has(k)).sort();
  const pct = (n: number, d: number) => ((100 * n) / Math.max(1, d)).toFixed(1).padStart(5) + '%';
  console.log(`(a) ${dev ? 'dev' : 'test'} words no training source holds: ${keys.length}`);

  type Row = { origin: string; gold: Set<string>; guess: string; lists: Record<string, string[]> };
  const rows: Row[] = keys.map((k) => {
    const gold = attested(words.get(k)!);
    const free = decoder.decode(k, 20).map((c) => c.en);
    const listed = lexicon ? decoder.decode(k, 20, lexicon, 20).map((c: Candidate) => c.en) : [];
    const lists: Record<string, string[]> = { 'char model': free, 'word list': listed };
    if (neural) lists['neural'] = neural.decode(k, 20).map((c) => c.en);
    return { origin: origin(k, names), gold, guess: translit.guessToken(k).toLowerCase(), lists };
  });
  const origins = ['foreign', 'arabic'];
  console.log(
    `  origin: ${origins.map((o) => `${o} ${pct(rows.filter((r) => r.origin === o).length, rows.length)}`).join(', ')}`,
  );
  console.log(
    `  shipped guess right: all ${pct(rows.filter((r) => r.gold.has(r.guess)).length, rows.length)}` +
      origins
        .map((o) => {
          const rs = rows.filter((r) => r.origin === o);
          return `, ${o} ${pct(rs.filter((r) => r.gold.has(r.guess)).length, rs.length)}`;
        })
        .join(''),
  );
  console.log('  an attested spelling among the n best (all / foreign / arabic):');
  const sources = Object.keys(rows[0]?.lists ?? {});
  for (const src of [...sources, 'any of them']) {
    const at = (n: number, rs: Row[]) =>
      pct(
        rs.filter((r) =>
          (src === 'any of them' ? sources.flatMap((s) => r.lists[s]!.slice(0, n)) : r.lists[src]!.slice(0, n)).some(
            (c) => r.gold.has(c),
          ),
        ).length,
        rs.length,
      );
    const cells = [1, 5, 20].map(
      (n) =>
        `@${n} ${at(n, rows)} /${at(
          n,
          rows.filter((r) => r.origin === 'foreign'),
        )} /${at(
          n,
          rows.filter((r) => r.origin === 'arabic'),
        )}`,
    );
    console.log(`    ${src.padEnd(12)} ${cells.join('   ')}`);
  }
  const misses = rows.map((r, i) => ({ ...r, key: keys[i]! })).filter((r) => !r.gold.has(r.guess));
  const kinds = new Map<string, number>();
  for (const m of misses) {
    const kind = `${m.origin} ${difference(m.guess, m.gold, m.key)}`;
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  console.log(`  the ${misses.length} misses of the shipped guess, by how the guess differs from the gold:`);
  for (const [kind, n] of [...kinds].sort((a, b) => b[1] - a[1]))
    console.log(`    ${kind.padEnd(44)} ${String(n).padStart(5)} ${pct(n, misses.length)}`);
}

main();
