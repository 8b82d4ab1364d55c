import { describe, expect, it } from 'vitest';
import { nameLike, trusted } from '../../../scripts/train/silver-rules';
import { tokenize } from '../../../lib/text';
import { parseSilver } from '../../../scripts/train/neural/silver';

const words = (s: string): string[] => tokenize(s).map((t) => t.norm);

describe('silver from the rules: which unnamed words look like names', () => {
  it.each([
    ['محمد', true],
    ['ومحمد', true],
    ['ويليام', true],
    ['قال', false],
    ['الرئيس', false],
    ['الحكومة', false],
    ['في', false],
  ])('%s → %s', (w, want) => {
    expect(nameLike(words(w)[0]!)).toBe(want);
  });
});

describe('silver from the rules: which labelled sentences are kept', () => {
  it.each([
    ['زار الرئيس بوتين موسكو امس', ['O', 'O', 'B-person', 'B-place', 'O'], true],
    // nothing named: its O labels say nothing trustworthy
    ['وصل الوفد امس الى المدينة', ['O', 'O', 'O', 'O', 'O'], false],
    // a given name left unnamed: the rules missed a person
    ['زار محمد موسكو امس', ['O', 'O', 'B-place', 'O'], false],
    // a person made of an ordinary word
    ['زار الحكومة موسكو امس', ['O', 'B-person', 'B-place', 'O'], false],
  ])('%s', (s, tags, want) => {
    expect(trusted(words(s), tags)).toBe(want);
  });
});

describe('silver from the rules: lines the silver reader takes', () => {
  it('reads a line as the generator writes it', () => {
    const line = JSON.stringify({ by: 'rules', w: words('زار بوتين موسكو'), t: ['O', 'B-person', 'B-place'], p: 1 });
    const got = parseSilver(line, { minP: 0, max: Infinity });
    expect(got.map((s) => s.map((t) => t.tag))).toEqual([['O', 'B-person', 'B-place']]);
  });
});

describe('silver from the rules: a person opening with the article', () => {
  it.each([
    ['قال الاسترالي محمود امس', ['O', 'B-person', 'I-person', 'O'], false],
    ['قال محمود امس في المدينة', ['O', 'B-person', 'O', 'O', 'O'], true],
  ])('%s', (s, tags, want) => {
    expect(trusted(words(s), tags)).toBe(want);
  });
});
