// A channel named by an adjective (العربية) right after a definite noun is that noun's adjective.
import { describe, expect, it } from 'vitest';
import { createEngine } from '@/lib/engine';
import { smallData, typedBy } from './fixture';

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
const bodies = typedBy(engine, 'organization');

describe('a channel named by an adjective after a definite noun', () => {
  const CASES: [text: string, expected: string[]][] = [
    ['وقال مراسل قناة العربية إن القصف استمر', ['العربية']],
    ['وذكرت شبكة العربية أن الوفد وصل', ['العربية']],
    // must not match: the adjective of a definite noun
    ['نتشاور مع الإخوة في المجموعة العربية والجامعة', []],
    ['وأوضح ممثل الشركة العربية أن العقد', []],
    // any definite noun, even with a body listed after it
    ['وتعمل المنظمة بالتنسيق مع الدول العربية والناتو', ['والناتو']],
    ['وقال إن الحكومات العربية والناتو تدعم الخطة', ['والناتو']],
    ['ونقلت العربية والجزيرة عن مصادر أن الوفد وصل', ['العربية', 'والجزيرة']],
    ['وقال مدير الشركة العربية للاستثمار إن', ['الشركة العربية للاستثمار']],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(bodies(text)).toEqual(expected);
  });
});
