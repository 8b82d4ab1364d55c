// Persons that the words around them make something else: a work's title in quotes, a vehicle's
// model, a tribe. Tables include names that stay persons.
import { describe, expect, it } from 'vitest';
import { notAPerson } from '@/lib/engine/person-context';
import type { Candidate } from '@/lib/engine/types';
import { markedPerson } from './marked-person';

/** The words between [ and ] are a person from `source`; is it no person? */
function dropped(marked: string, source: Candidate['source'] = 'tagger', known = false): boolean {
  const { doc, c } = markedPerson(marked, source, known);
  return notAPerson(doc, c);
}

describe('notAPerson', () => {
  const others: [string, string, Candidate['source'], boolean][] = [
    ['a title in quotes after a work noun', 'فرثاها بقصيدة " [بلقيس] " الشهيرة', 'tagger', false],
    ['a known name as a series title', 'بالإضافة إلى مسلسل " [نصر الله] " إخراج أحمد', 'gazetteer', true],
    ['a car model', 'اصطدمت شاحنة عسكرية مع سيارة [رانج روفر] .', 'tagger', false],
    ['a model after طراز', 'بإنزال آليتين من طراز [هامر] في أفقا', 'tagger', false],
    ['a tribe after بنو', 'ولا يستطيع [بنو هاشم] المطالبة به', 'tagger', false],
    ['a tribe after بني', 'فكان أن [بني أمية] رفضوا مبايعته', 'rule', false],
  ];
  it.each(others)('no person: %s', (_, marked, source, known) => {
    expect(dropped(marked, source, known)).toBe(true);
  });

  const persons: [string, string, Candidate['source'], boolean][] = [
    ["an actor after a film's noun, no quotes", 'وبدأ تصوير فيلم [عادل إمام] الجديد', 'tagger', false],
    ['a name in quotes after a verb', 'وقال " [أبو محمد] " إن', 'tagger', false],
    ['a quoted name after a title', 'الإمبراطور " [هوانج تي] " ، ثم', 'rule', false],
    ['a known person after a car noun', 'فجر سيارة [صدام حسين] أمس', 'gazetteer', true],
    ['a driver after a car noun and a verb', 'وكانت السيارة يقودها [محمد علي] أمس', 'tagger', false],
    ['a one-word name opening with بني', 'وقال [بني] إن', 'tagger', false],
    ['a known name opening with بني', 'وقال الرئيس [بني صدر] إن', 'gazetteer', true],
  ];
  it.each(persons)('a person: %s', (_, marked, source, known) => {
    expect(dropped(marked, source, known)).toBe(false);
  });
});
