// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  addCounts,
  count,
  judgeText,
  locate,
  type Mark,
  parseGold,
  table,
} from '../../../scripts/eval/own-news/judge-core';

/** The gold of one text, from gold.tsv lines without the text id. */
const goldOf = (text: string, ...lines: string[]) =>
  locate(text, parseGold(lines.map((l) => `t\t${l}`).join('\n')).get('t') ?? []);

/** A mark over the nth occurrence (from 1) of words in text. */
function mark(text: string, words: string, type: string, nth = 1): Mark {
  let start = -1;
  for (let i = 0; i < nth; i++) start = text.indexOf(words, start + 1);
  if (start < 0) throw new Error(`not in the text: ${words}`);
  return { start, end: start + words.length, text: words, type };
}

describe('parseGold', () => {
  it('reads id, span, type and variants, skipping comments and blank lines', () => {
    const gold = parseGold('# id\tspan\ttype\n\na\tبغداد\tplace\na\tوزارة الصحة العراقية\torganization\tوزارة الصحة\n');
    expect(gold.get('a')).toEqual([
      { span: 'بغداد', type: 'place', alts: [] },
      { span: 'وزارة الصحة العراقية', type: 'organization', alts: ['وزارة الصحة'] },
    ]);
  });
  it('reads span#N as the Nth occurrence only', () => {
    expect(parseGold('a\tالشارقة#2\tplace').get('a')).toEqual([{ span: 'الشارقة', nth: 2, type: 'place', alts: [] }]);
  });
  it('refuses an unknown type', () => {
    expect(() => parseGold('a\tبغداد\tcity')).toThrow(/bad type/);
  });
});

describe('locate', () => {
  const at = (text: string, ...lines: string[]) => goldOf(text, ...lines).map((g) => [g.span, g.start, g.type]);
  const cases: [string, string, string[], (string | number)[][]][] = [
    [
      'a repeated span is two names',
      'زار بغداد ثم عاد إلى بغداد',
      ['بغداد\tplace'],
      [
        ['بغداد', 4, 'place'],
        ['بغداد', 21, 'place'],
      ],
    ],
    [
      'a name inside a longer one is not counted again',
      'فاز ريال مدريد في مدريد',
      ['ريال مدريد\torganization', 'مدريد\tplace'],
      [
        ['ريال مدريد', 4, 'organization'],
        ['مدريد', 18, 'place'],
      ],
    ],
    ['a span inside a word is no name', 'المنتخب التونسي في تونس', ['تونس\tplace'], [['تونس', 19, 'place']]],
    [
      'span#N takes the Nth, the plain line the rest',
      'الشارقة - فاز الشارقة ومدرب الشارقة',
      ['الشارقة\torganization', 'الشارقة#1\tplace'],
      [
        ['الشارقة', 0, 'place'],
        ['الشارقة', 14, 'organization'],
        ['الشارقة', 28, 'organization'],
      ],
    ],
    ['a proclitic is part of the written span', 'في بيروت وبغداد', ['وبغداد\tplace'], [['وبغداد', 9, 'place']]],
  ];
  it.each(cases)('%s', (_, text, lines, expected) => {
    expect(at(text, ...lines)).toEqual(expected);
  });
  it('refuses a span its text does not hold as a word', () => {
    expect(() => goldOf('المنتخب التونسي', 'تونس\tplace')).toThrow(/not in its text/);
    expect(() => goldOf('زار بغداد', 'بغداد#2\tplace')).toThrow(/not in its text: بغداد#2/);
  });
});

describe('judgeText: which marks match which names', () => {
  const cases: [string, string, string[], [string, string, number?][], string[]][] = [
    ['the same span and type', 'زار بغداد أمس', ['بغداد\tplace'], [['بغداد', 'place']], ['بغداد true']],
    ['a proclitic the engine leaves out', 'في بيروت وبغداد', ['وبغداد\tplace'], [['بغداد', 'place']], ['بغداد true']],
    ['a proclitic the gold leaves out', 'في بيروت وبغداد', ['وبغداد\tplace'], [['وبغداد', 'place']], ['وبغداد true']],
    ['two proclitics', 'وثق وبالأهلي', ['وبالأهلي\torganization'], [['الأهلي', 'organization']], ['الأهلي true']],
    [
      'a start that differs by more than proclitics',
      'فاز الأهلي',
      ['الأهلي\torganization'],
      [['أهلي', 'organization']],
      ['أهلي wrong-span'],
    ],
    [
      'a different end',
      'فاز ريال مدريد',
      ['ريال مدريد\torganization'],
      [['ريال', 'organization']],
      ['ريال wrong-span'],
    ],
    [
      'an accepted variant',
      'وزارة الصحة العراقية',
      ['وزارة الصحة العراقية\torganization\tوزارة الصحة'],
      [['وزارة الصحة', 'organization']],
      ['وزارة الصحة true'],
    ],
    [
      'the same span without the variant',
      'وزارة الصحة العراقية',
      ['وزارة الصحة العراقية\torganization'],
      [['وزارة الصحة', 'organization']],
      ['وزارة الصحة wrong-span'],
    ],
    ['a wrong type', 'فاز الشارقة', ['الشارقة\torganization'], [['الشارقة', 'place']], ['الشارقة wrong-type']],
    ['a mark over no name', 'قال رويترز', [], [['رويترز', 'organization']], ['رويترز false']],
    [
      'a repeated span marked once',
      'زار بغداد ثم بغداد',
      ['بغداد\tplace'],
      [['بغداد', 'place', 2]],
      ['بغداد true', 'بغداد missed'],
    ],
    ['a demonym is not judged', 'الوفد العراقي', [], [['العراقي', 'demonym']], []],
  ];
  it.each(cases)('%s', (_, text, lines, marks, expected) => {
    const rows = judgeText(
      't',
      text,
      goldOf(text, ...lines),
      marks.map(([w, type, nth]) => mark(text, w, type, nth)),
    );
    expect(rows.map((r) => `${r.span} ${r.verdict}`)).toEqual(expected);
  });
});

describe('count and table', () => {
  const text = 'قال رويترز إن الشارقة فاز على الوصل في دبي';
  const gold = goldOf(text, 'الشارقة\torganization', 'الوصل\torganization', 'دبي\tplace');
  const marks = [
    mark(text, 'رويترز', 'organization'),
    mark(text, 'الشارقة', 'place'),
    mark(text, 'الوصل', 'organization'),
  ];
  const counts = count(judgeText('t', text, gold, marks), gold);

  it('counts a false mark under its own type, every other verdict under the gold type', () => {
    expect(counts.get('organization')).toEqual({
      true: 1,
      false: 1,
      'wrong-span': 0,
      'wrong-type': 1,
      missed: 0,
      marks: 2,
      gold: 2,
    });
    expect(counts.get('place')).toEqual({
      true: 0,
      false: 0,
      'wrong-span': 0,
      'wrong-type': 0,
      missed: 1,
      marks: 1,
      gold: 1,
    });
  });
  it('prints strict P, R and F per type and overall', () => {
    expect(table(counts).split('\n')).toEqual([
      'type           true false span  type  missed   P     R     F',
      'person            0     0     0     0     0   -     -     -  ',
      'place             0     0     0     0     1   0.0   0.0   0.0',
      'organization      1     1     0     1     0  50.0  50.0  50.0',
      'overall strict P  33.3  R  33.3  F 33.3',
    ]);
  });
  it('adds the counts of several folders', () => {
    const sum = addCounts([counts, counts]);
    expect(sum.get('organization')?.true).toBe(2);
    expect(sum.get('place')?.gold).toBe(2);
    expect(table(sum).split('\n').at(-1)).toBe('overall strict P  33.3  R  33.3  F 33.3');
  });
});
