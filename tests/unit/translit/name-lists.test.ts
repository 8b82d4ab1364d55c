import { describe, expect, it } from 'vitest';
import { fakerPersonNames, nameWords } from '../../../scripts/train/translit/name-lists';

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
