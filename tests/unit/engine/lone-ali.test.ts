// علي alone (lib/engine/lone-ali.ts): on a page that writes على with its ى, علي spelt with ي before
// what the preposition never takes is the name; before a noun, after a given name or on a page
// that spells the preposition with ي it is not.
import { describe, expect, it } from 'vitest';
import { smallEngine } from './fixture';

// A page that writes على and إلى with their ى.
const PAGE = 'وصل الوفد إلى المدينة على عجل، وسار على الطريق إلى الكوفة. ';
// The same page with the preposition spelt with ي.
const PAGE_YA = 'وصل الوفد الي المدينة علي عجل، وسار علي الطريق الي الكوفة. ';

const CASES: [input: string, found: boolean][] = [
  [PAGE + 'وتفجر القتال بين رجال علي والجماعة.', true],
  [PAGE + 'وكانوا مع علي في المدينة.', true],
  [PAGE + 'فاضطر علي للخروج بمن معه.', true],
  [PAGE + 'وكان عمر علي 63 سنة.', true],
  // must not match: a noun after it, a word in ب, the pronoun (عليّ) before a comma, a family name,
  // a page that spells the preposition with ي
  [PAGE + 'وتولى علي الخلافة بعد ذلك.', false],
  [PAGE + 'فأثروا علي بقية السكان.', false],
  [PAGE + 'لا ترد الزميلات السلام علي ، لمجرد أني غائبة.', false],
  [PAGE + 'وشارك عمرو زكي وعبدالحليم علي وهاني العجيزي.', false],
  [PAGE_YA + 'وكانوا مع علي في المدينة.', false],
];

describe('علي alone', () => {
  it.each(CASES)('%s → %s', (input, found) => {
    const alone = smallEngine
      .annotate(input)
      .entities.filter((e) => e.type === 'person' && e.text === 'علي' && e.start > PAGE.length - 2);
    expect(alone.length).toBe(found ? 1 : 0);
  });
});
