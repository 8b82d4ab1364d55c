// Writes the name pairs the neural generator trains on, as TSV for train.py (Python does no
// Arabic normalisation of its own: keys are arabicKey(), spellings foldEnglish(), as the n-gram
// model's). Called by train-neural.ts.
//   OUT_DIR/train.tsv  "arabic<TAB>english<TAB>weight": the dev-training slices (wd_arabic_64,
//                      Google train) and the label pairs, one line per distinct pair
//   OUT_DIR/dev.tsv    "arabic<TAB>spelling|spelling…": the dev slices' words no training file
//                      holds, with their attested spellings (early stopping reads it)
// The dev and test slices are never trained on; the model trained on the dev-training slices is the
// one shipped, so the test slices stay unseen by every choice made on dev.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSplit } from '../../../data/gen-translit';
import { attested } from '../../../../lib/translit/score';
import { LABEL_PAIRS_FILE } from '../gen-label-pairs';
import { groupByArabic, parseLabelPairs } from '../pairs';

export function dumpPairs(dataDir: string, outDir: string): void {
  mkdirSync(outDir, { recursive: true });

  const train = loadSplit(dataDir, 'dev-train');
  const labels = existsSync(LABEL_PAIRS_FILE) ? parseLabelPairs(readFileSync(LABEL_PAIRS_FILE, 'utf8')) : [];
  // A Google or label pair is a name an editor checked: it weighs as three Wikidata slices (the
  // n-gram model's --google-weight).
  const weighted = new Map<string, number>();
  const add = (ar: string, en: string, w: number) =>
    weighted.set(ar + '\t' + en, Math.max(weighted.get(ar + '\t' + en) ?? 0, w));
  for (const p of train.wikidata) add(p.ar, p.en, 1);
  for (const p of [...train.google, ...labels]) add(p.ar, p.en, 3);
  const lines = [...weighted].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, w]) => `${k}\t${w}\n`);
  writeFileSync(join(outDir, 'train.tsv'), lines.join(''));

  const seen = new Set([...weighted.keys()].map((k) => k.split('\t')[0]!));
  const dev = loadSplit(dataDir, 'dev');
  const held = groupByArabic([...dev.wikidata, ...dev.google]);
  const devLines = [...held]
    .filter(([ar]) => !seen.has(ar))
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([ar, sp]) => `${ar}\t${[...attested(sp)].join('|')}\n`);
  writeFileSync(join(outDir, 'dev.tsv'), devLines.join(''));
  console.log(`${lines.length} training pairs, ${devLines.length} unseen dev words`);
}
