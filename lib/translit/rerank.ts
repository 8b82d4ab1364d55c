// The neural network (neural.ts) as a judge of the unit model's candidates: the unit model's best
// few spellings and, for a word the list is searched for, the word list's best few are scored by
// the network too, and the likeliest by unit-model log-probability + weight × the network's wins,
// a listed spelling with a bonus (lexicon.ts). Screened on the dev slices
// (scripts/train/translit/neural/study-neural.ts).

import type { Candidate, Decoder } from './decode';
import { LEXICON_BONUS, listedFor, type Lexicon } from './lexicon';
import type { NeuralDecoder } from './neural';

/** How much the network's log-probability counts beside the unit model's. */
const NEURAL_WEIGHT = 0.5;
const FREE = 8;
const LISTED = 3;

export interface Judged {
  en: string;
  /** The unit model's log-probability. */
  logProb: number;
  /** The network's log-probability. */
  net: number;
  listed: boolean;
}

/** The candidates of one key with both models' scores. */
export function judged(decoder: Decoder, net: NeuralDecoder, key: string, lexicon: Lexicon | null): Judged[] {
  const out = new Map<string, Judged>();
  for (const c of decoder.decode(key, FREE)) out.set(c.en, { en: c.en, logProb: c.logProb, net: 0, listed: false });
  if (lexicon && listedFor(key)) {
    for (const c of decoder.decode(key, LISTED, lexicon, FREE)) {
      out.set(c.en, { en: c.en, logProb: out.get(c.en)?.logProb ?? c.logProb, net: 0, listed: true });
    }
  }
  for (const c of out.values()) c.net = net.score(key, c.en);
  return [...out.values()];
}

/** The best candidate by logProb + weight × net (+ bonus if listed); its logProb is that sum. */
export function pick(candidates: Judged[], weight = NEURAL_WEIGHT, bonus = LEXICON_BONUS): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of candidates) {
    const v = c.logProb + weight * c.net + (c.listed ? bonus : 0);
    if (!best || v > best.logProb) best = { en: c.en, logProb: v };
  }
  return best;
}

export const rerankedSpelling = (decoder: Decoder, net: NeuralDecoder, key: string, lexicon: Lexicon | null) =>
  pick(judged(decoder, net, key, lexicon));
