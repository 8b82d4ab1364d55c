// A list's person that the tagger took without its first name written و + a given name (وروي
// ماكاي) takes it when another person of the list stands right before it or opens with و after it.
import { describe, expect, it } from 'vitest';
import { smallEngine } from './fixture';

const persons = (text: string) =>
  smallEngine
    .annotate(text)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.text);

describe('list items opened by و + a given name', () => {
  const CASES: [input: string, found: string[]][] = [
    ['التقى أولاف شولتس وروي مودي في العاصمة', ['أولاف شولتس', 'وروي مودي']],
    ['التقى أولاف شولتس، وروي مودي في العاصمة', ['أولاف شولتس', 'وروي مودي']],
    ['اجتمع مع وروي مودي وأولاف شولتس في العاصمة', ['وروي مودي', 'وأولاف شولتس']],
    // a name of the loose list only between two persons of the list
    ['التقى أولاف شولتس وعباس مودي وأولاف شولتس', ['أولاف شولتس', 'وعباس مودي', 'وأولاف شولتس']],
    ['التقى أولاف شولتس وعباس مودي في العاصمة', ['أولاف شولتس', 'مودي']],
    // must not match: وعلي (وعلى before a noun), والحان (a definite noun), no other person of a list,
    // a word that is no given name
    ['التقى أولاف شولتس وعلي مودي في العاصمة', ['أولاف شولتس', 'مودي']],
    ['غنى أولاف شولتس والحان مودي في العاصمة', ['أولاف شولتس', 'مودي']],
    ['وصل الوفد وروي مودي في العاصمة', ['مودي']],
    ['التقى أولاف شولتس وكان مودي في العاصمة', ['أولاف شولتس', 'مودي']],
  ];
  it.each(CASES)('%s', (input, found) => expect(persons(input)).toEqual(found));
});
