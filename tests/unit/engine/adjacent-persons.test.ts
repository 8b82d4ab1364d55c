// Two persons that touch are one name read in halves; a second half with its own و is the next
// person of a list (lib/engine/adjacent-persons.ts).
import { describe, expect, it } from 'vitest';
import { adjacentPersons } from '@/lib/engine/adjacent-persons';
import { ruleGuess, type Candidate, type Doc } from '@/lib/engine/types';
import { foldLoose } from '@/lib/text/normalize';
import { tokenize } from '@/lib/text/tokens';

/**
 * The names of a sentence whose candidates are written [like this], <like this> for a person a list
 * holds, or {like this} for a place.
 */
function joined(marked: string): string[] {
  const text = marked.replace(/[[\]{}<>]/g, '');
  const tokens = tokenize(text);
  const doc: Doc = { text, tokens, keys: tokens.map((t) => foldLoose(t.norm)) };
  const names: Candidate[] = [];
  let shift = 0;
  for (const m of marked.matchAll(/[[{<]([^\]}>]+)[\]}>]/g)) {
    const from = m.index - shift;
    shift += 2;
    const start = tokens.findIndex((t) => t.start >= from);
    const end = tokens.findIndex((t) => t.start >= from + m[1]!.length);
    const c = ruleGuess(start, end < 0 ? tokens.length : end, m[0][0] === '{' ? 'place' : 'person');
    names.push(m[0][0] === '<' ? { ...c, known: true } : c);
  }
  return adjacentPersons(doc, names).map(
    (c) => `${c.type}:${text.slice(tokens[c.start]!.start, tokens[c.end - 1]!.end)}`,
  );
}

describe('adjacentPersons', () => {
  const CASES: [marked: string, expected: string[]][] = [
    ['سفير الأردن الأمير [زيد رعد] [زيد الحسين] ، و', ['person:زيد رعد زيد الحسين']],
    ['الوزير السابق [أشرف غاني] [أحمد زي] ، لم', ['person:أشرف غاني أحمد زي']],
    ['وقال [جان] [مارك] [دو لا سابليير] إن', ['person:جان مارك دو لا سابليير']],
    // must stay apart: a و between them, a word between them, a place beside a person
    ['مع [محمود عباس] [وكوفي أنان] أمس', ['person:محمود عباس', 'person:وكوفي أنان']],
    ['مع [محمود عباس] ثم [كوفي أنان] أمس', ['person:محمود عباس', 'person:كوفي أنان']],
    ['زار [محمود عباس] {غزة} أمس', ['person:محمود عباس', 'place:غزة']],
    ['بين الرئيس <عمر البشير> <ميني ميناوي> أمس', ['person:عمر البشير', 'person:ميني ميناوي']],
    ['[سيغموند فرويد] [سيغموند فرويد] ولد في', ['person:سيغموند فرويد', 'person:سيغموند فرويد']],
    ['الأمير [زيد رعد] <زيد الحسين> ،', ['person:زيد رعد زيد الحسين']],
  ];
  it.each(CASES)('%s', (marked, expected) => {
    expect(joined(marked)).toEqual(expected);
  });
});
