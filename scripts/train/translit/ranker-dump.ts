// The candidates a dev model gives for the dev slices' words it never saw, for the ranker
// (lib/translit/ranker.ts, train-ranker.ts). The dev model is trained on wd_arabic_64 and Google's
// train split; its dev slice wd_arabic_16 is a held-out fold of the shipped model's training slices
// (wd_arabic_80), so its candidates are what the shipped model gives for words it did not see.
// Each word is put in one of three groups: "learn" (wd_arabic_16 words beyond the first 1,500 and not
// in Google's eval split: weights are learned on them), "choice" (the first 1,500 and Google's eval
// words, as earlier sessions screened on: settings are chosen on them), never the test slices.
// Usage: npx tsx scripts/train/translit/ranker-dump.ts DATA_DIR DEV_MODEL OUT.json [--list N]
//   --google-eval: MODEL is the shipped model (trained on wd_arabic_80 and Google's train split, never
//   on Google's eval split), and the words are Google's eval words it never saw, all "learn" words
//   (train-ranker.ts --folds scores them by cross-validation): the spelling habits of (b)'s split.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadSplit } from '../../data/gen-translit';
import { groupByArabic, parseLabelPairs } from './pairs';
import { LABEL_PAIRS_FILE } from './gen-label-pairs';
import { createDecoder, type Candidate } from '../../../lib/translit/decode';
import { oneLetterVariants } from './spelling-variants';
import { bestSpelling, createLexicon, FREE_BEST, LEXICON_BEAM, listedFor } from '../../../lib/translit/lexicon';
import { createCommonNames } from '../../../lib/translit/common-names';
import { plausibleSpelling } from '../../../lib/translit/plausible';
import { merge } from '../../../lib/translit/ranker';
import { attested } from '../../../lib/translit/score';
import type { TranslitModel } from '../../../lib/translit/types';
import { hasFlag, numFlag } from '../../cli/args';

/** One word's candidates as the ranker reads them, with what it must not see at run time: the gold. */
export interface DumpedWord {
  key: string;
  group: 'learn' | 'choice';
  baseline: string;
  top: number;
  candidates: {
    en: string;
    logProb: number;
    freeRank: number;
    listRank: number;
    listed: boolean;
    common: boolean;
    /** Rank among the one-letter variants of the first candidates (--variants), else absent. */
    variantRank?: number;
  }[];
  gold: string[];
}

/** How many of (a)'s first dev words earlier sessions screened on. */
export const SCREENED = 1500;

function main(): void {
  const [dir, modelPath, out] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (!dir || !modelPath || !out) throw new Error('usage: ranker-dump.ts DATA_DIR DEV_MODEL OUT.json [--list N]');
  const listN = numFlag('--list', 8);
  const model = JSON.parse(readFileSync(modelPath, 'utf8')) as TranslitModel;
  const decoder = createDecoder(model, 8);
  const lexicon = createLexicon(model.lexicon ?? '');
  const common = model.common ? createCommonNames(lexicon, model.common) : null;
  const googleEval = hasFlag('--google-eval');
  const train = loadSplit(dir, googleEval ? 'train' : 'dev-train');
  const dev = loadSplit(dir, 'dev');
  const held = googleEval ? { wikidata: [], google: dev.google } : dev;
  const labelled = parseLabelPairs(readFileSync(LABEL_PAIRS_FILE, 'utf8'));
  const seen = new Set([...train.wikidata, ...train.google, ...labelled].map((p) => p.ar));
  const heldWords = groupByArabic([...held.wikidata, ...held.google]);
  const unseen = [...heldWords.keys()].filter((k) => !seen.has(k));
  const googleWords = groupByArabic(held.google);
  const choice = googleEval
    ? new Set<string>()
    : new Set([...unseen.slice(0, SCREENED), ...[...googleWords.keys()].filter((k) => !seen.has(k))]);
  const variantsN = numFlag('--variants', 0);
  /** The model's best of the one-letter variants of some spellings (spelling-variants.ts). */
  const variantsOf = (key: string, from: Candidate[], known: Set<string>) => {
    if (variantsN === 0) return [];
    const vs = [...new Set(from.flatMap((c) => oneLetterVariants(c.en)))].filter((v) => !known.has(v)).sort();
    if (vs.length === 0) return [];
    return decoder.decode(key, variantsN, createLexicon(vs.join('\n')), LEXICON_BEAM).map((c, i) => ({
      en: c.en,
      logProb: c.logProb,
      freeRank: -1,
      listRank: -1,
      variantRank: i,
      listed: lexicon.indexOf(c.en) >= 0,
      common: !!common?.(c.en),
    }));
  };
  const words: DumpedWord[] = [];
  const t0 = performance.now();
  for (const key of unseen) {
    const free = decoder.decode(key, FREE_BEST);
    const listed = listedFor(key)
      ? decoder.decode(key, listN, lexicon, LEXICON_BEAM).filter((c) => plausibleSpelling(key, c.en))
      : [];
    const baseline = bestSpelling(decoder, key, lexicon, free, common, null)?.en ?? '';
    const golds = new Set([...attested(heldWords.get(key)!), ...(googleWords.get(key)?.keys() ?? [])]);
    words.push({
      key,
      group: choice.has(key) ? 'choice' : 'learn',
      baseline,
      top: free[0]?.logProb ?? 0,
      candidates: [
        ...merge(free, listed).map((c) => ({ ...c, listed: lexicon.indexOf(c.en) >= 0, common: !!common?.(c.en) })),
        ...variantsOf(
          key,
          [...free.slice(0, 4), ...listed.slice(0, 4)],
          new Set([...free, ...listed].map((c) => c.en)),
        ),
      ],
      gold: [...golds],
    });
    if (words.length % 500 === 0)
      console.error(`${words.length} / ${unseen.length} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  }
  writeFileSync(out, JSON.stringify(words));
  console.error(`wrote ${out}: ${words.length} words, ${words.filter((w) => w.group === 'learn').length} to learn on`);
}

main();
