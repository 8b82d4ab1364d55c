// Extra labelled text for the tagger, named on the command line of train-ner.ts and eval-folds.ts
// (`--aqmar DIR`). Only ever added to training; NewsFANE stays the only evaluation.

import { createHash } from 'node:crypto';
import { flag, hasFlag, numFlag } from '../cli/args';
import type { GoldSentence } from '../eval/newsfane';
import { loadAqmar } from './aqmar';
import { learnClusters } from './clusters';
import type { ClusterJson } from '../../lib/ner/model/clusters';

export interface ExtraTraining {
  sentences: GoldSentence[];
  /** '' without extra text, else a hash of it (part of a fold cache key). */
  key: string;
  /** For the model's source note: what was added and its licence. */
  note: string;
}

export function extraTraining(): ExtraTraining {
  const dir = flag('--aqmar');
  if (!dir) return { sentences: [], key: '', note: '' };
  const sentences = loadAqmar(dir);
  const h = createHash('sha256');
  for (const s of sentences) h.update(s.map((t) => `${t.norm}\t${t.tag}`).join('\n') + '\n\n');
  return {
    sentences,
    key: `/aqmar:${h.digest('hex').slice(0, 12)}`,
    note: ` + AQMAR Arabic Wikipedia NER corpus (Mohit et al., EACL 2012; CC BY-SA 3.0; ${sentences.length} sentences)`,
  };
}

/**
 * With `--clusters`: word clusters learned from the labelled training text (labels unread) and, with
 * `--aqmar-text DIR`, AQMAR's sentences as unlabelled text. Never from the evaluation side: a fold's
 * clusters come from the other folds only.
 */
export function clustersFor(training: readonly GoldSentence[]): ClusterJson | undefined {
  if (!hasFlag('--clusters')) return undefined;
  const dir = flag('--aqmar-text');
  const text = [...training, ...(dir ? loadAqmar(dir) : [])].map((s) => s.map((t) => t.norm));
  return learnClusters(text, { depth: numFlag('--cluster-depth', 10), minCount: numFlag('--cluster-min', 3) });
}

/** Part of a fold cache key: what the cluster flags change. */
export function clusterKey(): string {
  if (!hasFlag('--clusters')) return '';
  return `/clusters:${flag('--aqmar-text') ?? ''}:${flag('--cluster-depth') ?? ''}:${flag('--cluster-min') ?? ''}`;
}
