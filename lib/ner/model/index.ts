// Public API of the learned NER tagger. Build the model once with loadNerModel(json) and call
// model.tag(tokens) per sentence (a few hundred tokens at most; longer input works but costs more).

import { cueLexicon, type CueLexicon } from '../cues';
import { encodeSparse, toBase64, fromBase64 } from './codec';
import { FeatureExtractor, FEATURE_VERSION, type WordInfo } from './features';
import { NER_BINARY_FORMAT, modelPartsFromBinary, type NerModelBytes } from './binary';
import { parseClusters, type ClusterJson, type WordClusters } from './clusters';
import { parseNameEvidence, type NameEvidence, type NameEvidenceJson } from './name-evidence';
import { CompactTable } from './compact';
import { decode, decodeWords, tagIndexes, type Scorer, WeightTable } from './perceptron';
import { TAGS, type NerModel, type NerModelJson } from './types';

export type { NerModel, NerModelJson, NerInputToken, NerPage, NerTag } from './types';
export { TAGS } from './types';
export { encodeNerModelBinary, type NerModelBytes } from './binary';

/**
 * Builds a tagger from its JSON (lib/ner/model.generated.json, or a small one in tests) or from the
 * binary file made of it (binary.ts), which loads without decoding.
 */
export function loadNerModel(json: NerModelJson | NerModelBytes, lexicon: CueLexicon = cueLexicon()): NerModel {
  if (json.format === NER_BINARY_FORMAT) {
    const { table, clusters, names } = modelPartsFromBinary(json.bytes);
    return modelFromParts(table, lexicon, clusters ?? null, names ?? null);
  }
  if (json.format !== 'hamish-ner-perceptron')
    throw new Error(`not a NER model: ${String((json as { format: unknown }).format)}`);
  if (json.featureVersion !== FEATURE_VERSION)
    throw new Error(`NER model has feature version ${json.featureVersion}, code expects ${FEATURE_VERSION}`);
  if (json.labels.join() !== TAGS.join()) throw new Error('NER model labels do not match');
  const table = new CompactTable(json.bits, fromBase64(json.weights), json.scale);
  return modelFromTable(table, lexicon, json.clusters, json.names);
}

export function modelFromTable(
  table: Scorer,
  lexicon: CueLexicon = cueLexicon(),
  clusters?: ClusterJson,
  names?: NameEvidenceJson,
): NerModel {
  return modelFromParts(
    table,
    lexicon,
    clusters ? parseClusters(clusters) : null,
    names ? parseNameEvidence(names) : null,
  );
}

function modelFromParts(
  table: Scorer,
  lexicon: CueLexicon,
  clusters: WordClusters | null,
  names: NameEvidence | null,
): NerModel {
  const fx = new FeatureExtractor(lexicon, clusters, names);
  let words: WordInfo[] = [];
  return {
    tag: (tokens) => (tokens.length ? tagIndexes(decode(table, fx, tokens).labels) : []),
    labelsOf: (page, from, to) => {
      const n = to - from;
      if (words.length < n) words = new Array<WordInfo>(2 * n);
      for (let i = 0; i < n; i++) words[i] = fx.wordOfForm(page.forms, page.form[from + i]!);
      return decodeWords(table, fx, words, n, page.gaz, from);
    },
  };
}

/** Quantises a trained table (weight × scale, rounded; zeros dropped) into its JSON form. */
export function serializeNerModel(
  table: WeightTable,
  meta: {
    scale: number;
    epochs: number;
    license: string;
    source: string;
    clusters?: ClusterJson;
    names?: NameEvidenceJson;
  },
): NerModelJson {
  const q = new Int32Array(table.w.length);
  for (let c = 0; c < q.length; c++) q[c] = Math.round(table.w[c]! * meta.scale);
  return {
    format: 'hamish-ner-perceptron',
    featureVersion: FEATURE_VERSION,
    bits: table.bits,
    labels: [...TAGS],
    scale: meta.scale,
    weights: toBase64(encodeSparse(q)),
    epochs: meta.epochs,
    license: meta.license,
    source: meta.source,
    ...(meta.clusters ? { clusters: meta.clusters } : {}),
    ...(meta.names ? { names: meta.names } : {}),
  };
}
