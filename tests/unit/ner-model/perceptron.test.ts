import { describe, expect, it } from 'vitest';
import { FeatureExtractor } from '../../../lib/ner/model/features';
import { Trainer, allowed } from '../../../lib/ner/model/perceptron';
import { loadNerModel, modelFromTable, serializeNerModel, TAGS, type NerTag } from '../../../lib/ner/model';
import { buildCueLexicon } from '../../../lib/ner/cues';
import { tokenize } from '../../../lib/text';

// A tiny in-memory corpus: "<word>/<tag>" pairs; names are invented.
const CORPUS = [
  'زار/O زيدون/B-person قرطال/I-person مدينة/O برقان/B-place أمس/O',
  'وقال/O زيدون/B-person قرطال/I-person إن/O شركة/B-organization نوران/I-organization تعمل/O',
  'وصل/O الوفد/O إلى/O برقان/B-place ثم/O غادر/O',
  'أعلنت/O شركة/B-organization نوران/I-organization الأرباح/O',
  'قال/O المسؤول/O إن/O الاجتماع/O انتهى/O',
];

function parse(line: string): { tokens: ReturnType<typeof tokenize>; gold: number[] } {
  const pairs = line.split(' ').map((p) => p.split('/') as [string, NerTag]);
  const tokens = tokenize(pairs.map((p) => p[0]).join(' '));
  return { tokens, gold: pairs.map((p) => TAGS.indexOf(p[1])) };
}

function train(epochs: number): Trainer {
  const trainer = new Trainer(12, new FeatureExtractor(buildCueLexicon()));
  const data = CORPUS.map(parse);
  for (let e = 0; e < epochs; e++) for (const s of data) trainer.trainSentence(s.tokens, s.gold);
  return trainer;
}

describe('averaged perceptron', () => {
  it('an untrained table tags everything O', () => {
    const m = modelFromTable(new Trainer(12, new FeatureExtractor(buildCueLexicon())).averaged());
    expect(m.tag(parse(CORPUS[0]!).tokens)).toEqual(Array(6).fill('O'));
  });

  it.each(CORPUS)('learns its training sentence: %s', (line) => {
    const m = modelFromTable(train(10).averaged());
    const { tokens, gold } = parse(line);
    expect(m.tag(tokens)).toEqual(gold.map((g) => TAGS[g]));
  });

  it('makes no errors on the last epoch once the data is learned', () => {
    const trainer = train(10);
    const errors = CORPUS.map(parse).reduce((n, s) => n + trainer.trainSentence(s.tokens, s.gold), 0);
    expect(errors).toBe(0);
  });

  it('survives serialisation (quantised) with the same tags', () => {
    const table = train(10).averaged();
    const json = serializeNerModel(table, { scale: 64, epochs: 10, license: 'test', source: 'test' });
    const a = modelFromTable(table);
    const b = loadNerModel(JSON.parse(JSON.stringify(json)));
    for (const line of CORPUS) {
      const { tokens } = parse(line);
      expect(b.tag(tokens)).toEqual(a.tag(tokens));
    }
  });

  it('refuses a model built with other features', () => {
    const json = serializeNerModel(train(1).averaged(), { scale: 8, epochs: 1, license: 't', source: 't' });
    expect(() => loadNerModel({ ...json, featureVersion: json.featureVersion + 1 })).toThrow(/feature version/);
  });

  it('returns an empty array for no tokens', () => {
    expect(modelFromTable(train(1).averaged()).tag([])).toEqual([]);
  });

  // [previous label, label, allowed] over TAGS indexes (-1 = sentence start).
  const transitions: [number, number, boolean][] = [
    [-1, 1, true],
    [-1, 2, false],
    [1, 2, true],
    [2, 2, true],
    [3, 2, false],
    [0, 4, false],
    [3, 4, true],
    [5, 6, true],
    [1, 6, false],
    [6, 0, true],
  ];
  it.each(transitions)('transition %i → %i allowed: %s', (prev, l, ok) => {
    expect(allowed(prev, l)).toBe(ok);
  });
});
