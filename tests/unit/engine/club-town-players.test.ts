// After a player's or coach's word a known town that opens the title rule's name is the club named
// after it, and the person is the words after it (lib/engine/unknown.ts).
import { describe, expect, it } from 'vitest';
import { defaultEngine } from '@/lib/engine/default-data';

const engine = defaultEngine();
const people = (text: string): string[] =>
  engine
    .annotate(text)
    .entities.filter((m) => m.type === 'person')
    .map((m) => m.text);

describe('a club named after its town between a player word and his name', () => {
  const CASES: [input: string, expected: string[]][] = [
    ['وقال لاعب نابولي خفيتشا كفاراتسخيليا إن الفريق جاهز', ['خفيتشا كفاراتسخيليا']],
    ['وقال مدرب مصر حسام حسن إن الفريق جاهز', ['حسام حسن']],
    // must not change: no player or coach word before the name, or the name after the town alone
    ['وقال الرئيس جورج بوش إن الوضع صعب', ['جورج بوش']],
    ['وقال مدرب الأهلي مارسيل كولر إن الفريق جاهز', ['مارسيل كولر']],
  ];
  it.each(CASES)('%s', (input, expected) => {
    expect(people(input)).toEqual(expected);
  });
});
