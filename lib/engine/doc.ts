// The page as the stages see it, built once per annotate call. A page repeats its words, so each
// distinct key gets a small integer id and its proclitic analyses are looked up once per page
// instead of once per token per stage (every stage asks for the same splits).
import { foldLoose } from '../text/normalize';
import type { Analysis } from '../text/clitics';
import type { Token, TokenTable, WordToken } from '../text/tokens';
import { analyses } from './analyses';
import type { Doc } from './types';

/** `table`, when given, is the table `tokens` were made of: its form ids spare a lookup per token. */
export function makeDoc(text: string, tokens: WordToken[], table?: TokenTable): Doc {
  const n = tokens.length;
  const idOfForm = table ? new Int32Array(table.forms.length).fill(-1) : null;
  // Written over a copy of the (packed) token list: new Array(n) is holey, and [] grows by copies.
  const keys = tokens.slice() as unknown[] as string[];
  const ids = new Int32Array(n);
  const index = new Map<string, number>();
  const distinct: string[] = [];
  const forms: (readonly Readonly<Analysis>[])[] = [];
  for (let i = 0; i < n; i++) {
    let id = idOfForm ? idOfForm[table!.form[i]!]! : -1;
    if (id < 0) {
      const k = foldLoose(tokens[i]!.norm);
      id = index.get(k) ?? -1;
      if (id < 0) {
        id = distinct.length;
        index.set(k, id);
        distinct.push(k);
        forms.push(analyses(k));
      }
      if (idOfForm) idOfForm[table!.form[i]!] = id;
    }
    ids[i] = id;
    // One string per distinct key: later equality tests and lookups compare one object.
    keys[i] = distinct[id]!;
  }
  return { text, tokens, keys, words: { ids, distinct: distinct.length, analyses: forms }, table };
}

/**
 * Token i's offsets in the text, from the token table; a Doc built by hand (tests) has no table,
 * and its tokens are tokenize()'s, offsets included.
 */
export function tokenStart(doc: Doc, i: number): number {
  return doc.table ? doc.table.start[i]! : (doc.tokens[i] as Token).start;
}

export function tokenEnd(doc: Doc, i: number): number {
  return doc.table ? doc.table.end[i]! : (doc.tokens[i] as Token).end;
}

/** The proclitic analyses of token i's key (analyses(doc.keys[i]), shared per distinct word). */
export function tokenAnalyses(doc: Doc, i: number): readonly Readonly<Analysis>[] {
  const w = doc.words;
  return w ? w.analyses[w.ids[i]!]! : analyses(doc.keys[i]!);
}

/**
 * A test of token i that depends only on its word, answered once per distinct word of the page
 * (a page says its common words thousands of times). Without word ids it is the test itself.
 */
export function perWord(doc: Doc, test: (i: number) => boolean): (i: number) => boolean {
  const w = doc.words;
  return w ? memoBy(w.ids, w.distinct, test) : test;
}

/** A page's memo for askWord: one byte per distinct word (null on a Doc built by hand). */
export function wordMemo(doc: Doc): Int8Array | null {
  return doc.words ? new Int8Array(doc.words.distinct) : null;
}

/**
 * perWord for a module function of the page and the token, with the memo (wordMemo) held by the
 * caller: no function is made per page. V8 compiles a stage's loop (on-stack replacement) for the
 * one closure it calls; a closure made per page failed that code's check on the next page, and
 * when the page was collected the code went with it ("weak objects"): compiled again each page.
 */
export function askWord(doc: Doc, memo: Int8Array | null, i: number, test: (doc: Doc, i: number) => boolean): boolean {
  return memo ? ask(memo, doc.words!.ids[i]!, doc, i, test) : test(doc, i);
}

/** askWord's memo for a test that reads token i's normal form: one byte per distinct form of the table. */
export function formMemo(doc: Doc): Int8Array | null {
  return doc.table ? new Int8Array(doc.table.forms.length) : null;
}

/** askWord for a test that reads token i's normal form (`norm`, not its key), with a formMemo. */
export function askForm(doc: Doc, memo: Int8Array | null, i: number, test: (doc: Doc, i: number) => boolean): boolean {
  return memo ? ask(memo, doc.table!.form[i]!, doc, i, test) : test(doc, i);
}

function ask(memo: Int8Array, id: number, doc: Doc, i: number, test: (doc: Doc, i: number) => boolean): boolean {
  let m = memo[id]!; // as memoBy
  if (m === 0) memo[id] = m = test(doc, i) ? 1 : 2;
  return m === 1;
}

function memoBy(ids: Int32Array, count: number, test: (i: number) => boolean): (i: number) => boolean {
  const memo = new Int8Array(count); // 0 not asked yet, 1 true, 2 false
  return (i) => {
    const id = ids[i]!;
    let m = memo[id]!;
    if (m === 0) memo[id] = m = test(i) ? 1 : 2;
    return m === 1;
  };
}
