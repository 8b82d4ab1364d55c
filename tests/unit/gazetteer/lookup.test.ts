import { describe, expect, it } from 'vitest';
import { formTable, type CompiledEntry, type CompiledGazetteer } from '../../../lib/gazetteer/compile';
import { loadGazetteer } from '../../../lib/gazetteer/load';

// Forms as the compiler keys them (space-joined normalised tokens → [entry, flags, ...]).
const FORMS: Record<string, number[]> = {
  'ا': [0, 0],
  'ا ب ج': [1, 0, 2, 4],
  'ا ب ج د ه': [3, 0],
  'ب ج': [2, 1],
  'ج': [4, 0],
  'ج د ه': [5, 0],
};

function compiled(forms: Record<string, number[]> = FORMS, entries: CompiledEntry[] = []): CompiledGazetteer {
  return { version: 2, entries, ...formTable(new Map(Object.entries(forms))), demonyms: {} };
}

/** The plain reading: every length from the longest the text allows down, as a joined key. */
function reference(tokens: string[], start: number): { length: number; ids: number[]; flags: number[] }[] {
  const out = [];
  for (let len = tokens.length - start; len >= 1; len--) {
    const key = tokens.slice(start, start + len).join(' ');
    if (!Object.hasOwn(FORMS, key)) continue;
    const v = FORMS[key]!;
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
    ['a one-token form that also begins a longer one', 'ج د ه', 0, [3, 1]],
    ['no form with this head', 'س ا', 0, []],
    ['a head without a one-token form', 'ب س', 0, []],
    ['a word inside forms that begins none', 'د', 0, []],
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
  const gaz = loadGazetteer(
    compiled({ 'حامد كرزاي': [0, 0], 'مدينه حامد': [1, 0], 'مودي': [2, 0] }, [
      { id: 'p', type: 'person', en: 'Hamid Karzai', desc: 'x' },
      { id: 'c', type: 'place', en: 'Hamid City', desc: 'x' },
      { id: 'q', type: 'person', en: 'Modi', desc: 'x' },
    ]),
  );
  it.each([
    ['حامد', true],
    // not a person's form, and a one-word form has no first name
    ['مدينه', false],
    ['مودي', false],
    ['كرزاي', false],
  ] as const)('%s → %s', (word, expected) => {
    expect(gaz.firstName(word)).toBe(expected);
  });

  // Sorted keys that share a first word follow each other: a run whose first key names a place still
  // gives its word when a later key names a person, and a longer word that begins with it is its own.
  const runs = loadGazetteer(
    compiled({ 'سالم الكبير': [1, 0], 'سالم خان': [0, 0], 'سالمي بك': [0, 0], 'سال نور': [1, 0], 'ساله فرح': [0, 0] }, [
      { id: 'p', type: 'person', en: 'Salem Khan', desc: 'x' },
      { id: 'c', type: 'place', en: 'Salem', desc: 'x' },
    ]),
  );
  it.each([
    ['سالم', true],
    ['سالمي', true],
    ['ساله', true],
    ['سال', false],
    ['الكبير', false],
  ] as const)('over runs of keys: %s → %s', (word, expected) => {
    expect(runs.firstName(word)).toBe(expected);
  });
});

describe('shared matches', () => {
  it('a match is shared between lookups and frozen, so no caller can change it for another', () => {
    const gaz = loadGazetteer(compiled());
    const [first] = gaz.lookup(['ب', 'ج'], 0);
    expect(gaz.lookup(['س', 'ب', 'ج'], 1)[0]).toBe(first);
    expect(() => (first!.ids as number[]).push(9)).toThrow(TypeError);
    expect(gaz.lookup(['ب', 'ج'], 0)).toEqual(reference(['ب', 'ج'], 0));
  });
});

describe('opens', () => {
  const gaz = loadGazetteer(compiled());
  it.each([
    ['a one-word form', 'ا', true],
    ['the first word of longer forms only', 'ب', true],
    ['a word inside a form but opening none', 'د', false],
    ['a word of no form', 'س', false],
    ['words that begin a longer form', 'ا ب', true],
    ['words no form begins with', 'ب ج د', false],
  ] as const)('%s: %s → %s', (_, word, expected) => {
    expect(gaz.opens(word)).toBe(expected);
  });
});

describe('loadGazetteer on another format', () => {
  it('names the format it expected and how to rebuild, instead of matching nothing', () => {
    // A file written before forms became parallel arrays, as JSON.parse hands it over.
    const v1: CompiledGazetteer = JSON.parse(
      '{"version":1,"entries":[],"forms":{"ا":[0,0]},"heads":{"ا":1},"demonyms":{}}',
    );
    expect(() => loadGazetteer(v1)).toThrow(/format 1: expected 2, run npm run gazetteer/);
  });
});
