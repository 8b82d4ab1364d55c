// A club named after its noun (نادي الجزيرة, فريق الاتحاد) is the club even when its name is also a
// cue noun or a common word, and it is not the channel or island of the same spelling.
import { describe, expect, it } from 'vitest';
import { createEngine } from '@/lib/engine';
import { smallData } from './fixture';

// The fixture's gazetteer has الجزيرة as the channel (Al Jazeera).
const engine = createEngine(smallData());
const marks = (text: string): string[] =>
  engine
    .annotate(text)
    .entities.filter((m) => m.type !== 'demonym')
    .map((m) => `${m.type}:${m.text}:${m.id?.startsWith('doc:') ? 'guess' : m.id}`);

describe('clubs named after their noun', () => {
  const CASES: [text: string, expected: string[]][] = [
    ['وألقى رئيس وفد نادي الجزيرة كلمة خلال الحفل', ['organization:الجزيرة:guess']],
    ['وحصل لاعب فريق الجزيرة على جائزة', ['organization:الجزيرة:guess']],
    ['وقال رئيس نادي الاتحاد إن الفريق جاهز', ['organization:الاتحاد:guess']],
    // must not match: the noun's working groups, the island or the union without a club noun
    ['وقال رئيس فريق العمل إن التقرير جاهز', []],
    ['ووصل الوفد إلى الجزيرة أمس', []],
    ['وأعلن الاتحاد عن خطة جديدة', []],
    ['وبثت قناة الجزيرة الخبر', ['organization:الجزيرة:hamish:org:al-jazeera']],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
