// Extra labelled text for the tagger, named on the command line of train-ner.ts and eval-folds.ts
// (`--aqmar DIR`). Only ever added to training; NewsFANE stays the only evaluation.

import { createHash } from 'node:crypto';
import { flag } from '../cli/args';
import type { GoldSentence } from '../eval/newsfane';
import { loadAqmar } from './aqmar';

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
