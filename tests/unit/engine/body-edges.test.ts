// A tagged body that opens with a definite organisation noun and goes on with a word that has no
// article is the body already named and the sentence going on (a person, a verb), not a name.
import { describe, expect, it } from 'vitest';
import { anaphoricBody } from '@/lib/engine/body-edges';
import { makeDoc } from '@/lib/engine/doc';
import type { Candidate } from '@/lib/engine/types';
import { cueLexicon } from '@/lib/ner/cues';
import { tokenize } from '@/lib/text/tokens';

/** Is the tagged body [from, to) of the text's words a reference, not a name? */
function anaphoric(text: string, from: number, to: number, source: Candidate['source'] = 'tagger'): boolean {
  const doc = makeDoc(text, tokenize(text));
  const c: Candidate = {
    start: from,
    end: to,
    type: 'organization',
    source,
    known: false,
    english: null,
    id: null,
    prefix: '',
  };
  return anaphoricBody(doc, c, cueLexicon());
}

describe('a definite organisation noun before a word with no article', () => {
  const CASES: [text: string, from: number, to: number, expected: boolean][] = [
    ['وقال رئيس الاتحاد برند جوتشولك عند إعلان التقرير', 2, 5, true],
    ['وأكد رئيس للمجلس نذار فيصل المشعل أن', 2, 6, true],
    ['فإن المجلس سيناقش في دورته', 1, 3, true],
    // must not match: a name with the article or لـ, a noun without its article, one word, a rule
    ['وقال رئيس الاتحاد الدولي لكرة القدم', 2, 6, false],
    ['عن المركز القومي للدراسات القضائية', 1, 5, false],
    ['وقال الاتحاد لكرة اليد إن', 1, 4, false],
    ['وقال مجلس قيادة الثورة إن', 1, 4, false],
    ['وقال رئيس الاتحاد برند جوتشولك', 2, 3, false],
    ['وقال الجزيرة نت إن', 1, 3, false],
  ];
  it.each(CASES)('%s [%i, %i)', (text, from, to, expected) => {
    expect(anaphoric(text, from, to)).toBe(expected);
  });

  it('leaves the rules and the gazetteer to their own tests', () => {
    expect(anaphoric('وقال رئيس الاتحاد برند جوتشولك', 2, 5, 'rule')).toBe(false);
  });
});
