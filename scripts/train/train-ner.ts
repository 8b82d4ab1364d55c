// Trains the NER tagger on NewsFANE's train split, picks the epoch count on dev, and writes
// lib/ner/model.generated.json (CC BY-SA 3.0, as the corpora it is derived from).
//   npx tsx scripts/train/train-ner.ts /work/shared/data [--bits 18] [--epochs 12] [--scale 16] [--dropout 0.5]
//     [--aqmar DIR]   add the AQMAR Wikipedia corpus to the training text (scripts/train/aqmar.ts)
//     [--clusters [--aqmar-text DIR] [--cluster-depth 10] [--cluster-min 3]]   word-cluster features,
//                     learned from the training text (+ AQMAR's, unlabelled) (scripts/train/clusters.ts)
//     [--wiki-text DIR [--cluster-words N]]   learn the clusters from Arabic Wikipedia text (+ AQMAR's)
//                     instead of the training text (scripts/train/wiki-text.ts)
//     [--name-evidence [--cluster-names] [--nisba-negatives]]   graded person-name evidence features
//                     (scripts/train/name-evidence.ts)
//     [--silver FILE [--silver-max N] [--silver-min-p P] [--silver-per-epoch M]]   add Wikipedia sentences
//                     labelled by the neural teacher (scripts/train/neural/silver.ts)
// The test split is never read here, nor are the reserved sentences (scripts/eval/newsfane.ts).

import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cueLexicon } from '../../lib/ner/cues';
import { loadNerModel } from '../../lib/ner/model';
import { loadNewsFane } from '../eval/newsfane';
import { buildSimGazetteer, withGazFlags } from './ner-gaz-sim';
import { evaluateTagger, formatReport } from '../eval/ner-metrics';
import { DEFAULT_DROPOUT, trainTagger } from './ner-trainer';
import { numFlag } from '../cli/args';
import { clustersFor, clustersNote, extraTraining, modelLicense, nameEvidenceFor } from './extra-sources';
import { silverTraining } from './neural/silver';

const OUT = process.env.NER_OUT ?? 'lib/ner/model.generated.json';

function main(): void {
  const dir = process.argv[2];
  if (!dir || dir.startsWith('--'))
    throw new Error(
      'usage: train-ner.ts <path to shared/data> [--bits 18] [--epochs 12] [--scale 16] [--dropout 0.5] [--aqmar DIR]',
    );
  const { train, dev } = loadNewsFane(dir);
  const extra = extraTraining();
  const training = [...train, ...extra.sentences];
  const clusters = clustersFor(training, dir);
  if (clusters) console.log(`word clusters: ${clusters.groups.join(' ').split(' ').filter(Boolean).length} forms`);
  const { names } = nameEvidenceFor(dir);
  const silver = silverTraining();
  if (silver) console.log(`silver: ${silver.sentences.length} sentences, ${silver.perEpoch} per epoch`);
  const { json, epoch } = trainTagger(training, {
    clusters,
    names,
    bits: numFlag('--bits', 18),
    epochs: numFlag('--epochs', 12),
    scale: numFlag('--scale', 16),
    dropout: numFlag('--dropout', DEFAULT_DROPOUT),
    dev,
    silver,
    trainedOn: `train split${extra.note}${silver?.note ?? ''}`,
    clustersFrom: clustersNote(),
    license: modelLicense(),
    log: (line) => console.log(line),
  });
  const text = JSON.stringify(json) + '\n';
  writeFileSync(OUT, text);
  console.log(`best epoch ${epoch}; wrote ${OUT}: ${text.length} bytes, gzip ${gzipSync(text).length} bytes`);

  const q = loadNerModel(json, cueLexicon());
  const gaz = buildSimGazetteer(train);
  for (const [name, g] of [
    ['stand-in gazetteer flags', gaz],
    ['no gazetteer flags', null],
  ] as const) {
    console.log(
      formatReport(
        evaluateTagger(dev, (s) => q.tag(withGazFlags(s, g))),
        `dev (${dev.length} sentences), quantised model, ${name}`,
      ),
    );
  }
}

main();
