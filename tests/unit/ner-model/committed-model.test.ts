import { describe, expect, it } from 'vitest';
import model from '../../../lib/ner/model.generated.json';
import { loadNerModel, type NerInputToken } from '../../../lib/ner/model';
import { tokenize } from '../../../lib/text';

const ner = loadNerModel(model);

function spans(tokens: readonly (NerInputToken & { text?: string })[]): string[] {
  const tags = ner.tag(tokens);
  const out: string[] = [];
  tags.forEach((t, i) => {
    const word = tokens[i]!.text ?? tokens[i]!.norm;
    if (t.startsWith('B-')) out.push(`${t.slice(2)}:${word}`);
    else if (t.startsWith('I-')) out[out.length - 1] += ` ${word}`;
  });
  return out;
}

describe('committed NER model', () => {
  // Own sentences; [text, expected "type:surface" spans].
  const cases: [string, string[]][] = [
    ['قال الرئيس الكيني ويليام روتو إن بلاده مستعدة', ['person:ويليام روتو']],
    ['وصل وزير الخارجية الفرنسي جان نويل بارو إلى بيروت أمس', ['person:جان نويل بارو', 'place:بيروت']],
    // The descriptor حركة stays outside, as the project's passages write حماس (tests/eval/load-passages.ts).
    ['أعلنت حركة حماس أن وفدا سيزور القاهرة', ['organization:حماس', 'place:القاهرة']],
    ['وقالت وزارة الخارجية الروسية في بيان', ['organization:وزارة الخارجية الروسية']],
    // Sentences without names must come back empty.
    ['قال المسؤول إن الاجتماع انتهى', []],
    ['وانتهى الاجتماع دون اتفاق بعد ساعات من النقاش', []],
    ['ارتفعت أسعار النفط في الأسواق العالمية اليوم', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(spans(tokenize(text))).toEqual(expected);
  });

  // An invented place name is O on its own and a place once the caller says the gazetteer knows it.
  const gazCases: [string, number][] = [
    ['وقعت اشتباكات في كرتالا أمس', 3],
    ['سافر إلى كرتالا ثم إلى دمشق', 2],
  ];
  it.each(gazCases)('uses gazetteer flags passed by the caller: %s', (text, i) => {
    const tokens: (NerInputToken & { text: string })[] = tokenize(text);
    expect(spans(tokens)).not.toContain('place:كرتالا');
    tokens[i] = { ...tokens[i]!, gazType: 'place', gazBegin: true };
    expect(spans(tokens)).toContain('place:كرتالا');
  });

  it('always returns valid BIO', () => {
    const tags = ner.tag(tokenize('والتقى الأمين العام للأمم المتحدة أنطونيو غوتيريش في جنيف وفد الاتحاد الأوروبي'));
    tags.forEach((t, i) => {
      if (t.startsWith('I-')) expect([`B-${t.slice(2)}`, t]).toContain(tags[i - 1]);
    });
  });
});
