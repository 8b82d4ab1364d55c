// من طراز بوينج 767, طائرة إيرباص 320, مقاتلات ميغ 29: a known maker between a noun of a machine's
// model or kind and a model number names the product (the aircraft), not the company; news marks
// no body there. A maker with its number alone is left to the other stages (الأهلي 2 is a score).
// A car maker before its model's name (نيسان أورفان) is the product too, whichever stage named it.
import { keyedSet } from '../ner/lexicon';
import { makerBeforeModel } from './car-makers';
import type { Candidate, Doc } from './types';

const MODEL_NOUNS = keyedSet('modelNouns');
/** Model numbers run to two or three digits (ميغ 29, بوينج 747); a year or a score does not. */
const MODEL_NUMBER = /^\d{2,3}$/;

/** The candidates without the organisations, known or tagged, that name a product's model. */
export function withoutProductModels<C extends Candidate>(
  doc: Doc,
  cands: readonly C[],
  everyday: (key: string) => boolean,
): C[] {
  return cands.filter(
    (c) =>
      c.type !== 'organization' || ((c.prefix !== '' || !productModel(doc, c)) && !makerBeforeModel(doc, c, everyday)),
  );
}

function productModel(doc: Doc, c: Candidate): boolean {
  const next = doc.tokens[c.end];
  return (
    c.start > 0 && MODEL_NOUNS.has(doc.keys[c.start - 1]!) && next?.kind === 'number' && MODEL_NUMBER.test(next.text)
  );
}
