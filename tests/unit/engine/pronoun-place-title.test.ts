// محافظه: a place noun with the pronoun's ه ("its governor") titles the person after it; with ة
// (محافظة, the governorate) the name after it is the place's.
import { describe, expect, it } from 'vitest';
import { defaultEngine } from '@/lib/engine/default-data';

const engine = defaultEngine();
const typed = (text: string): string[] => engine.annotate(text).entities.map((e) => `${e.type}:${e.text}`);

describe('a place noun with the pronoun before a name', () => {
  it.each([
    ['وقال محافظه سامي الجابر إن التضخم تراجع', ['person:سامي الجابر']],
    ['وقال محافظه أيمن السياري إن التضخم تحت السيطرة', ['person:أيمن السياري']],
    ['وقال نائبه خالد العمري إن الاجتماع انتهى', ['person:خالد العمري']], // a title with the pronoun
    // must stay places: the governorate's own noun, written with ة
    ['وزار الوفد محافظة إدلب أمس', ['place:إدلب']],
    ['وقعت الاشتباكات في مدينة الزاوية غرب طرابلس', ['place:الزاوية', 'place:طرابلس']],
  ])('%s', (text, expected) => {
    expect(typed(text)).toEqual(expected);
  });
});
