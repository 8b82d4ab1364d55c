// A body named by its officer's title: الرئيس التنفيذي لكيوتل, المدير العام لبتروفاك. A definite
// word, a common word, a verb or a name other stages took after the title is left alone.
import { describe, expect, it } from 'vitest';
import { foundBy, smallEngine } from './fixture';

const found = foundBy(smallEngine);

describe('a body after its officer', () => {
  const CASES: [input: string, expected: string[]][] = [
    ['وقال الرئيس التنفيذي لكيوتل إن الشركة توسعت', ['organization:لكيوتل']],
    ['وأكد المدير العام لبتروفاك أن الأرباح زادت', ['organization:لبتروفاك']],
    ['وقال العضو المنتدب لأرامكس إن الطلب ارتفع', ['organization:لأرامكس']],
    ['وقال المدير التنفيذي لكابتال مناجمنت إن', ['organization:لكابتال مناجمنت']],
    // must not match: a definite word, a common word, a verb, no office before, a known name
    ['وقال المدير العام للشركة إن الأرباح زادت', []],
    ['وقال المدير العام للقرض العقاري إن', []],
    ['وقال المدير العام لكل الفروع إن', []],
    ['وقال المدير العام ليؤكد أن الخطة ناجحة', []],
    ['وقال المدير الجديد لكيوتل إن', []],
    ['وباع الرجل أسهمه لكيوتل أمس', []],
    ['وقال الرئيس التنفيذي لروسيا إن', ['place:لروسيا']],
  ];
  it.each(CASES)('%s', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});
