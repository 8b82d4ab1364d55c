// Word-level facts kept on the token: the rules ask each token of a page the same first questions
// (is it a team noun, a share noun, a long body's head...), and a page's tokens share one object per
// form and spelling, so each answer is computed once per object and read back as a bit, where a
// string-keyed memo cost a hash lookup (or several) per token and rule.

/** A token as the facts read it; `facts` and `asked` are filled here (0 when made). */
export interface FactToken {
  norm: string;
  /** Bit b set: fact b holds for the word. */
  facts?: number;
  /** Bit b set: fact b was computed. */
  asked?: number;
}

const tests: ((norm: string) => boolean)[] = [];

/** A test of the normal form alone (nothing else may change its answer), as a bit of `fact`. */
export function wordFact(test: (norm: string) => boolean): number {
  if (tests.length === 31) throw new Error('word facts: at most 31');
  tests.push(test);
  return 1 << (tests.length - 1);
}

/** Does the fact (a bit from wordFact) hold for t's word? */
export function fact(t: FactToken, bit: number): boolean {
  const asked = t.asked ?? 0;
  if ((asked & bit) !== 0) return ((t.facts ?? 0) & bit) !== 0;
  const yes = tests[31 - Math.clz32(bit)]!(t.norm);
  t.asked = asked | bit;
  t.facts = yes ? (t.facts ?? 0) | bit : (t.facts ?? 0);
  return yes;
}
