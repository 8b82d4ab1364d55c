import { describe, expect, it } from 'vitest';
import { maghrebParticle, maghrebSpelling } from '../../../lib/translit/name-conventions';

describe('maghrebSpelling: French letters for the Maghreb press', () => {
  it.each([
    // [English-style spelling, Arabic key, country, expected]
    ['hisham', 'هشام', 'MA', 'hicham'],
    ['shakib', 'شكيب', 'TN', 'chakib'],
    ['qadir', 'قادر', 'DZ', 'kadir'],
    ['jamal', 'جمال', 'DZ', 'djamal'],
    ['murad', 'مراد', 'MA', 'mourad'],
    ['butaflika', 'بوتفليقه', 'DZ', 'boutaflika'],
    // must not change
    ['jamal', 'جمال', 'MA', 'jamal'], // dj is Algeria's alone
    ['djamel', 'جمال', 'DZ', 'djamel'], // no second d
    ['youssef', 'يوسف', 'MA', 'youssef'], // ou stays ou
    ['ashab', 'اسهاب', 'MA', 'ashab'], // sh from س+ه is not ش
    ['qasim', 'كاسم', 'TN', 'qasim'], // no ق, no k
    ['hisham', 'هشام', 'EG', 'hisham'], // outside the Maghreb
    ['murad', 'مراد', 'SA', 'murad'],
    ['hisham', 'هشام', 'LY', 'hisham'], // Libya's press is not French-style
    ['murad', 'مراد', null, 'murad'],
  ] as const)('%s (%s, %s) → %s', (en, ar, country, out) => {
    expect(maghrebSpelling(en, ar, country)).toBe(out);
  });
});

describe('maghrebParticle', () => {
  it.each([
    ['بن', 'Ben'],
    ['ابن', 'Ben'],
    ['ولد', 'Ould'],
    ['بنت', null],
    ['ابو', null],
    ['ولد ', null],
  ])('%s → %s', (key, out) => {
    expect(maghrebParticle(key)).toBe(out);
  });
});
