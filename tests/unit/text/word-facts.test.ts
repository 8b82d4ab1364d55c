import { describe, expect, it } from 'vitest';
import { clitics, DEFINITE, WITH_PROCLITIC } from '../../../lib/text/clitics';
import { normalizeText } from '../../../lib/text/normalize';
import { fact, wordFact } from '../../../lib/text/word-facts';

describe('word facts', () => {
  it('answers each fact once per token object, and each bit apart', () => {
    const asked: string[] = [];
    const long = wordFact((norm) => {
      asked.push(norm);
      return norm.length > 4;
    });
    const opensWithWaw = wordFact((norm) => norm.startsWith('و'));
    const token = { norm: 'والمدينه' };
    expect([fact(token, long), fact(token, long), fact(token, opensWithWaw)]).toEqual([true, true, true]);
    expect(asked).toEqual(['والمدينه']);
    const short = { norm: 'قال' };
    expect([fact(short, long), fact(short, opensWithWaw)]).toEqual([false, false]);
    expect([fact(short, long), fact(short, opensWithWaw)]).toEqual([false, false]);
    expect(asked).toEqual(['والمدينه', 'قال']);
  });

  it.each([
    // word, has a proclitic before its article, has the article
    ['والرئيس', true, true],
    ['بالعراق', true, true],
    ['للأمم', true, true],
    ['الرئيس', false, true],
    ['وزير', false, false],
    ['بغداد', false, false],
    ['فرنسا', false, false],
  ])('reads %s as clitics() does', (word, pre, article) => {
    const norm = normalizeText(word);
    expect([fact({ norm }, WITH_PROCLITIC), fact({ norm }, DEFINITE)]).toEqual([pre, article]);
    expect([clitics(norm).pre !== '', clitics(norm).article]).toEqual([pre, article]);
  });
});
