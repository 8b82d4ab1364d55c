// The NER tagger's training loop, shared by train-ner.ts (the shipped model) and eval-folds.ts
// (cross-validation over the train split).

import { cueLexicon } from '../../lib/ner/cues';
import { FeatureExtractor } from '../../lib/ner/model/features';
import {
  modelFromTable,
  serializeNerModel,
  TAGS,
  type NerInputToken,
  type NerModel,
  type NerModelJson,
} from '../../lib/ner/model';
import { Trainer, WeightTable } from '../../lib/ner/model/perceptron';
import { parseClusters, type ClusterJson } from '../../lib/ner/model/clusters';
import { parseNameEvidence, type NameEvidenceJson } from '../../lib/ner/model/name-evidence';
import type { GoldSentence } from '../eval/newsfane';
import { buildSimGazetteer, jackknifeInputs, withGazFlags, type SimGazetteer } from './ner-gaz-sim';
import { evaluateTagger } from '../eval/ner-metrics';

/** Word dropout of the shipped model and of cross-validation (see TrainOptions.dropout). */
export const DEFAULT_DROPOUT = 0.5;

export interface TrainOptions {
  /** Hash-table size as a power of two (18) and the weights' fixed-point scale (16). */
  bits?: number;
  epochs: number;
  scale?: number;
  /** What the model was trained on, for its source note (e.g. "train split"). */
  trainedOn: string;
  /** What the word clusters were learned from, for the source note (default: the training text). */
  clustersFrom?: string;
  /** The model's licence note, when a source asks for another than NewsFANE's CC BY-SA 3.0. */
  license?: string;
  /**
   * Word dropout: each epoch, a word seen at most twice in training, or under a gazetteer flag, has
   * its identity withheld with this probability (0 = off), so the model also learns to tag words it
   * has never seen.
   */
  dropout?: number;
  /** Word clusters for the features (scripts/train/clusters.ts); stored in the model. */
  clusters?: ClusterJson;
  /** Graded name evidence for the features (scripts/train/name-evidence.ts); stored in the model. */
  names?: NameEvidenceJson;
  /**
   * Silver sentences (scripts/train/neural/silver.ts): `perEpoch` of them, the next ones in turn, are
   * shuffled in with the gold sentences each epoch, so silver text never outweighs gold by more than
   * the caller asks. Their gazetteer flags come from the gold sentences' stand-in gazetteer.
   */
  silver?: { sentences: GoldSentence[]; perEpoch: number };
  /** Pick the epoch by dev F1; without it the last epoch is kept. */
  dev?: GoldSentence[];
  log?: (line: string) => void;
}

/** Deterministic random numbers (mulberry32) so that runs are reproducible. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Rare words, and words under a gazetteer flag, hidden at random (a new copy; the inputs are not
 * changed): on a page, the names the gazetteer knows are mostly names training never saw, so the
 * flag must carry them on its own.
 */
function withDropout(
  input: NerInputToken[],
  rare: (norm: string) => boolean,
  p: number,
  rnd: () => number,
): NerInputToken[] {
  if (p <= 0) return input;
  return input.map((t) => ((t.gazType || rare(t.norm)) && rnd() < p ? { ...t, hidden: true } : t));
}

function shuffled(n: number, seed: number): number[] {
  const rnd = random(seed);
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
  const trainer = new Trainer(
    opts.bits ?? 18,
    new FeatureExtractor(
      lex,
      opts.clusters ? parseClusters(opts.clusters) : null,
      opts.names ? parseNameEvidence(opts.names) : null,
    ),
  );
  // Half the sentences of each epoch (a different half each time) go without gazetteer flags, so
  // the model also learns the words themselves and copes with names the gazetteer lacks.
  const withFlags = jackknifeInputs(train);
  const withoutFlags = train.map((s) => withGazFlags(s, null));
  const gold = train.map((s) => s.map((t) => TAGS.indexOf(t.tag)));
  const gaz = opts.dev ? buildSimGazetteer(train) : null;
  const silver = opts.silver?.sentences ?? [];
  const perEpoch = silver.length ? (opts.silver?.perEpoch ?? silver.length) : 0;
  const silverGaz = silver.length ? buildSimGazetteer(train) : null;
  const counts = new Map<string, number>();
  for (const s of [...train, ...silver]) for (const t of s) counts.set(t.norm, (counts.get(t.norm) ?? 0) + 1);
  const rare = (norm: string): boolean => (counts.get(norm) ?? 0) <= 2;
  const silverInput = (k: number): { input: NerInputToken[]; gold: number[] } => {
    const s = silver[k % silver.length]!;
    // Half of them with flags, as for gold (k is a different sentence each epoch).
    return { input: withGazFlags(s, k % 2 ? null : silverGaz), gold: s.map((t) => TAGS.indexOf(t.tag)) };
  };

  let best = { f1: -1, epoch: 0, table: null as WeightTable | null };
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    const t0 = performance.now();
    let errors = 0;
    const drop = shuffled(train.length, 1000 + epoch);
    const rnd = random(2000 + epoch);
    for (const i of shuffled(train.length + perEpoch, epoch)) {
      if (i >= train.length) {
        const { input, gold: tags } = silverInput((epoch - 1) * perEpoch + i - train.length);
        errors += trainer.trainSentence(withDropout(input, rare, opts.dropout ?? DEFAULT_DROPOUT, rnd), tags);
        continue;
      }
      const input = drop[i]! % 2 ? withoutFlags[i]! : withFlags[i]!;
      errors += trainer.trainSentence(withDropout(input, rare, opts.dropout ?? DEFAULT_DROPOUT, rnd), gold[i]!);
    }
    if (!opts.dev) {
      if (epoch === opts.epochs) best = { f1: 0, epoch, table: trainer.averaged().freeze() };
      continue;
    }
    const avg = trainer.averaged().freeze();
    const m = modelFromTable(avg, lex, opts.clusters, opts.names);
    const withGaz = devF1(m, opts.dev, gaz);
    const noGaz = devF1(m, opts.dev, null);
    const f1 = (withGaz + noGaz) / 2;
    opts.log?.(
      `epoch ${epoch}: train errors ${errors}, ` +
        `dev exact F1 ${(100 * withGaz).toFixed(1)} (gaz) ${(100 * noGaz).toFixed(1)} (no gaz), ` +
        `${((performance.now() - t0) / 1000).toFixed(1)}s`,
    );
    if (f1 > best.f1) best = { f1, epoch, table: avg };
  }
  const json = serializeNerModel(best.table!, {
    scale: opts.scale ?? 16,
    epochs: best.epoch,
    license:
      opts.license ??
      'CC BY-SA 3.0 (derived from NewsFANE Gold, Alotaibi & Lee, COLING 2014: ' +
        'https://creativecommons.org/licenses/by-sa/3.0/)',
    source:
      `scripts/train/train-ner.ts on NewsFANE Gold ${opts.trainedOn} (scripts/eval/newsfane.ts); ` +
      'given names: AKhateeb/arabic-names (MIT), NETransliteration Wikidata pairs (CC0)' +
      (opts.clusters
        ? `; word clusters: scripts/train/clusters.ts on ${opts.clustersFrom ?? 'the training text'}`
        : '') +
      (opts.names ? '; graded name evidence: scripts/train/name-evidence.ts' : ''),
    ...(opts.clusters ? { clusters: opts.clusters } : {}),
    ...(opts.names ? { names: opts.names } : {}),
  });
  return { json, epoch: best.epoch };
}
