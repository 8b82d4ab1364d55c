import { describe, expect, it } from 'vitest';
import { nisbaBase, nisbaBases } from '../../../lib/text/nisba';
import { normalizeText } from '../../../lib/text/normalize';

const n = normalizeText;

describe('nisbaBase', () => {
  const cases: [string, string][] = [
    ['الروسية', 'روسي'],
    ['الروسيه', 'روسي'],
    ['روسية', 'روسي'],
    ['الروسي', 'روسي'],
    ['الأميركية', 'اميركي'],
    ['الأمريكيين', 'امريكي'],
    ['السوريون', 'سوري'],
    ['الجزائري', 'جزائري'],
    ['الإسرائيلية', 'اسرائيلي'],
    ['الإيرانيتين', 'ايراني'],
    ['الروسيتان', 'روسي'],
    ['الفرنسيات', 'فرنسي'],
    ['الأوكرانيان', 'اوكراني'],
    ['الرُّوسِيَّة', 'روسي'],
    ['تركي', 'تركي'],
  ];
  it.each(cases)('%s → %s', (word, base) => {
    expect(nisbaBase(n(word))).toBe(n(base));
  });

  // Not nisba-shaped: no final ي/ية/يون/يين/يات, or too short a stem before the ي.
  const negatives = [
    'وزير',
    'رئيس',
    'الرئيس',
    'الجزائر',
    'إيران',
    'روسيا',
    'في',
    'علي',
    'الذي',
    'التي',
    'قضية',
    'هوية',
    'الهوية',
    'بغداد',
    'سوريا',
    'لبنان',
  ];
  it.each(negatives)('%s is not nisba-shaped', (word) => {
    expect(nisbaBase(n(word))).toBeNull();
  });

  // Shape only: these return a base, and the gazetteer's demonym table (not this function) rejects it.
  const shapeOnly: [string, string][] = [
    ['كرسي', 'كرسي'],
    ['الدولية', 'دولي'],
  ];
  it.each(shapeOnly)('%s has the shape (base %s); the demonym table decides', (word, base) => {
    const demonyms = new Set(['روسي', 'سوري'].map(n));
    const b = nisbaBase(n(word));
    expect(b).toBe(n(base));
    expect(demonyms.has(b!)).toBe(false);
  });
});

describe('nisbaBases', () => {
  const cases: [string, string[]][] = [
    ['ألماني', ['ماني', 'الماني']],
    ['الألمانية', ['الماني', 'الالماني']],
    ['الروسية', ['روسي', 'الروسي']],
    ['روسية', ['روسي']],
    ['الذي', ['الذي']],
    ['الجزائر', []],
    ['وزير', []],
  ];
  it.each(cases)('%s → %j', (word, bases) => {
    expect(nisbaBases(n(word))).toEqual(bases.map(n));
  });

  it('a demonym table picks the real reading', () => {
    const demonyms = new Map(
      [
        ['الماني', 'DE'],
        ['روسي', 'RU'],
      ].map(([k, v]) => [n(k!), v!]),
    );
    const pick = (w: string): string | undefined =>
      nisbaBases(n(w))
        .map((b) => demonyms.get(b))
        .find(Boolean);
    expect(pick('ألماني')).toBe('DE');
    expect(pick('الألمانية')).toBe('DE');
    expect(pick('الروسية')).toBe('RU');
    expect(pick('الرئيس')).toBeUndefined();
    expect(pick('الدولية')).toBeUndefined();
  });
});
