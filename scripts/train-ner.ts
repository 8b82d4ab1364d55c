// Trains the NER tagger on NewsFANE's train split, picks the epoch count on dev, and writes
// lib/ner/model.generated.json (CC BY-SA 3.0, as the corpus it is derived from).
//   npx tsx scripts/train-ner.ts /work/shared/data [--bits 18] [--epochs 12] [--scale 16]
// The test split is never read here.

import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cueLexicon } from '../lib/ner/cues';
import { FeatureExtractor } from '../lib/ner/model/features';
import { loadNerModel, modelFromTable, serializeNerModel, TAGS, type NerModel } from '../lib/ner/model';
import { Trainer, WeightTable } from '../lib/ner/model/perceptron';
import { loadNewsFane, type GoldSentence } from './newsfane';
import { buildSimGazetteer, jackknifeInputs, withGazFlags, type SimGazetteer } from './ner-gaz-sim';
import { evaluateTagger, formatReport } from './ner-metrics';
import { flag } from './args';

const OUT = process.env.NER_OUT ?? 'lib/ner/model.generated.json';

function arg(name: string, dflt: number): number {
  const v = flag(`--${name}`);
  return v === undefined ? dflt : Number(v);
}

/** Deterministic shuffle (mulberry32) so that runs are reproducible. */
function shuffled(n: number, seed: number): number[] {
  let a = seed >>> 0;
  const rnd = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

function devF1(model: NerModel, dev: GoldSentence[], gaz: SimGazetteer | null): number {
  return evaluateTagger(dev, (s) => model.tag(withGazFlags(s, gaz))).exact.micro.f1;
}

function main(): void {
  const dir = process.argv[2];
  if (!dir || dir.startsWith('--')) throw new Error('usage: train-ner.ts <path to shared/data> [--bits 18] [--epochs 12] [--scale 16]');
  const bits = arg('bits', 18);
  const maxEpochs = arg('epochs', 12);
  const scale = arg('scale', 16);
  const { train, dev } = loadNewsFane(dir);
  const lex = cueLexicon();
  const trainer = new Trainer(bits, new FeatureExtractor(lex));
  // Half the sentences of each epoch (a different half each time) go without gazetteer flags, so
  // the model also learns the words themselves and copes with names the gazetteer lacks.
  const withFlags = jackknifeInputs(train);
  const withoutFlags = train.map((s) => withGazFlags(s, null));
  const gold = train.map((s) => s.map((t) => TAGS.indexOf(t.tag)));
  const gaz = buildSimGazetteer(train);

  let best = { f1: -1, epoch: 0, table: null as WeightTable | null };
  for (let epoch = 1; epoch <= maxEpochs; epoch++) {
    const t0 = performance.now();
    let errors = 0;
    const drop = shuffled(train.length, 1000 + epoch);
    for (const i of shuffled(train.length, epoch)) {
      errors += trainer.trainSentence(drop[i]! % 2 ? withoutFlags[i]! : withFlags[i]!, gold[i]!);
    }
    const avg = trainer.averaged().freeze();
    const m = modelFromTable(avg, lex);
    const withGaz = devF1(m, dev, gaz);
    const noGaz = devF1(m, dev, null);
    const f1 = (withGaz + noGaz) / 2;
    console.log(`epoch ${epoch}: train errors ${errors}, dev exact F1 ${(100 * withGaz).toFixed(1)} (gaz) ${(100 * noGaz).toFixed(1)} (no gaz), ${((performance.now() - t0) / 1000).toFixed(1)}s`);
    if (f1 > best.f1) best = { f1, epoch, table: avg };
  }

  const json = serializeNerModel(best.table!, {
    scale,
    epochs: best.epoch,
    license: 'CC BY-SA 3.0 (derived from NewsFANE Gold, Alotaibi & Lee, COLING 2014: https://creativecommons.org/licenses/by-sa/3.0/)',
    source: 'scripts/train-ner.ts on NewsFANE Gold train split (scripts/newsfane.ts); given names: AKhateeb/arabic-names (MIT), NETransliteration Wikidata pairs (CC0)',
  });
  const text = JSON.stringify(json) + '\n';
  writeFileSync(OUT, text);
  console.log(`best epoch ${best.epoch}; wrote ${OUT}: ${text.length} bytes, gzip ${gzipSync(text).length} bytes`);

  const q = loadNerModel(json, lex);
  for (const [name, g] of [['stand-in gazetteer flags', gaz], ['no gazetteer flags', null]] as const) {
    console.log(formatReport(evaluateTagger(dev, (s) => q.tag(withGazFlags(s, g))), `dev (${dev.length} sentences), quantised model, ${name}`));
  }
}

main();
