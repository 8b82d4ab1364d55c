// Issue #14's acronyms through the whole engine, English included: letter names spelt out in
// Arabic (with the article or a clitic), and Latin-letter bodies inside Arabic text.
import { describe, expect, it } from 'vitest';
import { defaultEngine } from '@/lib/engine/default-data';

const engine = defaultEngine();
/** The page's organisations as text=English, and any other name as text:type. */
const names = (text: string): string[] =>
  engine
    .annotate(text)
    .entities.filter((m) => m.type !== 'demonym')
    .map((m) => (m.type === 'organization' ? `${m.text}=${m.english}` : `${m.text}:${m.type}`));

describe('acronyms spelt out in Arabic letters', () => {
  const CASES: [input: string, expected: string[]][] = [
    ['وكشف مدير السي آي إيه أن', ['السي آي إيه=CIA']],
    ['وقال في حديث للبي بي سي إن', ['للبي بي سي=BBC']],
    ['وقال والإف بي آي تحقق في الأمر', ['والإف بي آي=FBI']],
    ['وقالت شبكة سي إن إن إن الوضع خطير', ['سي إن إن=CNN']],
    ['وأعلنت شركة دي إتش إل للشحن', ['دي إتش إل=DHL']],
    ['وقال مصدر في الكي جي بي', ['الكي جي بي=KGB']],
    // a noun the name keeps (وكالة, هيئة) joins it; قناة, شركة stay outside
    ['وأعلنت هيئة إف دي إيه موافقتها', ['هيئة إف دي إيه=FDA']],
    ['وقالت قناة إم بي سي إن', ['إم بي سي=MBC Group']],
    // must not match: بي "in me", a lone letter name, initials of a person's name
    ['اتصل بي إن كان لديك سؤال', []],
    ['وحصل على فيتامين دي من الشمس', []],
    ['وقال الشاعر تي إس إليوت', ['تي إس إليوت:person']],
  ];
  it.each(CASES)('%s', (input, expected) => {
    expect(names(input)).toEqual(expected);
  });
});

describe('bodies written in Latin letters', () => {
  const CASES: [input: string, expected: string[]][] = [
    ['وذكرت شبكة CNN الأميركية أن', ['CNN=CNN']],
    ['وقال لوكالة AFP إن الوضع خطير', ['AFP=Agence France-Presse']],
    ['وقالت HRW إن الوضع', ['HRW=HRW']],
    ['قال لشبكة CBS News إن', ['CBS News=CBS News']],
    ['وقال موقع Axios إن', ['Axios=Axios']],
    ['ونشرت مجلة Nature دراسة', ['Nature=Nature']],
    ['وقالت وكالة Bloomberg إن', ['وكالة Bloomberg=Bloomberg']],
    // must not match: a capitalised word after a verb of saying may be a person; lower case; no announcer
    ['وقال Trump للصحفيين', []],
    ['وتحدث عن AI في المؤتمر', []],
    ['وتستخدم الشركة iPhone', []],
  ];
  it.each(CASES)('%s', (input, expected) => {
    expect(names(input)).toEqual(expected);
  });
});
