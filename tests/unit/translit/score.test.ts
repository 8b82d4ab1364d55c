import { describe, expect, it } from 'vitest';
import { attested, nameWords, pronounceable, wordScore } from '../../../lib/translit/score';

describe('pronounceable', () => {
  it.each([
    'Hilsinkī',
    'Wizārat al-Khārijīyah',
    'Strīt',
    'Muḥammad',
    'ʿAbd al-Fattāḥ',
    'Khālid al-ʿAlī',
    'Ghūtīrrīsh',
    "Wakalat al-I'lam",
    'Tshād',
    'Jū Bāydin',
    'Ayman al-Ṣafadī',
  ])('%s can be read aloud', (s) => expect(pronounceable(s)).toBe(true));
  it.each([
    'hlsnkī', // a skeleton: five consonants before the first vowel
    'rwītrz', // three consonants inside the word
    "wkala al-''lam", // two apostrophes
    'al-ʾʿlām',
    'mnẓma', // no three consonants even when the word opens with them
    'bn', // no vowel at all
  ])('%s cannot', (s) => expect(pronounceable(s)).toBe(false));
  it('allows a shorter opening cluster when asked', () => {
    expect(pronounceable('Strīt', 2)).toBe(false);
    expect(pronounceable('Trīt', 2)).toBe(true);
  });
});

describe('attested', () => {
  it('keeps spellings with at least 5% of the pairs, and a lone spelling', () => {
    expect(
      attested(
        new Map([
          ['ahmed', 544],
          ['ahmad', 120],
          ['zog', 1],
        ]),
      ),
    ).toEqual(new Set(['ahmed', 'ahmad']));
    expect(attested(new Map([['kosen', 1]]))).toEqual(new Set(['kosen']));
  });
});

describe('wordScore', () => {
  it.each([
    ['Hadi al-Zein', ['Hadi Zein', 'Hadi al-Zein'], 2, 2],
    ['Hadi Zein', ['Hadi al-Zein'], 2, 2], // the article alone is no error
    ['Sultan al-Neyadi', ['Sultan Al Neyadi'], 2, 2], // "Al Neyadi" is one name word
    ['Hadi al-Zine', ['Hadi al-Zein'], 1, 2],
    ['Zein Hadi', ['Hadi al-Zein'], 0, 2],
  ])('%s against %j: %i of %i', (guess, gold, right, words) => {
    expect(wordScore(guess, gold)).toEqual({ right, words });
  });
  it('counts a word the callback accepts', () => {
    expect(wordScore('Hadi al-Zine', ['Hadi al-Zein'], (_, w) => w === 'zine')).toEqual({ right: 2, words: 2 });
  });
  it('folds names to a–z words', () => expect(nameWords('Jean-Pierre  Al Marri')).toEqual(['jeanpierre', 'almarri']));
});
