// The table keeps a word's commonest attested spelling unless the unit model writes it, and leaves
// ties among equally attested spellings to the model.
import { describe, expect, it } from 'vitest';
import { tableChoice, tableChoiceForAll, type TableChoice } from '@/scripts/train/translit/table';

const m = (entries: [string, number][]) => new Map(entries);
const best = (...en: string[]) => en.map((e) => ({ en: e }));

describe('tableChoice', () => {
  const CASES: [string, Map<string, number>, { en: string }[], number, TableChoice][] = [
    [
      'commonest spelling the model misses',
      m([
        ['ahmed', 5],
        ['ahmad', 2],
      ]),
      best('ahmd', 'ahmad'),
      1,
      { kind: 'table', en: 'ahmed' },
    ],
    [
      'a tie the model ranks',
      m([
        ['dovid', 1],
        ['dawid', 1],
      ]),
      best('david', 'dawid'),
      1,
      { kind: 'table', en: 'dawid' },
    ],
    ['a single attestation is still evidence', m([['ballack', 1]]), best('balak'), 1, { kind: 'table', en: 'ballack' }],
    // left to the model: it already writes the top spelling; a tie it ranks none of or ranks first; too rare
    ['model already right', m([['john', 4]]), best('john'), 1, { kind: 'model' }],
    [
      'a tie the model ranks none of',
      m([
        ['dovid', 1],
        ["d'angers", 1],
      ]),
      best('david', 'davide'),
      1,
      { kind: 'model' },
    ],
    [
      'a tie whose member the model ranks first',
      m([
        ['dawid', 1],
        ['dovid', 1],
      ]),
      best('dawid'),
      1,
      { kind: 'model' },
    ],
    ['below the minimum count', m([['zog', 1]]), best('zaq'), 2, { kind: 'model' }],
  ];
  it.each(CASES)('%s', (_label, spellings, modelBest, min, expected) => {
    expect(tableChoice(spellings, modelBest, min)).toEqual(expected);
  });
});

describe('tableChoiceForAll', () => {
  const jouini = m([
    ['jouini', 3],
    ['jawini', 1],
  ]);
  const CASES: [string, Map<string, number>, { en: string }[][], TableChoice][] = [
    // الجويني: the whole word decodes to the top spelling, but a name spells it from its stem.
    [
      'the stem way misses it',
      jouini,
      [best('jouini', 'jawini'), best('guini', 'jouini')],
      { kind: 'table', en: 'jouini' },
    ],
    ['the word way misses it', jouini, [best('jawini'), best('jouini')], { kind: 'table', en: 'jouini' }],
    ['every way writes it', jouini, [best('jouini'), best('jouini', 'guini')], { kind: 'model' }],
    ['one way only, right', jouini, [best('jouini')], { kind: 'model' }],
    [
      'a tie no way ranks',
      m([
        ['dovid', 1],
        ["d'angers", 1],
      ]),
      [best('david'), best('davide')],
      { kind: 'model' },
    ],
  ];
  it.each(CASES)('%s', (_label, spellings, ways, expected) => {
    expect(tableChoiceForAll(spellings, ways)).toEqual(expected);
  });
});
