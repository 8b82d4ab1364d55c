// Acronyms spelled out in Arabic letters are bodies: سي ان ان, إف . بي . آي.
import { describe, expect, it } from 'vitest';
import { acronyms } from '@/lib/engine/acronyms';
import type { Doc } from '@/lib/engine/types';
import { foldLoose } from '@/lib/text/normalize';
import { tokenize } from '@/lib/text/tokens';

/** The acronyms found in text; words of `taken` stand for names other stages found. */
function found(text: string, taken: string[] = []): string[] {
  const tokens = tokenize(text);
  const doc: Doc = { text, tokens, keys: tokens.map((t) => foldLoose(t.norm)) };
  return acronyms(doc, (i) => taken.includes(tokens[i]!.text)).map((c) =>
    text.slice(tokens[c.start]!.start, tokens[c.end - 1]!.end),
  );
}

describe('acronyms', () => {
  const CASES: [text: string, taken: string[], expected: string[]][] = [
    ['وقال لشبكة سي ان ان إن الوضع خطير', [], ['سي ان ان']],
    ['التحقيقات الفيدرالي ( إف . بي . آي ) كان يحقق', [], ['إف . بي . آي']],
    ['وقال مصدر في إف.بي.آي إن التحقيق مستمر', [], ['إف.بي.آي']],
    ['والى مدير الإف . بي . آي وأمرت', [], ['الإف . بي . آي']],
    ['عمل في مصرف إتش إس بي سي سنوات', [], ['إتش إس بي سي']],
    ['الرئيس التنفيذي لمجموعة في تي جي وذلك', [], ['تي جي']],
    ['وقالت مصادر في إف بي آي إن', [], ['إف بي آي']],
    ['تجربته في الكي جي بي حيث', [], ['الكي جي بي']],
    // must not match: everyday words that are also letters, one letter, a model number, a known name
    ['ما من شك في ان العراق خطر', [], []],
    ['لكنه شدد على ان اي صفقة لا تكفي', [], []],
    ['وأعلن أن أي هجوم سيقابل برد', [], []],
    ['وهو موديل كي جي 320 المصمم للشباب', [], []],
    ['وحصل على فيتامين دي من الشمس', [], []],
    ['وقالت بي بي سي إن', ['بي', 'سي'], []],
  ];
  it.each(CASES)('%s', (text, taken, expected) => {
    expect(found(text, taken)).toEqual(expected);
  });
});
