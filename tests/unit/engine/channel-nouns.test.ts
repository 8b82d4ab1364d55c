// A channel no list holds, named by a definite word, keeps its noun (قناة المحور); a listed
// channel (قناة الجزيرة) and a name with no article (لقناة فوكس) leave it out.
import { describe, expect, it } from 'vitest';
import { createEngine } from '@/lib/engine';
import { smallData } from './fixture';

const engine = createEngine(
  smallData({}, [
    {
      id: 'hamish:org:al-arabiya',
      type: 'organization',
      en: 'Al Arabiya',
      ar: ['العربية'],
      ambiguous: ['العربية'],
      desc: 'News channel',
    },
  ]),
);

const marks = (text: string): string[] =>
  engine
    .annotate(text)
    .entities.filter((m) => m.type !== 'demonym')
    .map((m) => `${m.type}:${m.text}${m.known ? `=${m.english}` : ''}`);

describe('a channel no list holds, named by a definite word', () => {
  const CASES: [text: string, expected: string[]][] = [
    ['والبرنامج يذاع على قناة المحور كل أسبوع', ['organization:قناة المحور']],
    ['وقال المدير العام لقناة الرسالة إن', ['organization:لقناة الرسالة']],
    // must not match: a listed channel leaves its noun out, a bare foreign name too, and the
    // definite noun is the channel already named
    ['وقالت قناة الجزيرة إن الوفد وصل', ['organization:الجزيرة=Al Jazeera']],
    ['وقال في تصريح لقناة فوكس إن', ['organization:فوكس']],
    ['وقالت القناة المحلية إن', []],
    ['وقال مراسل قناة العربية إن', ['organization:العربية=Al Arabiya']],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
