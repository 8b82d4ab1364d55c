// Mauritanian names chain their fathers with ولد; ولد is also "was born".
import { describe, expect, it } from 'vitest';
import { waladChain } from '@/lib/engine/walad-names';
import type { Candidate, Doc } from '@/lib/engine/types';
import { cueLexicon } from '@/lib/ner/cues';
import { foldLoose } from '@/lib/text/normalize';
import { tokenize } from '@/lib/text/tokens';

const cues = cueLexicon();

/** The words between [ and ] are a guessed person; returns its words after the stage. */
function chain(marked: string): string | null {
  const text = marked.replace(/[[\]]/g, '');
  const tokens = tokenize(text);
  const doc: Doc = { text, tokens, keys: tokens.map((t) => foldLoose(t.norm)) };
  const from = marked.indexOf('[');
  const to = marked.indexOf(']') - 1;
  const start = tokens.findIndex((t) => t.start === from);
  const end = tokens.findIndex((t) => t.end === to) + 1;
  const c: Candidate = {
    start,
    end,
    type: 'person',
    source: 'tagger',
    known: false,
    english: null,
    id: null,
    prefix: '',
  };
  const out = waladChain(doc, cues, c, () => true);
  return out && text.slice(tokens[out.start]!.start, tokens[out.end - 1]!.end);
}

describe('waladChain', () => {
  const cases: [string, string, string][] = [
    ['the chain after the name', 'بكل من [حضية] ولد سلامة ولد النفاع ومحمد', 'حضية ولد سلامة ولد النفاع'],
    ['a link word after ولد', 'وقال [محمد] ولد عبد العزيز إن', 'محمد ولد عبد العزيز'],
    ['a span ending in ولد', '[وصلاح ولد] الفقرا .', 'وصلاح ولد الفقرا'],
    ['a listed name before ولد', 'وحضر محمد ولد [داف] أمس', 'محمد ولد داف'],
    // must not match: "was born" and the words after it
    ['ولد before a year', '[وفينسنزو] ولد عام 1606 في فلورنسا', 'وفينسنزو'],
    ['a last ولد before a year is cut', '[فينسنزو ولد] عام 1606', 'فينسنزو'],
    ['ولد before في', 'وكان [غاليليو] ولد في بيزا', 'غاليليو'],
    ['ولد before a word with a preposition', '[وغاليليو] ولد لأسرة فقيرة', 'وغاليليو'],
    ['a function word before ولد', 'وقد ولد [غاليليو] في بيزا', 'غاليليو'],
  ];
  it.each(cases)('%s', (_, marked, expected) => {
    expect(chain(marked)).toBe(expected);
  });
});
