// Types of the learned NER tagger (averaged perceptron, greedy left-to-right with tag history).
import type { EntityType } from '../../types';
import type { ClusterJson } from './clusters';
import type { NameEvidenceJson } from './name-evidence';

export type NerTag = 'O' | `B-${EntityType}` | `I-${EntityType}`;

/** Label order of the weight table. I-x sits right after B-x (decoding relies on it). */
export const TAGS: readonly NerTag[] = [
  'O',
  'B-person',
  'I-person',
  'B-place',
  'I-place',
  'B-organization',
  'I-organization',
];
export const NUM_TAGS = TAGS.length;

export interface NerInputToken {
  /** Normal form (lib/text normalize). */
  norm: string;
  /** lib/text TokenKind; the model computes its own shape from norm, so this is informational. */
  kind: string;
  /** Set by the caller when the gazetteer matched a span covering this token. */
  gazType?: EntityType | null;
  /** True on the first token of that gazetteer span. */
  gazBegin?: boolean;
  /**
   * Training only: withhold the word's identity (word dropout), so the model learns to tag words it
   * has never seen from their letters, neighbours and flags, as it must on a page.
   */
  hidden?: boolean;
}

export interface NerModelJson {
  format: 'hamish-ner-perceptron';
  /** Bumped whenever feature extraction changes; a model only loads with the same version. */
  featureVersion: number;
  /** The weight table has 2^bits buckets of NUM_TAGS weights. */
  bits: number;
  labels: NerTag[];
  /** Stored weights are integers; real weight = stored / scale. */
  scale: number;
  /** Base64 of the sparse table: repeated (varint gap in cells, zigzag varint value). */
  weights: string;
  epochs: number;
  license: string;
  source: string;
  /** Word clusters the features read (clusters.ts); a model trained without them has none. */
  clusters?: ClusterJson;
  /** Graded name evidence the features read (name-evidence.ts); a model trained without it has none. */
  names?: NameEvidenceJson;
}

/**
 * A page's tokens as the engine holds them (lib/text tokenTable): each token's normal form by id,
 * one id per distinct form, and each token's gazetteer code (0, or (1 person, 2 place,
 * 3 organization) × 2 + 1 on the first token of a gazetteer span).
 */
export interface NerPage {
  forms: readonly string[];
  form: Int32Array;
  gaz: Uint8Array;
}

export interface NerModel {
  tag(tokens: readonly NerInputToken[]): NerTag[];
  /**
   * The labels (indexes into TAGS) that tag() gives tokens [from, to) of a page, as one sentence;
   * read them before the next call, which reuses the array. Optional: the engine falls back to tag().
   */
  labelsOf?(page: NerPage, from: number, to: number): Int8Array;
}
