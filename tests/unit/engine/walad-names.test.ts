// Mauritanian names chain their fathers with ولد; ولد is also "was born".
import { describe, expect, it } from 'vitest';
import { waladChain } from '@/lib/engine/walad-names';
import { cueLexicon } from '@/lib/ner/cues';
import { markedPerson } from './marked-person';

const cues = cueLexicon();

/** The words between [ and ] are a guessed person; returns its words after the stage. */
function chain(marked: string): string | null {
  const { doc, c, words } = markedPerson(marked);
  const out = waladChain(doc, cues, c, () => true);
  return out && words(out);
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
