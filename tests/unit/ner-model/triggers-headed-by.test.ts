// A person after "headed by" (برئاسة) with no title between them.
import { describe, expect, it } from 'vitest';
import { ruleSpanTexts } from './rule-spans';

describe('ruleSpans: headed by', () => {
  const CASES: [text: string, expected: string[]][] = [
    // two name words, or a listed given name alone, lead the delegation
    ['وصل وفد برئاسة عماد القاضي إلى دمشق', ['person:عماد القاضي']],
    ['واجتمعت اللجنة وبرئاسة حمدي سالم أمس', ['person:حمدي سالم']],
    ['وصل وفد برئاسة محمد إلى عمان', ['person:محمد']],
    // must not match: one unlisted word (a body), a definite body, a listed name word in construct
    // with a definite word (a role), a word that is no name, the same words with no برئاسة
    ['اجتمعت لجنة برئاسة حماس أمس', []],
    ['وصل وفد برئاسة الوزارة إلى دمشق', []],
    ['عقد اجتماع برئاسة مساعد الوزير أمس', []],
    ['انعقد المجلس برئاسة في المقر', []],
    ['وصل وفد عماد القاضي إلى دمشق', []],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(ruleSpanTexts(text)).toEqual(expected);
  });
});
