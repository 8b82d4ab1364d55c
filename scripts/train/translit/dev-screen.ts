// What the dev-side screening scripts share: the dev-training and dev slices, the Arabic words the
// first holds, and the word list a dev model would carry (the dev-training pairs' English and a word
// list file's capitalised words), never the dev slices' own English.
import { readFileSync } from 'node:fs';
import { loadSplit } from '../../data/gen-translit';
import { lexiconWords } from './lexicon-words';
import { createLexicon } from '../../../lib/translit/lexicon';

export function devScreen(dir: string, listPath: string) {
  const train = loadSplit(dir, 'dev-train');
  const held = loadSplit(dir, 'dev');
  const trainPairs = [...train.wikidata, ...train.google];
  const seen = new Set(trainPairs.map((p) => p.ar));
  const words = lexiconWords(
    trainPairs.map((p) => p.en),
    readFileSync(listPath, 'utf8'),
  );
  return { held, seen, lexicon: createLexicon(words) };
}
