import { describe, expect, it } from 'vitest';
import { sentenceRanges } from '../../../lib/engine/unknown';
import { tokenize } from '../../../lib/text';

// The tagger reads one sentence at a time; its sentences are lib/text's, as token ranges.
const ranges = (text: string): string[] => {
  const tokens = tokenize(text);
  const doc = { text, tokens, keys: tokens.map((t) => t.norm) };
  return sentenceRanges(doc).map(([s, e]) =>
    tokens
      .slice(s, e)
      .map((t) => t.text)
      .join(' '),
  );
};

describe('sentenceRanges', () => {
  const cases: [string, string[]][] = [
    ['زار الوزير بغداد. ثم عاد إلى عمان', ['زار الوزير بغداد .', 'ثم عاد إلى عمان']],
    ['قال المتحدث\nوأضاف البيان', ['قال المتحدث', 'وأضاف البيان']],
    ['هل وصل؟! نعم', ['هل وصل ؟ !', 'نعم']],
    ['«انتهى الأمر.» ثم غادر', ['« انتهى الأمر . »', 'ثم غادر']],
    // must not split: a dot between digits, a dot after a one-letter word
    ['ارتفع بنسبة 3.5 في المئة', ['ارتفع بنسبة 3 . 5 في المئة']],
    ['قال د. محمد علي', ['قال د . محمد علي']],
    ['', []],
  ];
  it.each(cases)('%s', (text, expected) => expect(ranges(text)).toEqual(expected));

  it('cuts a sentence with no end after 121 tokens', () => {
    const long = Array.from({ length: 300 }, (_, i) => `كلمة${i % 10 === 0 ? '' : 'ا'}`).join(' ');
    const sizes = sentenceRanges({ text: long, tokens: tokenize(long), keys: [] }).map(([s, e]) => e - s);
    expect(sizes).toEqual([121, 121, 58]);
  });
});
