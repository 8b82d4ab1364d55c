import { describe, expect, it } from 'vitest';
import { censusSurnames, fakerPersonNames, nameWords } from '../../../scripts/train/translit/name-lists';

describe('nameWords', () => {
  it.each([
    ['Attilio', ['Attilio']],
    ['Vrzalová', ['Vrzalova']], // accents folded as the training pairs' English is
    ['María José', ['Maria', 'Jose']],
    ['Jean-Luc', ['Jean', 'Luc']],
    ['Bulgarelli\r', ['Bulgarelli']], // a list with CRLF line ends
    ['Łukasz', ['Lukasz']],
  ])('%s → %j', (line, want) => {
    expect(nameWords([line])).toEqual(want);
  });

  it.each([
    ['attilio'], // a common word, not a name
    ['NATO'], // an acronym
    ["O'Neil"], // not plain letters once split
    ['Волкова'], // another script
    ['Z'], // one letter
    ['محمد'],
  ])('%s gives no name', (line) => {
    expect(nameWords([line])).toEqual([]);
  });

  it('keeps each name once', () => {
    expect(nameWords(['Anna', 'Anna Maria', 'Ánna'])).toEqual(['Anna', 'Maria']);
  });
});

describe('fakerPersonNames', () => {
  it('reads first, middle and last names of every locale, by gender or not', () => {
    const exports = {
      es: { person: { first_name: { female: ['Lucía'], male: ['Andrés'] }, last_name: ['Barreto'] } },
      it: { person: { last_name: { generic: ['Bulgarelli'] }, middle_name: ['Maria'] } },
      de: { person: { prefix: ['Dr.'], job_title: ['Manager'] } }, // not names
      faker: { person: undefined },
      version: '10.6.0',
      helper: null,
    };
    expect(fakerPersonNames(exports).sort()).toEqual(['Andres', 'Barreto', 'Bulgarelli', 'Lucia', 'Maria']);
  });
});

describe('censusSurnames', () => {
  const last = ['SMITH', 'Johnson', 'Atherton', "O'Brien", 'Upson', 'Etherton', 'Abson'];
  it.each([
    [2, ['Johnson']], // SMITH is not a capitalised name word
    [3, ['Johnson', 'Atherton']],
    [5, ['Johnson', 'Atherton', 'Upson']], // O'Brien is not plain letters
    [0, []],
  ])('the first %i of the ranked list → %j', (count, want) => {
    expect(censusSurnames({ last }, count)).toEqual(want);
  });

  it.each([
    [{ last: ['Etherton', 'Abson'] }, 0], // rarer than the cut: none
    [{}, 10], // no surname list
    [{ last: 'Smith' }, 10], // not a list
    [{ last: [3, null] }, 10], // not names
  ])('%j (%i) gives no name', (lists, count) => {
    expect(censusSurnames(lists, count)).toEqual([]);
  });
});
