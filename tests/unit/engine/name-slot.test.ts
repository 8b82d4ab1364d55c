// A known person's one-word surname after a first name no list holds, where news puts a name
// (after a title, a speech verb, a country adjective or a body), is another person of that name.
import { describe, expect, it } from 'vitest';
import { defaultEngine } from '@/lib/engine/default-data';
import { smallEngine } from './fixture';

/** The persons of the text, each with the English of its known entry or "?" when unknown. */
const persons = (text: string) =>
  smallEngine
    .annotate(text)
    .entities.filter((e) => e.type === 'person')
    .map((e) => `${e.text}=${e.known ? e.english : '?'}`);

describe('a known surname after an unlisted first name', () => {
  const CASES: [label: string, input: string, found: string[]][] = [
    ['after a title', 'وقال الوزير عميت مودي إن الحكومة فشلت', ['عميت مودي=?']],
    ['after a title and its complement', 'وقال المتحدث باسم الجيش عميت مودي إن', ['عميت مودي=?']],
    ['after a two-word title', 'وصرح رئيس الوزراء عميت مودي أن', ['عميت مودي=?']],
    ['after a known body', 'وقال عضو البرلمان عن حركة حماس عميت مودي إن', ['عميت مودي=?']],
    ['after a speech verb', 'وقال عميت مودي إن الحكومة فشلت', ['عميت مودي=?']],
    // must not match: the known person alone after a title or verb, the known full name, a verb,
    // a noun in ة, a definite word, a word after a plain noun, a word after a comma
    ['the surname alone after a title', 'وقال الوزير مودي إن الحكومة فشلت', ['مودي=Narendra Modi']],
    ['the known full name', 'وقال الوزير ناريندرا مودي إن', ['ناريندرا مودي=Narendra Modi']],
    ['a verb after a title', 'وقال الوزير ينتقد مودي دائما', ['مودي=Narendra Modi']],
    ['a noun in ة after a title', 'وانتقد النائب مبادرة مودي للسلام', ['مودي=Narendra Modi']],
    ['a definite word after a title', 'وقال الوزير الضيف مودي إن', ['مودي=Narendra Modi']],
    ['a word after a plain noun', 'وكانت نظرية عميت مودي ناجحة', ['مودي=Narendra Modi']],
    ['a word after a plain noun after a title', 'وقال الوزير إن نظرية عميت مودي ناجحة', ['مودي=Narendra Modi']],
    ['a past verb after a comma', 'وفي العام الماضي، استقر مودي في المدينة', ['مودي=Narendra Modi']],
  ];
  it.each(CASES)('%s: %s', (_label, input, found) => expect(persons(input)).toEqual(found));
});

describe('with the shipped name model, which reads the body and the first name as one name', () => {
  const engine = defaultEngine();
  const shipped = (text: string) =>
    engine
      .annotate(text)
      .entities.filter((e) => e.type === 'person')
      .map((e) => `${e.text}=${e.known ? e.english : '?'}`);
  const CASES: [label: string, input: string, found: string[]][] = [
    ['after a party', 'وقال عضو الكنيست عن حزب الليكود عميت هاليفي إن الحكومة فشلت', ['عميت هاليفي=?']],
    // must not match: a title the model left out of a speaker's name
    ['a title before a known name', 'واضاف الامام اسماعيل ان المدينة تضم عددا من المساجد', ['اسماعيل=?']],
  ];
  it.each(CASES)('%s: %s', (_label, input, found) => expect(shipped(input)).toEqual(found));
});
