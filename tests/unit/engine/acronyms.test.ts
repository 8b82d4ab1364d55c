// Acronyms spelled out in Arabic letters are bodies: سي ان ان, إف . بي . آي, with the article or a
// clitic on the first letter (السي آي إيه, وللبي بي سي). A known acronym is the gazetteer's body;
// an unknown one gets its letters in Latin as the English guess.
import { describe, expect, it } from 'vitest';
import { acronyms } from '@/lib/engine/acronyms';
import { LETTER_NAMES, LETTER_WORDS, latinLetter } from '@/lib/ner/letter-names';
import type { Doc } from '@/lib/engine/types';
import { compileGazetteer, loadGazetteer } from '@/lib/gazetteer';
import { foldLoose } from '@/lib/text/normalize';
import { tokenize } from '@/lib/text/tokens';

const gazetteer = loadGazetteer(
  compileGazetteer([
    { id: 'Q37230', type: 'organization', en: 'CIA', ar: ['سي آي إيه'], desc: 'US intelligence agency' },
    { id: 'Q9531', type: 'organization', en: 'BBC', ar: ['بي بي سي'], desc: 'British broadcaster' },
    { id: 'Qplace', type: 'place', en: 'Place D', ar: ['دي سي'], desc: 'a place spelt like letters' },
  ]),
);
const EVERYDAY = new Set(['لدي', 'لان', 'كان', 'الان']);

/** The acronyms found in text as text=English; words of `taken` stand for names other stages found. */
function found(text: string, taken: string[] = []): string[] {
  const tokens = tokenize(text);
  const doc: Doc = { text, tokens, keys: tokens.map((t) => foldLoose(t.norm)) };
  const everydayAt = (i: number) => EVERYDAY.has(tokens[i]!.norm);
  return acronyms(doc, (i) => taken.includes(tokens[i]!.text), { gazetteer, everydayAt }).map(
    (c) => `${text.slice(tokens[c.start]!.start, tokens[c.end - 1]!.end)}=${c.english}${c.known ? '' : '?'}`,
  );
}

describe('acronyms', () => {
  const CASES: [text: string, taken: string[], expected: string[]][] = [
    ['وقال لشبكة سي ان ان إن الوضع خطير', [], ['سي ان ان=CNN?']],
    ['التحقيقات الفيدرالي ( إف . بي . آي ) كان يحقق', [], ['إف . بي . آي=FBI?']],
    ['وقال مصدر في إف.بي.آي إن التحقيق مستمر', [], ['إف.بي.آي=FBI?']],
    ['والى مدير الإف . بي . آي وأمرت', [], ['الإف . بي . آي=FBI?']],
    ['عمل في مصرف إتش إس بي سي سنوات', [], ['إتش إس بي سي=HSBC?']],
    ['الرئيس التنفيذي لمجموعة في تي جي وذلك', [], ['تي جي=TG?']],
    ['وقالت مصادر في إف بي آي إن', [], ['إف بي آي=FBI?']],
    ['تجربته في الكي جي بي حيث', [], ['الكي جي بي=KGB?']],
    // the article or a clitic on the first letter; known letters are the gazetteer's body
    ['وكشف مدير السي آي إيه أن', [], ['السي آي إيه=CIA']],
    ['وكشف مدير السي . آي . إيه أن', [], ['السي . آي . إيه=CIA']],
    ['وقال في حديث للبي بي سي إن', [], ['للبي بي سي=BBC']],
    ['وقال والإف بي آي تحقق', [], ['والإف بي آي=FBI?']],
    ['وسي إن إن ذكرت', [], ['وسي إن إن=CNN?']],
    ['وأعلنت الإف بي آي', [], ['الإف بي آي=FBI?']],
    ['وأعلنت شركة إيه إم دي', [], ['إيه إم دي=AMD?']],
    ['وأعلنت شركة دي إتش إل للشحن', [], ['دي إتش إل=DHL?']],
    ['قناة إم بي سي', [], ['إم بي سي=MBC?']],
    ['بنك جيه بي مورغان', [], ['جيه بي=JB?']],
    // a known form of another type is not the body: the letters' guess stands
    ['في مدينة الدي سي', [], ['الدي سي=DC?']],
    // must not match: everyday words that are also letters, one letter, a model number, a known name
    ['ما من شك في ان العراق خطر', [], []],
    ['لكنه شدد على ان اي صفقة لا تكفي', [], []],
    ['وأعلن أن أي هجوم سيقابل برد', [], []],
    ['وهو موديل كي جي 320 المصمم للشباب', [], []],
    ['وحصل على فيتامين دي من الشمس', [], []],
    ['وقالت بي بي سي إن', ['بي', 'سي'], []],
    // ... بي "in me" beside an everyday letter, a lone letter name, a clitic on an everyday word
    ['اتصل بي إن كان لديك سؤال', [], []],
    ['وثقتها بي كبيرة', [], []],
    ['وقال إن بي كان', [], []],
    ['لان اي اتفاق', [], []],
    ['وقال لدي سي', [], []],
    ['كان في ان', [], []],
    ['وام في', [], []],
  ];
  it.each(CASES)('%s', (text, taken, expected) => {
    expect(found(text, taken)).toEqual(expected);
  });

  it('has a Latin letter for every letter name', () => {
    const names = [...LETTER_NAMES, ...LETTER_WORDS];
    expect(names.filter((n) => !latinLetter(n))).toEqual([]);
  });

  it('keeps letter names that are everyday words apart from the others', () => {
    expect([...LETTER_NAMES].filter((n) => LETTER_WORDS.has(n))).toEqual([]);
    for (const w of ['في', 'ان', 'او', 'ام', 'ال', 'اي', 'كي']) expect(LETTER_WORDS.has(w)).toBe(true);
    for (const w of ['بي', 'سي', 'اف', 'ايه', 'كيه', 'جيه']) expect(LETTER_NAMES.has(w)).toBe(true);
    // زي "like" spells Z only in speech, never in a news acronym: no letter at all.
    expect(LETTER_NAMES.has('زي') || LETTER_WORDS.has('زي')).toBe(false);
  });
});
