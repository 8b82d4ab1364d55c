import { describe, expect, it } from 'vitest';
import { Interner } from '../../../lib/text/interner';
import { ODD, tokenAt, tokenTable } from '../../../lib/text/tokens';

describe('tokenTable', () => {
  it('gives the tokens tokenize gives, in parallel arrays', () => {
    const text = 'قالَ الرئيسُ في 18/9/2021: «Macron» وبـغداد 😀 x\u200Cy الرئيس';
    const t = tokenTable(text);
    const rows = Array.from({ length: t.length }, (_, i) => tokenAt(t, i));
    expect(rows.map((r) => [r.kind, r.text, r.norm])).toEqual([
      ['arabic', 'قالَ', 'قال'],
      ['arabic', 'الرئيسُ', 'الرييس'],
      ['arabic', 'في', 'في'],
      ['number', '18', '18'],
      ['punct', '/', '/'],
      ['number', '9', '9'],
      ['punct', '/', '/'],
      ['number', '2021', '2021'],
      ['punct', ':', ':'],
      ['punct', '«', '«'],
      ['latin', 'Macron', 'Macron'],
      ['punct', '»', '»'],
      ['arabic', 'وبـغداد', 'وبغداد'],
      ['punct', '😀', '😀'],
      ['latin', 'x\u200Cy', 'xy'],
      ['arabic', 'الرئيس', 'الرييس'],
    ]);
    for (const r of rows) expect(text.slice(r.start, r.end)).toBe(r.text);
  });

  it('marks the tokens whose text is not their form, and only those', () => {
    const t = tokenTable('قالَ قال');
    expect(t.kind[0]! & ODD).toBe(ODD);
    expect(t.kind[1]! & ODD).toBe(0);
    expect(tokenAt(t, 1).text).toBe('قال');
  });

  it('gives one form id, and one string, to every token of the same normal form', () => {
    const t = tokenTable('الرئيسُ قال الرئيس، قالت الرئيس');
    const norms = Array.from({ length: t.length }, (_, i) => tokenAt(t, i).norm);
    expect(norms).toEqual(['الرييس', 'قال', 'الرييس', '،', 'قالت', 'الرييس']);
    expect(t.form[0]).toBe(t.form[2]);
    expect(t.form[2]).toBe(t.form[5]);
    expect(t.form[1]).not.toBe(t.form[4]); // قال is a prefix of قالت, not the same form
    expect(new Set([t.form[0], t.form[1], t.form[3], t.form[4]]).size).toBe(4);
    expect(t.forms[t.form[0]!]).toBe('الرييس');
  });

  it('keeps a form id stable from one call to the next', () => {
    const a = tokenTable('بغداد دمشق');
    const b = tokenTable('دمشق بغداد');
    expect(b.form[1]).toBe(a.form[0]);
    expect(b.form[0]).toBe(a.form[1]);
  });

  it('is empty for text with no tokens', () => {
    expect(tokenTable(' \n\u200F ').length).toBe(0);
  });
});

describe('Interner', () => {
  it('returns the same id for the same characters wherever they lie, and new ids otherwise', () => {
    const n = new Interner();
    const a = n.intern('xabcx', 1, 4);
    expect(n.intern('abc', 0, 3)).toBe(a);
    expect(n.intern('abcd', 0, 4)).not.toBe(a);
    expect(n.intern('ab', 0, 2)).not.toBe(a);
    expect(n.intern('', 0, 0)).toBe(n.intern('q', 0, 0));
    expect(n.strings[a]).toBe('abc');
  });

  it('keeps every form through growth', () => {
    const n = new Interner();
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}`);
    const ids = words.map((w) => n.intern(w, 0, w.length));
    expect(new Set(ids).size).toBe(words.length);
    expect(words.map((w) => n.intern(` ${w} `, 1, w.length + 1))).toEqual(ids);
    expect(n.size).toBe(words.length);
  });

  it('starts a new array on clear, so forms handed out before stay as they were', () => {
    const n = new Interner();
    n.intern('abc', 0, 3);
    const before = n.strings;
    n.clear();
    expect(n.size).toBe(0);
    expect(n.intern('xyz', 0, 3)).toBe(0);
    expect(before).toEqual(['abc']);
    expect(n.strings).toEqual(['xyz']);
  });
});

describe('Interner copies', () => {
  it('gives long forms the same characters as short ones', () => {
    const n = new Interner();
    const long = 'x'.repeat(5) + 'عبدالرحمنالمنصوري' + 'y'.repeat(5);
    const id = n.intern(long, 5, long.length - 5);
    expect(n.strings[id]).toBe('عبدالرحمنالمنصوري');
    expect(n.intern('عبدالرحمنالمنصوري', 0, 17)).toBe(id);
  });
});
