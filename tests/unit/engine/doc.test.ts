import { describe, expect, it } from 'vitest';
import { analyses } from '../../../lib/engine/analyses';
import { askForm, askWord, formMemo, makeDoc, perWord, tokenAnalyses, wordMemo } from '../../../lib/engine/doc';
import type { Doc } from '../../../lib/engine/types';
import { foldLoose } from '../../../lib/text/normalize';
import { tokenize, tokenTable, wordTokens } from '../../../lib/text/tokens';

const TEXT = 'قال وزير الخارجية إن الوزير والوزير بالقاهرة، والقاهرة قال: القاهرة.';

describe('makeDoc', () => {
  const tokens = tokenize(TEXT);
  const doc = makeDoc(TEXT, tokens);

  it('keys are the folded normal forms of the tokens', () => {
    expect(doc.keys).toEqual(tokens.map((t) => foldLoose(t.norm)));
  });

  it('one id per distinct key, the same id wherever the key recurs', () => {
    const w = doc.words!;
    expect(w.distinct).toBe(new Set(doc.keys).size);
    for (let i = 0; i < tokens.length; i++)
      for (let j = 0; j < tokens.length; j++) expect(w.ids[i] === w.ids[j]).toBe(doc.keys[i] === doc.keys[j]);
    for (const id of w.ids) expect(id).toBeLessThan(w.distinct);
  });

  it('tokenAnalyses gives the analyses of the key, with and without word ids', () => {
    const bare: Doc = { text: doc.text, tokens: doc.tokens, keys: doc.keys };
    for (let i = 0; i < tokens.length; i++) {
      expect(tokenAnalyses(doc, i)).toEqual(analyses(doc.keys[i]!));
      expect(tokenAnalyses(bare, i)).toEqual(analyses(doc.keys[i]!));
    }
    // بالقاهرة splits to القاهرة among its readings
    const at = doc.keys.findIndex((k) => k.startsWith('بال'));
    expect(tokenAnalyses(doc, at).map((a) => a.stem)).toContain(doc.keys[doc.keys.length - 2]);
  });
});

describe('perWord', () => {
  const doc = makeDoc(TEXT, tokenize(TEXT));

  it('asks once per distinct word and answers every token as the test does', () => {
    const asked: number[] = [];
    const test = (i: number) => doc.keys[i]!.length > 4;
    const memo = perWord(doc, (i) => {
      asked.push(doc.words!.ids[i]!);
      return test(i);
    });
    for (let round = 0; round < 2; round++) for (let i = 0; i < doc.tokens.length; i++) expect(memo(i)).toBe(test(i));
    expect(asked.length).toBe(doc.words!.distinct);
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('without word ids, is the test itself', () => {
    const bare: Doc = { text: doc.text, tokens: doc.tokens, keys: doc.keys };
    let calls = 0;
    const memo = perWord(bare, () => ++calls > 0);
    memo(0);
    memo(0);
    expect(calls).toBe(2);
  });
});

describe('askWord', () => {
  const doc = makeDoc(TEXT, tokenize(TEXT));
  const long = (d: Doc, i: number) => d.keys[i]!.length > 4;

  it('asks once per distinct word and answers every token (true and false) as the test does', () => {
    const asked: number[] = [];
    const test = (d: Doc, i: number) => {
      asked.push(d.words!.ids[i]!);
      return long(d, i);
    };
    const memo = wordMemo(doc);
    const answers = doc.tokens.map((_, i) => long(doc, i));
    expect(answers).toContain(true);
    expect(answers).toContain(false);
    for (let round = 0; round < 2; round++)
      for (let i = 0; i < doc.tokens.length; i++) expect(askWord(doc, memo, i, test)).toBe(answers[i]);
    expect(asked.length).toBe(doc.words!.distinct);
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('a memo belongs to one page: another memo asks again', () => {
    let calls = 0;
    const test = () => ++calls > 0;
    askWord(doc, wordMemo(doc), 0, test);
    askWord(doc, wordMemo(doc), 0, test);
    expect(calls).toBe(2);
  });

  it('without word ids there is no memo, and each question runs the test', () => {
    const bare: Doc = { text: doc.text, tokens: doc.tokens, keys: doc.keys };
    const memo = wordMemo(bare);
    expect(memo).toBeNull();
    let calls = 0;
    askWord(bare, memo, 0, () => ++calls > 0);
    askWord(bare, memo, 0, () => ++calls > 0);
    expect(calls).toBe(2);
  });
});

describe('askForm', () => {
  // والقاهرة and القاهرة share a key's stem but not a form; قال recurs as one form.
  const table = tokenTable(TEXT);
  const doc = makeDoc(TEXT, wordTokens(table), table);
  const withWaw = (d: Doc, i: number) => d.tokens[i]!.norm.startsWith('و');

  it('asks once per distinct form and answers every token (true and false) as the test does', () => {
    const asked: number[] = [];
    const memo = formMemo(doc);
    const answers = doc.tokens.map((_, i) => withWaw(doc, i));
    expect(answers).toContain(true);
    expect(answers).toContain(false);
    const test = (d: Doc, i: number) => {
      asked.push(table.form[i]!);
      return withWaw(d, i);
    };
    for (let round = 0; round < 2; round++)
      for (let i = 0; i < doc.tokens.length; i++) expect(askForm(doc, memo, i, test)).toBe(answers[i]);
    expect(new Set(asked).size).toBe(asked.length);
    expect(asked.length).toBe(new Set(Array.from(table.form)).size);
  });

  it('without a token table there is no memo, and each question runs the test', () => {
    const bare = makeDoc(TEXT, tokenize(TEXT));
    const memo = formMemo(bare);
    expect(memo).toBeNull();
    let calls = 0;
    askForm(bare, memo, 0, () => ++calls > 0);
    askForm(bare, memo, 0, () => ++calls > 0);
    expect(calls).toBe(2);
  });
});
