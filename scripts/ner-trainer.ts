// The NER tagger's training loop, shared by train-ner.ts (the shipped model) and eval-folds.ts
// (cross-validation over the train split).

import { cueLexicon } from '../lib/ner/cues';
import { FeatureExtractor } from '../lib/ner/model/features';
import { modelFromTable, serializeNerModel, TAGS, type NerModel, type NerModelJson } from '../lib/ner/model';
import { Trainer, WeightTable } from '../lib/ner/model/perceptron';
import type { GoldSentence } from './newsfane';
import { buildSimGazetteer, jackknifeInputs, withGazFlags, type SimGazetteer } from './ner-gaz-sim';
import { evaluateTagger } from './ner-metrics';

export interface TrainOptions {
  /** Hash-table size as a power of two (18) and the weights' fixed-point scale (16). */
  bits?: number;
  epochs: number;
  scale?: number;
  /** What the model was trained on, for its source note (e.g. "train split"). */
  trainedOn: string;
  /** Pick the epoch by dev F1; without it the last epoch is kept. */
  dev?: GoldSentence[];
  log?: (line: string) => void;
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

export function trainTagger(train: GoldSentence[], opts: TrainOptions): { json: NerModelJson; epoch: number } {
  const lex = cueLexicon();
  const trainer = new Trainer(opts.bits ?? 18, new FeatureExtractor(lex));
  // Half the sentences of each epoch (a different half each time) go without gazetteer flags, so
  // the model also learns the words themselves and copes with names the gazetteer lacks.
  const withFlags = jackknifeInputs(train);
  const withoutFlags = train.map((s) => withGazFlags(s, null));
  const gold = train.map((s) => s.map((t) => TAGS.indexOf(t.tag)));
  const gaz = opts.dev ? buildSimGazetteer(train) : null;

  let best = { f1: -1, epoch: 0, table: null as WeightTable | null };
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    const t0 = performance.now();
    let errors = 0;
    const drop = shuffled(train.length, 1000 + epoch);
    for (const i of shuffled(train.length, epoch)) {
      errors += trainer.trainSentence(drop[i]! % 2 ? withoutFlags[i]! : withFlags[i]!, gold[i]!);
    }
    if (!opts.dev) {
      if (epoch === opts.epochs) best = { f1: 0, epoch, table: trainer.averaged().freeze() };
      continue;
    }
    const avg = trainer.averaged().freeze();
    const m = modelFromTable(avg, lex);
    const withGaz = devF1(m, opts.dev, gaz);
    const noGaz = devF1(m, opts.dev, null);
    const f1 = (withGaz + noGaz) / 2;
    opts.log?.(`epoch ${epoch}: train errors ${errors}, dev exact F1 ${(100 * withGaz).toFixed(1)} (gaz) ${(100 * noGaz).toFixed(1)} (no gaz), ${((performance.now() - t0) / 1000).toFixed(1)}s`);
    if (f1 > best.f1) best = { f1, epoch, table: avg };
  }
  const json = serializeNerModel(best.table!, {
    scale: opts.scale ?? 16,
    epochs: best.epoch,
    license: 'CC BY-SA 3.0 (derived from NewsFANE Gold, Alotaibi & Lee, COLING 2014: https://creativecommons.org/licenses/by-sa/3.0/)',
    source: `scripts/train-ner.ts on NewsFANE Gold ${opts.trainedOn} (scripts/newsfane.ts); given names: AKhateeb/arabic-names (MIT), NETransliteration Wikidata pairs (CC0)`,
  });
  return { json, epoch: best.epoch };
}
