// The rule spans of a sentence as "type:surface" strings, the form the rule tests compare.
import { ruleSpans } from '../../../lib/ner/triggers';
import { tokenize } from '../../../lib/text';

/** `places`: words that stand for known one-word places (the engine's gazetteer matches). */
export function ruleSpanTexts(
  text: string,
  isCountryNisba?: (norm: string) => boolean,
  places: readonly string[] = [],
): string[] {
  const t = tokenize(text);
  const knownEnd = (i: number) => (places.includes(t[i]?.text ?? '') ? i + 1 : i);
  return ruleSpans(t, undefined, isCountryNisba, knownEnd).map(
    (s) =>
      `${s.type}:${t
        .slice(s.start, s.end)
        .map((x) => x.text)
        .join(' ')}`,
  );
}
