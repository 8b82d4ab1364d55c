// Builds lib/translit/model.generated.json from the Arabic–English name-pair data.
// Usage: npx tsx scripts/data/gen-translit.ts /path/to/shared/data [--dev] [--out file] [--order N]
//   [--smoothing kn|wb] [--min-ngram N --prune-from K] [--weight one|log|sqrt] [--cache file]
//   [--drop-noise F] [--discount-scale S] [--google-one W]   (tuning knobs; defaults change nothing)
//   [--lexicon FILE[,FILE...]]   English name spellings the model may pick (lexicon.ts): the training
//     pairs' English and the files' capitalised words (apt-get install wamerican-insane:
//     /usr/share/dict/american-english-insane; person-name lists: README, "Names in Latin letters")
//   [--common FILE[,FILE...]]   lists of common names (Faker's names, SCOWL's american-english-large):
//     the word list's words they hold are marked common (common-names.ts); needs --lexicon
//   [--labels FILE]   word pairs of whole-name labels (scripts/train/translit/label-pairs.tsv, from
//     gen-label-pairs.ts) added to the table and the word list, not to the unit model's counts
//   [--neural FILE]   the neural network's weights (scripts/train/translit/neural/train.py),
//     shipped in the model: it judges the unit model's candidates for words the table lacks
//   [--reuse FILE]   as --units-from FILE, and that file's word list and common names too
//   [--clean]   counts without the pairs plausible.ts rejects (eval-translit --clean scores alike)
//   Smoothing is Kneser-Ney unless --smoothing wb.
//   --dev trains on the dev-training slices only (wd_arabic_64; Google train) for tuning against
//   wd_arabic_16 / Google eval. Without it: wd_arabic_80 + Google train (test splits never read).

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { alignPairs, type Aligned } from '../train/translit/align';
import { createDecoder, type Candidate } from '../../lib/translit/decode';
import { createNeural, type NeuralWeights } from '../../lib/translit/neural';
import { rerankedSpelling } from '../../lib/translit/rerank';
import { trainNgrams } from '../train/translit/ngram-train';
import { plausibleSpelling } from '../../lib/translit/plausible';
import { tableChoiceForAll } from '../train/translit/table';
import { articleSpelling, hasArticle } from '../../lib/translit/article';
import { lexiconWords } from '../train/translit/lexicon-words';
import { bestSpelling, createLexicon, FREE_BEST } from '../../lib/translit/lexicon';
import { createCommonNames } from '../../lib/translit/common-names';
import { commonBits } from '../train/translit/common-bits';
import {
  groupByArabic,
  parseGooglePairs,
  parseLabelPairs,
  parseWikidataPairs,
  topSpelling,
  type NamePair,
} from '../train/translit/pairs';
import type { TranslitModel } from '../../lib/translit/types';
import { flag, numFlag, hasFlag } from '../cli/args';

export type Split = 'train' | 'dev-train' | 'dev' | 'test';

/** How many of the model's best spellings a tie between attested spellings is settled among. */
const TIE_BEST = 8;

const WIKIDATA_FILE: Record<Split, string> = {
  train: 'wd_arabic_80',
  'dev-train': 'wd_arabic_64',
  dev: 'wd_arabic_16',
  test: 'wd_arabic_20',
};
const GOOGLE_FILE: Record<Split, string> = {
  train: 'ar2en-train.txt',
  'dev-train': 'ar2en-train.txt',
  dev: 'ar2en-eval.txt',
  test: 'ar2en-test.txt',
};

/**
 * The pairs of one split, per dataset. `clean` drops the pairs whose English cannot spell the
 * Arabic in any romanization (plausible.ts: misaligned slices of multi-word labels); the rule
 * reads the pair alone, so it treats every slice alike.
 */
export function loadSplit(dataDir: string, split: Split, clean = false): { wikidata: NamePair[]; google: NamePair[] } {
  const read = (dir: string, file: string) => readFileSync(join(dataDir, dir, file), 'utf8');
  const keep = (pairs: NamePair[]) => (clean ? pairs.filter((p) => plausibleSpelling(p.ar, p.en)) : pairs);
  return {
    wikidata: keep(parseWikidataPairs(read('name-pairs-netranslit', WIKIDATA_FILE[split]))),
    google: keep(parseGooglePairs(read('name-pairs-google', GOOGLE_FILE[split]))),
  };
}

/** A model file's unit model, without its table and word list. */
function unitsOf(model: TranslitModel): Omit<TranslitModel, 'table' | 'lexicon'> {
  const { table: _table, lexicon: _lexicon, ...units } = model;
  return units;
}

function main(): void {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('usage: gen-translit.ts <shared data dir> [--dev] [--out file] [--order N]');
  const dev = hasFlag('--dev');
  const out = flag('--out') ?? join(import.meta.dirname, '../../lib/translit/model.generated.json');
  const maxAr = numFlag('--max-ar', 1);
  const minNgram = numFlag('--min-ngram', 2);
  const order = numFlag('--order', 4);
  const minTable = numFlag('--min-table', 1);
  const log = (m: string) => console.error(m);
  const kib = (bytes: number) => (bytes / 1024).toFixed(0);

  const { wikidata, google } = loadSplit(dataDir, dev ? 'dev-train' : 'train');
  // A Google pair is one Wikipedia title pair, checked by its editors; Wikidata word pairs with
  // low counts are often alignment slips (أحمد: "zog", "hain", "akhmet" 2), and the slices split
  // pairs, not words, so a word's commonest Wikidata pair (ahmed 544) may sit in the test slice.
  const googleWeight = numFlag('--google-weight', 3);
  // How much a pair's count counts: 'one' (default) every distinct pair alike, 'log' 1 + ln n,
  // 'sqrt'. Unseen words are rare words, and type counts served them best on dev.
  const weighting = flag('--weight') ?? 'one';
  // ('one' gives a pair found in the Google list --google-one times the weight of a Wikidata-only pair.)
  const googleOne = numFlag('--google-one', 1);
  const inGoogle = new Set(google.map((p) => p.ar + '|' + p.en));
  const pairWeight = (n: number, ar: string, en: string) =>
    weighting === 'one'
      ? inGoogle.has(ar + '|' + en)
        ? googleOne
        : 1
      : weighting === 'sqrt'
        ? Math.sqrt(n)
        : 1 + Math.log(n);
  const byArabic = groupByArabic([...wikidata, ...google.map((p) => ({ ...p, count: p.count * googleWeight }))]);
  const pairs: { ar: string; en: string; weight: number }[] = [];
  for (const [ar, spellings] of byArabic) {
    for (const [en, n] of spellings) pairs.push({ ar, en, weight: pairWeight(n, ar, en) });
  }
  log(`${pairs.length} distinct pairs, ${byArabic.size} Arabic keys`);

  /** EM alignment of the pairs, then the n-gram counts of their units. */
  function trainUnits() {
    // --cache keeps the EM alignment between runs that only change the n-gram settings.
    // A cache of another format (an older run's) is ignored and rewritten.
    const CACHE_VERSION = 2;
    const cache = flag('--cache');
    const cached =
      cache && existsSync(cache)
        ? (JSON.parse(readFileSync(cache, 'utf8')) as { version?: number; aligned?: (Aligned | null)[] })
        : null;
    const aligned: (Aligned | null)[] =
      cached?.version === CACHE_VERSION && cached.aligned?.length === pairs.length
        ? cached.aligned
        : alignPairs(pairs, { maxAr, maxEn: numFlag('--max-en', 4), iterations: 6 }, log);
    if (cache && aligned !== cached?.aligned) writeFileSync(cache, JSON.stringify({ version: CACHE_VERSION, aligned }));
    // Wikidata word pairs come from aligning whole names, and some are misaligned (كريستوفر:
    // "tricky"); the worst-scoring fraction per Arabic letter is dropped before counting.
    const dropNoise = numFlag('--drop-noise', 0);
    const perLetter = (i: number) => aligned[i]!.logProb / pairs[i]!.ar.length;
    let floor = -Infinity;
    if (dropNoise > 0) {
      const scored = aligned.flatMap((a, i) => (a ? [perLetter(i)] : [])).sort((x, y) => x - y);
      floor = scored[Math.floor(dropNoise * scored.length)]!;
    }
    const seqs = aligned.flatMap((a, i) =>
      a && perLetter(i) >= floor && kept(pairs[i]!.ar, pairs[i]!.en)
        ? [{ units: a.units, weight: pairs[i]!.weight }]
        : [],
    );
    log(`${seqs.length} aligned and kept, ${aligned.filter((a) => !a).length} unalignable`);
    const minUnit = numFlag('--min-unit', 2);
    const smoothing = flag('--smoothing') === 'wb' ? 'wb' : 'kn';
    const discountScale = numFlag('--discount-scale', 1);
    const unitModel = trainNgrams(seqs, {
      order,
      minUnitCount: minUnit,
      minNgramCount: minNgram,
      pruneFrom: numFlag('--prune-from', 3),
      smoothing,
      discountScale,
    });
    log(`smoothing ${smoothing}${unitModel.discounts ? ', discounts ' + unitModel.discounts.join(' ') : ''}`);
    return unitModel;
  }

  // --clean: the pairs plausible.ts rejects are left out of the counts and the table (the EM
  // alignment still sees them, so one cached alignment serves both).
  const clean = hasFlag('--clean');
  const kept = (ar: string, en: string) => !clean || plausibleSpelling(ar, en);
  // --units-from reuses the unit model of a model file made from the same pairs and settings: the
  // EM alignment takes an hour on a busy machine, and only the table and the word list then change.
  // --reuse also keeps that file's word list and common names: only the table is rebuilt, as when
  // the choice among a word's candidates (lexicon.ts bestSpelling) changed.
  const reuse = flag('--reuse');
  const unitsFrom = reuse ?? flag('--units-from');
  const reused = unitsFrom ? (JSON.parse(readFileSync(unitsFrom, 'utf8')) as TranslitModel) : null;
  const unitModel = reused ? unitsOf(reused) : trainUnits();
  log(`unit model: ${unitModel.units.length} units, ${(JSON.stringify(unitModel).length / 1024).toFixed(0)} KiB`);
  // --labels: the gazetteer's and EveryPolitician's name labels, split into word pairs, as attested
  // spellings. They join after the unit model is made, so its recipe (and the hour-long alignment
  // a --cache or --units-from saves) stays that of the name-pair data; like Google's pairs they are
  // names as an editor checked them, and weigh as much.
  const labelsFile = flag('--labels');
  if (labelsFile) {
    const labelPairs = parseLabelPairs(readFileSync(labelsFile, 'utf8'));
    const before = byArabic.size;
    // Only for words the name pairs lack: added to a word they hold, a label's weight can tie or
    // overturn its spellings (ماكنزي: mackenzie 12, mckenzie 9, +3 ties them, and a tie the model
    // ranks neither way leaves the word to the model's "mcnzi").
    const merged = groupByArabic(labelPairs.map((p) => ({ ...p, count: p.count * googleWeight })));
    for (const [ar, spellings] of merged) if (!byArabic.has(ar)) byArabic.set(ar, spellings);
    log(`labels: ${labelPairs.length} word pairs, ${byArabic.size - before} Arabic words new to the table's input`);
  }

  if (clean) {
    for (const [ar, spellings] of byArabic) {
      for (const en of spellings.keys()) if (!kept(ar, en)) spellings.delete(en);
      if (spellings.size === 0) byArabic.delete(ar);
    }
  }
  if (hasFlag('--no-table')) {
    writeFileSync(out, JSON.stringify({ ...unitModel, table: {} }));
    return;
  }

  // The table keeps a word's commonest spelling only where the unit model does not produce it.
  // Among spellings attested equally often it keeps the one the model ranks highest, so the
  // model's n best are passed, not its first alone, which left most ties to the model's own
  // unattested spelling (Google dev split, exact match: 60.4% with the first, 61.0% with 8).
  // With a word list, the model's first is its choice between its own spelling and the list's.
  const lexiconFile = flag('--lexicon');
  const lexicon = reuse
    ? reused!.lexicon
    : lexiconFile
      ? lexiconWords(
          [...byArabic.values()].flatMap((s) => [...s.keys()]),
          lexiconFile
            .split(',')
            .map((f) => readFileSync(f, 'utf8'))
            .join('\n'),
        )
      : undefined;
  const words = lexicon ? createLexicon(lexicon) : null;
  if (words) log(`lexicon: ${words.size} words, ${kib(lexicon!.length)} KiB`);
  // --common: the list words that are common names (common-names.ts), as one bit per list word.
  const commonFile = flag('--common');
  const common = reuse
    ? reused!.common
    : words && commonFile
      ? commonBits(
          words,
          commonFile.split(',').map((f) => readFileSync(f, 'utf8')),
        )
      : undefined;
  const commonNames = words && common ? createCommonNames(words, common) : null;
  // --neural: the network judges the unit model's candidates (rerank.ts), here as in the extension.
  const neuralFile = flag('--neural');
  const neural = neuralFile ? (JSON.parse(readFileSync(neuralFile, 'utf8')) as NeuralWeights) : undefined;
  const net = neural ? createNeural(neural) : null;
  const decoder = createDecoder({ ...unitModel, table: {} }, TIE_BEST);
  const table: Record<string, string> = {};
  let agree = 0;
  const t0 = performance.now();
  // A word is spelled as the extension would without its entry: alone (guessToken) and, for an
  // article word, as the likelier of itself and its stem (guessName).
  const best = (key: string) =>
    net
      ? rerankedSpelling(decoder, net, key, words)
      : words
        ? bestSpelling(decoder, key, words, undefined, commonNames)
        : decoder.decode(key)[0];
  const rankedWith = (first: Candidate | undefined, nBest: Candidate[]) =>
    first ? [first, ...nBest.filter((c) => c.en !== first.en)] : nBest;
  for (const [ar, spellings] of [...byArabic].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    // One search gives the model's best for the word list's choice and, of them, the tie's candidates.
    const freeBest = decoder.decode(ar, FREE_BEST);
    const nBest = freeBest.slice(0, TIE_BEST);
    const whole = net ? best(ar) : words ? bestSpelling(decoder, ar, words, freeBest, commonNames) : nBest[0];
    const ways = [rankedWith(whole, nBest)];
    if (hasArticle(ar))
      ways.push(
        rankedWith(
          articleSpelling(ar, (k) => (k === ar ? whole : best(k))),
          nBest,
        ),
      );
    const choice = tableChoiceForAll(spellings, ways, minTable);
    if (choice.kind === 'table') table[ar] = choice.en;
    else agree++;
  }
  // guessName() spells an unattested article word from its stem's table entry (الأسد from أسد:
  // asad), so an article word with an attested spelling of its own is kept even where the model
  // already gets it (الرحمن: rahman, not the stem's "rehman").
  let articleWords = 0;
  for (const [ar, spellings] of byArabic) {
    if (ar.startsWith('ال') && ar.length >= 4 && !table[ar] && table[ar.slice(2)]) {
      table[ar] = topSpelling(spellings);
      articleWords++;
    }
  }
  log(`decoded ${byArabic.size} keys in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  log(
    `unit model left to spell ${agree} of ${byArabic.size} training keys; ` +
      `table keeps ${Object.keys(table).length} (${articleWords} article words kept for their stem)`,
  );

  const model: TranslitModel = {
    ...unitModel,
    table,
    ...(lexicon ? { lexicon } : {}),
    ...(common ? { common } : {}),
    ...(neural ? { neural } : {}),
  };
  const json = JSON.stringify(model);
  writeFileSync(out, json);
  log(
    `wrote ${out}: ${model.units.length} units, ${Object.keys(model.ngrams).length} histories, ` +
      `${kib(Buffer.byteLength(json))} KiB (gzip ${kib(gzipSync(json).length)} KiB)`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
