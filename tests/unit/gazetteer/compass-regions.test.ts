// A compass word in construct before a continent is a direction, as NewsFANE's gold writes it:
// غرب أفريقيا marks أفريقيا. Regions news names with an adjective (أوروبا الغربية), North Africa
// (a region with its own name, شمال أفريقيا) and the country South Africa keep their entries.
import { describe, expect, it } from 'vitest';
import { defaultEngine } from '@/lib/engine/default-data';

const engine = defaultEngine();
const places = (text: string): string[] =>
  engine
    .annotate(text)
    .entities.filter((m) => m.type === 'place')
    .map((m) => `${m.text}=${m.english}`);

describe('compass words before a continent', () => {
  const CASES: [input: string, expected: string[]][] = [
    ['وانتشر المرض في غرب أفريقيا', ['أفريقيا=Africa']],
    ['وتعد دول جنوب شرق آسيا من الأسرع نموا', ['آسيا=Asia']],
    ['وزار شرق أوروبا', ['أوروبا=Europe']],
    // must keep their entries: an adjective's region, North Africa, the country South Africa
    ['وزار أوروبا الغربية', ['أوروبا الغربية=Western Europe']],
    ['وزار دول شمال أفريقيا', ['شمال أفريقيا=North Africa']],
    ['وفازت جنوب أفريقيا بالكأس', ['جنوب أفريقيا=South Africa']],
  ];
  it.each(CASES)('%s', (input, expected) => {
    expect(places(input)).toEqual(expected);
  });
});
