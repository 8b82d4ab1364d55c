// Extra labelled text for the tagger, named on the command line of train-ner.ts and eval-folds.ts
// (`--aqmar DIR`). Only ever added to training; NewsFANE stays the only evaluation.

import { createHash } from 'node:crypto';
import { flag, hasFlag, numFlag } from '../cli/args';
import type { GoldSentence } from '../eval/newsfane';
import { loadAqmar } from './aqmar';
import { learnClusters, type ClusterOptions } from './clusters';
import { wikiClusters } from './wiki-clusters';
import { buildNameEvidence } from './name-evidence';
import type { ClusterJson } from '../../lib/ner/model/clusters';
import type { NameEvidenceJson } from '../../lib/ner/model/name-evidence';

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
 * With `--wiki-text DIR` as well, they are learned from Arabic Wikipedia text (scripts/train/wiki-text.ts)
 * and AQMAR's instead, and NewsFANE's text is read only to keep it out of them: one table serves
 * every fold and the shipped model. `--cluster-words N` keeps the N most frequent forms (the table's size);
 * `--wiki-files N` reads only the first N articles.
 */
export function clustersFor(training: readonly GoldSentence[], dataDir: string): ClusterJson | undefined {
  if (!hasFlag('--clusters')) return undefined;
  const dir = flag('--aqmar-text');
  const opts: ClusterOptions = {
    depth: numFlag('--cluster-depth', 10),
    minCount: numFlag('--cluster-min', 3),
    maxWords: numFlag('--cluster-words', Infinity),
  };
  const wiki = flag('--wiki-text');
  if (wiki) return wikiClusters(wiki, dir, dataDir, opts, numFlag('--wiki-files', Infinity));
  const text = [...training, ...(dir ? loadAqmar(dir) : [])].map((s) => s.map((t) => t.norm));
  return learnClusters(text, opts);
}

/** For the model's source note: what the clusters were learned from. */
export function clustersNote(): string | undefined {
  if (!flag('--wiki-text')) return undefined;
  return (
    'Arabic Wikipedia text (Comparable Wikipedia Corpus, Saad & Alijla, PICICT 2017, 20 January 2017 dump; ' +
    `CC BY-SA 4.0)${flag('--aqmar-text') ? ' and the AQMAR corpus text' : ''}`
  );
}

/**
 * The model's licence with Wikipedia clusters or silver sentences: CC BY-SA 4.0 for the corpus's text,
 * which NewsFANE's CC BY-SA 3.0 allows for an adaptation (its "later version" clause).
 */
export function modelLicense(): string | undefined {
  // Silver sentences (scripts/train/neural/silver.ts) are Wikipedia text too.
  if (!flag('--wiki-text') && !flag('--silver') && !flag('--silver-folds')) return undefined;
  return (
    'CC BY-SA 4.0 (derived from NewsFANE Gold, Alotaibi & Lee, COLING 2014, CC BY-SA 3.0, and from ' +
    'Arabic Wikipedia text, CC BY-SA 4.0: https://creativecommons.org/licenses/by-sa/4.0/)'
  );
}

/** Part of a fold cache key: what the cluster flags change. */
export function clusterKey(): string {
  if (!hasFlag('--clusters')) return '';
  const f = (name: string): string => flag(name) ?? '';
  return `/clusters:${f('--aqmar-text')}:${f('--cluster-depth')}:${f('--cluster-min')}${
    flag('--wiki-text') ? `:wiki=${f('--wiki-text')}:${f('--cluster-words')}:${f('--wiki-files')}` : ''
  }`;
}

/**
 * With `--name-evidence`: the graded name evidence (scripts/train/name-evidence.ts), and a hash of it
 * for a fold cache key; with `--cluster-names` as well, name words read their cluster path apart.
 * Built from the Wikidata name pairs and the rules' common-word lists (NewsFANE's train split only).
 */
export function nameEvidenceFor(dataDir: string): { names?: NameEvidenceJson; key: string } {
  if (!hasFlag('--name-evidence')) return { key: '' };
  const names = buildNameEvidence(dataDir, hasFlag('--cluster-names'), hasFlag('--nisba-negatives'));
  return { names, key: `/names:${createHash('sha256').update(JSON.stringify(names)).digest('hex').slice(0, 12)}` };
}
