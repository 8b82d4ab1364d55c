import { describe, expect, it } from 'vitest';
import type { CompiledGazetteer } from '../../../lib/gazetteer/compile';
import { loadGazetteer } from '../../../lib/gazetteer/load';

// Forms as the compiler writes them (space-joined normalised tokens → [entry, flags, ...]).
const FORMS: Record<string, number[]> = {
  'ا': [0, 0],
  'ا ب ج': [1, 0, 2, 4],
  'ا ب ج د ه': [3, 0],
  'ب ج': [2, 1],
  'ج': [4, 0],
  // Longer than heads allows: the index never reaches it.
  'ج د ه': [5, 0],
};
const HEADS: Record<string, number> = { 'ا': 5, 'ب': 2, 'ج': 1, 'د': 3 };

function compiled(): CompiledGazetteer {
  return { version: 1, entries: [], forms: FORMS, heads: HEADS, demonyms: {} } as unknown as CompiledGazetteer;
}

/** The plain reading: every length from the head's longest down, as a joined key. */
function reference(tokens: string[], start: number): { length: number; ids: number[]; flags: number[] }[] {
  const head = tokens[start] ?? '';
  if (!Object.hasOwn(HEADS, head)) return [];
  const out = [];
  for (let len = Math.min(HEADS[head]!, tokens.length - start); len >= 1; len--) {
    const v = FORMS[tokens.slice(start, start + len).join(' ')];
    if (!v || !Object.hasOwn(FORMS, tokens.slice(start, start + len).join(' '))) continue;
    out.push({ length: len, ids: v.filter((_, i) => i % 2 === 0), flags: v.filter((_, i) => i % 2 === 1) });
  }
  return out;
}

describe('gazetteer lookup', () => {
  const gaz = loadGazetteer(compiled());
  it.each([
    ['all nested forms, longest first', 'ا ب ج د ه', 0, [5, 3, 1]],
    ['a form cut short by the text', 'ا ب ج د', 0, [3, 1]],
    ['a prefix that is not a form', 'ا ب', 0, [1]],
    ['a wrong second token', 'ا ج ب', 0, [1]],
    ['from a later token', 'س ب ج', 1, [2]],
    ['beyond heads[head] tokens', 'ج د ه', 0, [1]],
    ['no form with this head', 'س ا', 0, []],
    ['a head without a one-token form', 'ب س', 0, []],
    ['a head listed with no form at all', 'د', 0, []],
    ['past the end', 'ا', 3, []],
  ])('%s', (_, text, start, lengths) => {
    const tokens = text.split(' ');
    expect(gaz.lookup(tokens, start).map((m) => m.length)).toEqual(lengths);
    expect(gaz.lookup(tokens, start)).toEqual(reference(tokens, start));
  });

  it('a page token holding a space is read as the joined key was', () => {
    expect(gaz.lookup(['ا', 'ب ج'], 0)).toEqual(reference(['ا', 'ب ج'], 0));
    expect(gaz.lookup(['ا', 'ب ج'], 0).map((m) => m.length)).toEqual([2, 1]);
  });

  it('agrees with the plain reading on every sequence of up to five tokens', () => {
    const alphabet = ['ا', 'ب', 'ج', 'د', 'ه', 'constructor'];
    let checked = 0;
    const walk = (prefix: string[]): void => {
      if (prefix.length) {
        for (let s = 0; s < prefix.length; s++) expect(gaz.lookup(prefix, s)).toEqual(reference(prefix, s));
        checked++;
      }
      if (prefix.length < 5) for (const t of alphabet) walk([...prefix, t]);
    };
    walk([]);
    expect(checked).toBeGreaterThan(9000);
  });
});

describe('firstName', () => {
  const gaz = loadGazetteer({
    version: 1,
    entries: [
      { id: 'p', type: 'person', en: 'Hamid Karzai', desc: 'x' },
      { id: 'c', type: 'place', en: 'Hamid City', desc: 'x' },
      { id: 'q', type: 'person', en: 'Modi', desc: 'x' },
    ],
    forms: { 'حامد كرزاي': [0, 0], 'مدينه حامد': [1, 0], 'مودي': [2, 0] },
    heads: { 'حامد': 2, 'مدينه': 2, 'مودي': 1 },
    demonyms: {},
  } as unknown as CompiledGazetteer);
  it.each([
    ['حامد', true],
    // not a person's form, and a one-word form has no first name
    ['مدينه', false],
    ['مودي', false],
    ['كرزاي', false],
  ] as const)('%s → %s', (word, expected) => {
    expect(gaz.firstName(word)).toBe(expected);
  });
});
