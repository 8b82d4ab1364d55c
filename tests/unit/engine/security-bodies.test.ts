// The prosecution and the public-security directorate named by a country's adjective are that
// country's bodies (lib/gazetteer/patterns.json), as the ministries and the police are; alone,
// or with no country after them, they are the sentence's nouns.
import { describe, expect, it } from 'vitest';
import { defaultEngine } from '@/lib/engine/default-data';

const engine = defaultEngine();
const bodies = (text: string): string[] =>
  engine
    .annotate(text)
    .entities.filter((e) => e.type === 'organization')
    .map((e) => `${e.text}: ${e.english}`);

describe('public prosecution and public security with a country', () => {
  const table: [string, string[]][] = [
    ['وأمرت النيابة العامة المصرية بحبس السائق', ['النيابة العامة المصرية: Public Prosecution of Egypt']],
    ['وقالت مصادر في النيابة العامة الليبية إن', ['النيابة العامة الليبية: Public Prosecution of Libya']],
    [
      'أعلنت مديرية الأمن العام الأردنية القبض على شخصين',
      ['مديرية الأمن العام الأردنية: Public Security Directorate of Jordan'],
    ],
    ['وقال الأمن العام الأردني في بيان إن', ['الأمن العام الأردني: Public Security Directorate of Jordan']],
    // the curated bodies keep their names
    ['وقال الأمن العام اللبناني إن', ['الأمن العام اللبناني: Lebanese General Security']],
    ['وقال جهاز الأمن العام الإسرائيلي إن', ['جهاز الأمن العام الإسرائيلي: Shin Bet']],
    // with no country, or a noun's adjective, no body is marked
    ['وقالت النيابة العامة إن التحقيق مستمر', []],
    ['حفاظا على الأمن العام والسلامة', []],
    ['وأكد أن الأمن العام مستقر في البلاد', []],
    // after a minister word the words are the portfolio, not the body (the Shin Bet)
    ['وقال وزير الأمن العام الإسرائيلي إن الشرطة', []],
    ['وزار وزير الأمن العام الأردني المركز', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(bodies(text)).toEqual(expected);
  });
});
