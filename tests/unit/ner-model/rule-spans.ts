// The rule spans of a sentence as "type:surface" strings, the form the rule tests compare.
import { ruleSpans } from '../../../lib/ner/triggers';
import { tokenize } from '../../../lib/text';

export function ruleSpanTexts(text: string, isCountryNisba?: (norm: string) => boolean): string[] {
  const t = tokenize(text);
  return ruleSpans(t, undefined, isCountryNisba).map(
    (s) =>
      `${s.type}:${t
        .slice(s.start, s.end)
        .map((x) => x.text)
        .join(' ')}`,
  );
}
