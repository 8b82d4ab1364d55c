// The engine's path into the tagger (labelsOf: a page's form ids and gazetteer codes, no token
// objects) must label every sentence exactly as tag() does on the same tokens.
import { describe, expect, it } from 'vitest';
import model from '../../../lib/ner/model.generated.json';
import { loadNerModel, TAGS, type NerInputToken, type NerPage } from '../../../lib/ner/model';
import { tokenTable, tokenObjects } from '../../../lib/text/tokens';
import type { EntityType } from '../../../lib/types';

const ner = loadNerModel(model);
const CODE: Record<EntityType, number> = { person: 1, place: 2, organization: 3 };

/** A page of one sentence with gazetteer spans [start, end, type]; the same tokens as tag() takes them. */
function page(text: string, gaz: [number, number, EntityType][] = []): { page: NerPage; input: NerInputToken[] } {
  const table = tokenTable(text);
  const input: NerInputToken[] = tokenObjects(table).map((t) => ({ norm: t.norm, kind: t.kind, gazType: null }));
  const codes = new Uint8Array(table.length);
  for (const [s, e, type] of gaz) {
    for (let i = s; i < e; i++) {
      codes[i] = CODE[type] * 2 + (i === s ? 1 : 0);
      input[i] = { ...input[i]!, gazType: type, gazBegin: i === s };
    }
  }
  return { page: { forms: table.forms, form: table.form, gaz: codes }, input };
}

const tagged = (input: NerInputToken[]) => ner.tag(input).map((t) => TAGS.indexOf(t));

describe('labelsOf', () => {
  const cases: [string, [number, number, EntityType][]][] = [
    ['قال الرئيس الكيني ويليام روتو إن بلاده مستعدة', []],
    ['وصل وزير الخارجية الفرنسي جان نويل بارو إلى بيروت أمس', [[8, 9, 'place']]],
    ['أعلنت حركة حماس أن وفدا سيزور القاهرة', [[6, 7, 'place']]],
    ['وقال المتحدث باسم الحكومة إن الاجتماع انتهى دون اتفاق', []],
    ['ارتفعت أسعار النفط في الأسواق العالمية اليوم', []],
  ];
  it.each(cases)('labels as tag() does: %s', (text, gaz) => {
    const { page: p, input } = page(text, gaz);
    const want = tagged(input);
    expect(want.some((l) => l > 0) || !/روتو|بارو|حماس/.test(text)).toBe(true);
    expect([...ner.labelsOf!(p, 0, p.form.length)]).toEqual(want);
  });

  it('labels a range of the page as that sentence alone', () => {
    const { page: p, input } = page('أمس . قال الرئيس الكيني ويليام روتو إن بلاده مستعدة');
    expect([...ner.labelsOf!(p, 2, p.form.length)]).toEqual(tagged(input.slice(2)));
  });

  it('forgets form ids when the form list changes (a new page table)', () => {
    // The same ids name other words in the second list: labels must follow the words.
    const a: NerPage = { forms: ['قال', 'الرئيس', 'روتو'], form: Int32Array.of(0, 1, 2), gaz: new Uint8Array(3) };
    const b: NerPage = { forms: ['روتو', 'قال', 'الرئيس'], form: Int32Array.of(1, 2, 0), gaz: new Uint8Array(3) };
    const c: NerPage = { forms: ['في', 'السوق', 'اليوم'], form: Int32Array.of(0, 1, 2), gaz: new Uint8Array(3) };
    const first = [...ner.labelsOf!(a, 0, 3)];
    expect(first).toEqual(tagged(['قال', 'الرئيس', 'روتو'].map((norm) => ({ norm, kind: 'arabic' }))));
    expect([...ner.labelsOf!(b, 0, 3)]).toEqual(first);
    expect([...ner.labelsOf!(c, 0, 3)]).toEqual(
      tagged(['في', 'السوق', 'اليوم'].map((norm) => ({ norm, kind: 'arabic' }))),
    );
    expect([...ner.labelsOf!(c, 0, 3)]).not.toEqual(first);
  });
});
