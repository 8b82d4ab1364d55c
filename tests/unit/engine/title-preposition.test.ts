// A title rule's person that opens with a preposition on a noun (by the lists or by its shape) is
// the sentence's noun phrase, however many words follow it.
import { describe, expect, it } from 'vitest';
import { smallEngine, typedBy } from './fixture';

const persons = typedBy(smallEngine, 'person');

describe('title rule: a preposition on a noun opening the name', () => {
  const CASES: [text: string, expected: string[]][] = [
    // names that open with the letters of a preposition, listed or not
    ['وقال الوزير لبيب عباس إن', ['لبيب عباس']],
    ['وقال الرئيس بشار الأسد إن', ['بشار الأسد']],
    ['وقال رئيس الاتحاد برند جوتشولك عند', ['برند جوتشولك']],
    // must not match: a preposition on a verbal noun or a feminine plural, with words after it
    ['ثم يتعرض ابنه لاعتداء فيصاب إصابة بالغة', []],
    ['وتعمل الممثلة لشركات فرنسية كثيرة', []],
    ['وقال المدير لاجتماعات اللجنة إن', []],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});
