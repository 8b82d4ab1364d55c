import { describe, expect, it } from 'vitest';
import { parseSilver } from '../../../scripts/train/neural/silver';
import { goldLine, textLine } from '../../../scripts/train/neural/export-data';
import { trainTagger } from '../../../scripts/train/ner-trainer';
import { loadNerModel } from '../../../lib/ner/model';
import { cueLexicon } from '../../../lib/ner/cues';
import { tokenize } from '../../../lib/text';
import { toGold, type GoldSentence } from '../../../scripts/eval/newsfane';

const line = (w: string[], t: string[], p: number): string => JSON.stringify({ w, t, p });
const all = { minP: 0, max: Infinity };

describe('silver reader', () => {
  const raw = [
    line(['زار', 'كمال', 'سليمان', 'حلب'], ['O', 'B-person', 'I-person', 'B-place'], 0.97),
    line(['وصل', 'الوفد', 'الي', 'عمان'], ['O', 'O', 'O', 'B-place'], 0.4),
    '',
    line(['قال', 'CNN', '2017', '.'], ['O', 'B-organization', 'O', 'O'], 0.99),
  ].join('\n');

  it('reads forms and tags, with each word kind as lib/text gives it', () => {
    const got = parseSilver(raw, all);
    expect(got.map((s) => s.map((t) => t.tag))).toEqual([
      ['O', 'B-person', 'I-person', 'B-place'],
      ['O', 'O', 'O', 'B-place'],
      ['O', 'B-organization', 'O', 'O'],
    ]);
    expect(got[2]!.map((t) => t.kind)).toEqual(['arabic', 'latin', 'number', 'punct']);
    expect(got[0]!.map((t) => t.norm)).toEqual(['زار', 'كمال', 'سليمان', 'حلب']);
  });

  it('keeps only readings the teacher is sure enough of, in file order, up to the maximum', () => {
    expect(parseSilver(raw, { minP: 0.9, max: Infinity }).map((s) => s[0]!.norm)).toEqual(['زار', 'قال']);
    expect(parseSilver(raw, { minP: 0, max: 2 }).map((s) => s[0]!.norm)).toEqual(['زار', 'وصل']);
    expect(parseSilver(raw, { minP: 0.995, max: Infinity })).toEqual([]);
  });

  it('stops on a malformed line, naming it', () => {
    const bad: [string, RegExp][] = [
      ['{"w": ["زار"], "t": ["O"]', /f:2: not JSON/],
      [line(['زار', 'حلب'], ['O'], 1), /f:2: expected/],
      [line(['زار'], ['B-PER'], 1), /f:2: expected/],
      [JSON.stringify({ w: ['زار'], t: ['O'] }), /f:2: expected/],
      [line([], [], 1), /f:2: expected/],
    ];
    for (const [l, msg] of bad) expect(() => parseSilver(`${line(['زار'], ['O'], 1)}\n${l}`, all, 'f')).toThrow(msg);
  });
});

describe('teacher data lines', () => {
  it('write normal forms, forms without clitics, tags and the block', () => {
    const s = toGold([
      { text: 'وصل', fine: 'O', tag: 'O' },
      { text: 'للعراق', fine: 'Nation', tag: 'B-place' },
      { text: 'وبيروت', fine: 'Population-Center', tag: 'B-place' },
    ]);
    // Clitics come off only with the article (clitics().bare): وبيروت may be a name of its own.
    expect(JSON.parse(goldLine(s, 3))).toEqual({
      w: ['وصل', 'للعراق', 'وبيروت'],
      b: ['وصل', 'عراق', 'وبيروت'],
      t: ['O', 'B-place', 'B-place'],
      blk: 3,
    });
    expect(JSON.parse(textLine(['والعراق']))).toEqual({ w: ['والعراق'], b: ['عراق'] });
  });
});

describe('training with silver sentences', () => {
  const sentence = (words: string, tags: string[]): GoldSentence =>
    tokenize(words).map((t, i) => ({ text: t.text, norm: t.norm, kind: t.kind, fine: 'x', tag: tags[i] as 'O' }));
  // Gold never names anyone after "التقى"; the silver text does, every time.
  const gold = Array.from({ length: 20 }, () => sentence('التقى الوزير امس وفدا كبيرا', ['O', 'O', 'O', 'O', 'O']));
  const silver = Array.from({ length: 20 }, () =>
    sentence('التقى زيدون امس وفدا كبيرا', ['O', 'B-person', 'O', 'O', 'O']),
  );
  const tagOf = (withSilver: boolean): string => {
    const { json } = trainTagger(gold, {
      bits: 12,
      epochs: 3,
      dropout: 0,
      trainedOn: 'test',
      ...(withSilver ? { silver: { sentences: silver, perEpoch: 10 } } : {}),
    });
    const words = tokenize('التقى زيدون امس').map((t) => ({ norm: t.norm, kind: t.kind }));
    return loadNerModel(json, cueLexicon()).tag(words)[1]!;
  };

  it('learns what the silver sentences teach, and nothing without them', () => {
    expect(tagOf(true)).toBe('B-person');
    expect(tagOf(false)).toBe('O');
  });
});
