// A listed paper named by a city leaves the noun out and keeps its own entry (جريدة القدس →
// القدس, the paper).
import { describe, expect, it } from 'vitest';
import { createEngine } from '@/lib/engine';
import { smallData } from './fixture';

const engine = createEngine(
  smallData({}, [
    { id: 'Q1218', type: 'place', en: 'Jerusalem', ar: ['القدس'], desc: 'City', country: 'PS', rank: 50 },
    {
      id: 'hamish:org:al-quds-newspaper',
      type: 'organization',
      en: 'Al-Quds',
      ar: ['صحيفة القدس', 'جريدة القدس'],
      desc: 'Palestinian daily',
    },
    { id: 'hamish:org:qatar-sc', type: 'organization', en: 'Qatar SC', ar: ['نادي قطر'], desc: 'Qatari club' },
    {
      id: 'hamish:org:al-arabiya',
      type: 'organization',
      en: 'Al Arabiya',
      ar: ['العربية'],
      ambiguous: ['العربية'],
      desc: 'News channel',
    },
    { id: 'Q846', type: 'place', en: 'Qatar', ar: ['قطر'], desc: 'Country', country: 'QA', rank: 100 },
  ]),
);

const marks = (text: string): string[] =>
  engine
    .annotate(text)
    .entities.filter((m) => m.type !== 'demonym')
    .map((m) => `${m.type}:${m.text}${m.known ? `=${m.english}` : ''}`);

describe('a listed paper named by a city', () => {
  const CASES: [text: string, expected: string[]][] = [
    ['وقال في حديث نشرته جريدة القدس أمس', ['organization:القدس=Al-Quds']],
    ['ونقلت صحيفة القدس عن مصادر', ['organization:القدس=Al-Quds']],
    ['وكتبت لصحيفة القدس مقالا', ['organization:القدس=Al-Quds']],
    // must not match: the city without the paper's noun, the noun with the article (the paper
    // already named), and a listed club, whose noun the gold keeps (نادي قطر)
    ['وصل الوفد إلى القدس أمس', ['place:القدس=Jerusalem']],
    ['وقالت الصحيفة إن القدس تشهد توترا', ['place:القدس=Jerusalem']],
    ['وفاز نادي قطر أمس', ['organization:نادي قطر=Qatar SC']],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
