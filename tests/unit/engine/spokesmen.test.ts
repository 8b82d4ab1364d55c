// Persons named after a spokesman's title, the body he speaks for and where it sits.
import { describe, expect, it } from 'vitest';
import { defaultEngine } from '@/lib/engine/default-data';
import { spokesmen } from '@/lib/engine/spokesmen';
import type { Doc } from '@/lib/engine/types';
import { cueLexicon } from '@/lib/ner/cues';
import { foldLoose } from '@/lib/text/normalize';
import { tokenize } from '@/lib/text/tokens';

const cues = cueLexicon();

/** The spokesmen found in text; words of `taken` stand for names other stages found. */
function found(text: string, taken: string[] = []): string[] {
  const tokens = tokenize(text);
  const doc: Doc = { text, tokens, keys: tokens.map((t) => foldLoose(t.norm)) };
  return spokesmen(doc, cues, (i) => taken.includes(tokens[i]!.text)).map((c) =>
    text.slice(tokens[c.start]!.start, tokens[c.end - 1]!.end),
  );
}

describe('spokesmen', () => {
  const BODY = ['وزارة', 'الصحة'];
  const CASES: [text: string, taken: string[], expected: string[]][] = [
    ['وقال المتحدث باسم وزارة الصحة في غزة أشرف القدرة إن', [...BODY, 'غزة'], ['أشرف القدرة']],
    ['وقالت المتحدثة باسم الخارجية في واشنطن سوزان سميث إن', ['الخارجية', 'واشنطن'], ['سوزان سميث']],
    ['وقال المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي إن', [], ['أفيخاي أدرعي']],
    ['وقال الناطق باسم الوزارة أشرف القدرة إن', [], ['أشرف القدرة']],
    // must not match: no name before what was said, a place no stage knows, a noun after في,
    // a time word, a lone definite word, a definite word after a name no list holds, no باسم
    ['وقال المتحدث باسم الوزارة إن', [], []],
    ['وقال المتحدث باسم الوزارة في بيان إن', [], []],
    ['وقال المتحدث باسم وزارة الصحة في غزة أشرف القدرة إن', BODY, []],
    ['وقال المتحدث باسم الوزارة أمس إن', [], []],
    ['وقال المتحدث باسم الوزارة الرسمي إن', [], []],
    ['وقال المتحدث باسم الوزارة كرمز القدرة إن', [], []],
    ['وقال المتحدث الرسمي أشرف القدرة إن', [], []],
  ];
  it.each(CASES)('%s', (text, taken, expected) => {
    expect(found(text, taken)).toEqual(expected);
  });
});

// Through the whole engine: the tagger reads the given name alone; the rule's family name, a
// definite word that is also a noun, wins where what was said closes it (guess-join.ts).
describe('a spokesman whose family name is also a noun', () => {
  const engine = defaultEngine();
  const persons = (text: string): string[] =>
    engine
      .annotate(text)
      .entities.filter((m) => m.type === 'person')
      .map((m) => m.text);
  const CASES: [text: string, expected: string[]][] = [
    ['وقال المتحدث باسم الوزارة أشرف القدرة إن الوضع صعب', ['أشرف القدرة']],
    ['وقال المتحدث باسم الوزارة أشرف القدرة في مؤتمر صحفي', ['أشرف القدرة']],
    // must not take the definite word: nothing closes the name after it, or it is a time word
    ['وقال المتحدث باسم الوزارة أشرف القدرة على الصمود كبيرة', ['أشرف']],
    ['وقال المتحدث باسم الوزارة أشرف اليوم إن الوضع صعب', ['أشرف']],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});
