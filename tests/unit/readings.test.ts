import { describe, expect, it } from 'vitest';
import { defaultEngineData } from '@/lib/engine/default-data';
import {
  alternatives,
  applyCorrections,
  correctionKey,
  nameStart,
  readMentions,
  type Correction,
} from '@/lib/readings';
import type { EntityMention } from '@/lib/types';

const gaz = defaultEngineData().gazetteer;
const idOf = (english: string) => {
  for (let i = 0; i < gaz.size; i++) if (gaz.entry(i).en === english) return gaz.entry(i).id;
  throw new Error(`not in the gazetteer: ${english}`);
};

describe('nameStart', () => {
  it.each([
    ['ودارفور', 'Darfur', 'دارفور'],
    ['للأمم المتحدة', 'United Nations', 'لأمم المتحدة'],
    ['وقوات الدعم السريع', 'Rapid Support Forces', 'قوات الدعم السريع'],
    ['وَبِبغداد', 'Baghdad', 'بغداد'],
    ['والخرطوم', 'Khartoum', 'الخرطوم'],
    // Names that begin with a clitic letter stay whole.
    ['بغداد', 'Baghdad', 'بغداد'],
    ['وجدة', 'Oujda', 'وجدة'],
    ['فيينا', 'Vienna', 'فيينا'],
  ])('%s read as %s is painted from %s', (surface, english, painted) => {
    expect(surface.slice(nameStart(surface, idOf(english), gaz))).toBe(painted);
  });

  it('is 0 for ids outside the gazetteer', () => {
    expect(nameStart('وسامي الحداد', 'doc:1', gaz)).toBe(0);
  });
});

describe('alternatives', () => {
  it('offers Jeddah (و + جدة) for وجدة read as Oujda, and Oujda for it read as Jeddah', () => {
    expect(alternatives('وجدة', idOf('Oujda'), gaz).map((r) => r.english)).toContain('Jeddah');
    expect(alternatives('وجدة', idOf('Jeddah'), gaz).map((r) => r.english)).toContain('Oujda');
  });
  it('offers nothing where the letters have one reading', () => {
    expect(alternatives('الخرطوم', idOf('Khartoum'), gaz)).toEqual([]);
  });
});

const mention = (text: string, english: string, start = 0): EntityMention => {
  const id = idOf(english);
  const e = gaz.entry(gaz.byId(id)!);
  return { start, end: start + text.length, text, type: e.type, english: e.en, romanized: '', id, known: true };
};
const correction = (fromId: string, form: string, to: Correction['to']): Correction => ({
  entityId: correctionKey(fromId, form),
  form,
  fromId,
  arabic: form,
  fromEnglish: 'x',
  toEnglish: null,
  to,
  url: 'https://news.example/a',
  updated: 1,
});

describe('readMentions with corrections', () => {
  const oujda = idOf('Oujda');
  const jeddah = idOf('Jeddah');
  const text = [mention('وجدة', 'Oujda'), mention('الخرطوم', 'Khartoum', 10)];

  it('another reading: وجدة becomes Jeddah, painted from جدة, with Oujda among its alternatives', () => {
    const [w, k] = readMentions(
      text,
      gaz,
      new Map([[correctionKey(oujda, 'وجده'), correction(oujda, 'وجده', { id: jeddah })]]),
    );
    expect(w).toMatchObject({ id: jeddah, english: 'Jeddah', type: 'place', correctedFrom: oujda, nameStart: 1 });
    expect(w!.alternatives!.map((a) => a.id)).toContain(oujda);
    expect(k).toMatchObject({ english: 'Khartoum' });
    expect(k!.correctedFrom).toBeUndefined();
  });

  it('not a name: the mention is dropped, the others stay', () => {
    const out = readMentions(text, gaz, new Map([[correctionKey(oujda, 'وجده'), correction(oujda, 'وجده', null)]]));
    expect(out.map((m) => m.english)).toEqual(['Khartoum']);
  });

  it('type and English name changed, the reading kept', () => {
    const out = applyCorrections(
      [{ ...text[1]!, form: 'الخرطوم' }],
      new Map([
        [
          correctionKey(text[1]!.id, 'الخرطوم'),
          correction(text[1]!.id, 'الخرطوم', { type: 'organization', english: 'Khartoum government' }),
        ],
      ]),
      () => undefined,
    );
    expect(out[0]).toMatchObject({ id: text[1]!.id, type: 'organization', english: 'Khartoum government' });
  });

  it('does not apply to the same letters read otherwise, nor to another form of the same reading', () => {
    const asJeddah = [{ ...mention('وجدة', 'Jeddah') }];
    const c = new Map([[correctionKey(oujda, 'وجده'), correction(oujda, 'وجده', null)]]);
    expect(readMentions(asJeddah, gaz, c)).toHaveLength(1);
    const other = new Map([[correctionKey(oujda, 'وجدا'), correction(oujda, 'وجدا', null)]]);
    expect(readMentions([mention('وجدة', 'Oujda')], gaz, other)).toHaveLength(1);
  });
});
