// Names that keep their hyphen: كيم جونغ - ايل, نانا ايفا - ابنتنغ.
import { describe, expect, it } from 'vitest';
import { hyphenatedNames } from '@/lib/engine/hyphenated-names';
import { ruleGuess, type Doc } from '@/lib/engine/types';
import { foldLoose } from '@/lib/text/normalize';
import { tokenize } from '@/lib/text/tokens';

const PLAIN = ['اقترن', 'السابقة', 'قال', 'امس'];
const GIVEN = ['صالح', 'علي'];

/**
 * The people after the extension; `person` is the words the stages found (the first match), `known`
 * the words another stage named.
 */
function found(text: string, person: string, known: string[] = []): string[] {
  const tokens = tokenize(text);
  const doc: Doc = { text, tokens, keys: tokens.map((t) => foldLoose(t.norm)) };
  const words = person.split(' ');
  const start = tokens.findIndex((_, i) => words.every((w, k) => tokens[i + k]?.text === w));
  const cands = [ruleGuess(start, start + words.length, 'person')];
  const is = (list: string[]) => (i: number) => list.includes(tokens[i]!.text);
  return hyphenatedNames(doc, cands, is(PLAIN), is(GIVEN), is(known)).map((c) =>
    text.slice(tokens[c.start]!.start, tokens[c.end - 1]!.end),
  );
}

describe('hyphenatedNames', () => {
  const CASES: [text: string, person: string, known: string[], expected: string[]][] = [
    ['وقال الزعيم كيم جونغ - ايل اقترن بسكرتيرته', 'كيم جونغ', [], ['كيم جونغ - ايل']],
    ['رئيس المجلس نانا ايفا - ابنتنغ ، ان القرار', 'نانا ايفا', [], ['نانا ايفا - ابنتنغ']],
    ['صارت سكرتيرة خاصة لكيم جونغ-ايل في الثمانينات', 'لكيم جونغ', [], ['لكيم جونغ-ايل']],
    // must not match: a score line's next player, a known name, a plain word, a definite word, a
    // longer word before the sentence goes on, a one-word person, no hyphen
    ['الاكبر في المباراة عاطف فتحي - صالح الحمصي :', 'عاطف فتحي', [], ['عاطف فتحي']],
    ['وكتب محمد حسن - رويترز', 'محمد حسن', ['رويترز'], ['محمد حسن']],
    ['وكان محمد حسن - قال امس - في', 'محمد حسن', [], ['محمد حسن']],
    ['كتب محمد حسن - الدوحة :', 'محمد حسن', [], ['محمد حسن']],
    ['كتب محمد حسن - برلين وصل الوفد', 'محمد حسن', [], ['محمد حسن']],
    ['وقال حسن - ايل اقترن', 'حسن', [], ['حسن']],
    ['وقال كيم جونغ ايل اقترن', 'كيم جونغ', [], ['كيم جونغ']],
  ];
  it.each(CASES)('%s', (text, person, known, expected) => {
    expect(found(text, person, known)).toEqual(expected);
  });
});
