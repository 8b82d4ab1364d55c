// A guessed body's country adjective: after a definite word it is the body's own (منظمة حقوق
// الإنسان التركية), after a foreign name it is not (مجموعة فاغنر الروسية).
import { describe, expect, it } from 'vitest';
import { createEngine } from '@/lib/engine';
import { smallData, typedBy } from './fixture';

const engine = createEngine(smallData());
const bodies = typedBy(engine, 'organization');

describe('country adjectives after guessed bodies', () => {
  const CASES: [text: string, expected: string[]][] = [
    ['وتظاهر أعضاء منظمة حقوق الإنسان التركية أمس', ['منظمة حقوق الإنسان التركية']],
    ['وكانت منظمة الأغذية والأدوية الأميركية قد صدقت', ['منظمة الأغذية والأدوية الأميركية']],
    // must not match: the adjective after a foreign name stays out
    ['وقالت منظمة أوكسفام الروسية إن', ['منظمة أوكسفام']],
    ['وأعلنت هيئة كونكو الأميركية أن', ['هيئة كونكو']],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(bodies(text)).toEqual(expected);
  });
});
