import { describe, expect, it } from 'vitest';
import { clusterPrefixes, encodeClusters, parseClusters, type ClusterJson } from '../../../lib/ner/model/clusters';
import { FeatureExtractor } from '../../../lib/ner/model/features';
import { cueLexicon } from '../../../lib/ner/cues';
import { tokenize } from '../../../lib/text';
import { clitics } from '../../../lib/text/clitics';
import committed from '../../../lib/ner/model.generated.json';
import { encodeNerModelBinary, loadNerModel, type NerModelJson } from '../../../lib/ner/model';
import { modelPartsFromBinary, NER_BINARY_FORMAT } from '../../../lib/ner/model/binary';

const bare = (w: string): string => clitics(tokenize(w)[0]!.norm).bare;
// Leaves of a depth-8 tree: the first two share their first seven bits, the third none.
const table = encodeClusters(
  new Map([
    [bare('بيروت'), 0b1010_0000],
    [bare('دمشق'), 0b1010_0001],
    [bare('قال'), 0b0011_0000],
  ]),
  8,
);

describe('word cluster table', () => {
  it('round-trips through its stored form', () => {
    const c = parseClusters(JSON.parse(JSON.stringify(table)) as ClusterJson);
    expect(c.depth).toBe(8);
    expect(c.leafOf.get(bare('دمشق'))).toBe(0b1010_0001);
    expect(table.groups.length).toBe(0b1010_0001 + 1); // empty leaves past the last are not stored
  });

  // [word, prefixes of 1, 3 and 9 bits (9 > depth: the whole path)]; null: not in the table
  const cases: [string, number[] | null][] = [
    ['بيروت', [1, 0b101, 0b1010_0000]],
    ['دمشق', [1, 0b101, 0b1010_0001]],
    ['قال', [0, 0b001, 0b0011_0000]],
    ['عمان', null],
    ['', null],
  ];
  it.each(cases)('gives %s the path prefixes %j', (w, want) => {
    const c = parseClusters(table);
    expect(clusterPrefixes(c, w ? bare(w) : '', [1, 3, 9])).toEqual(want);
  });

  const bad: [string, ClusterJson][] = [
    ['another format', { ...table, format: 'x' as 'hamish-word-clusters' }],
    ['depth 0', { ...table, depth: 0 }],
    ['more groups than leaves', { ...table, depth: 7 }],
  ];
  it.each(bad)('refuses a table with %s', (_, json) => {
    expect(() => parseClusters(json)).toThrow(/cluster table/);
  });

  it('refuses to store a word with a space', () => {
    expect(() => encodeClusters(new Map([['a b', 0]]), 1)).toThrow(/cannot be stored/);
  });
});

describe('cluster features', () => {
  const norm = (w: string): string => tokenize(w)[0]!.norm;
  const withTable = new FeatureExtractor(cueLexicon(), parseClusters(table));
  const without = new FeatureExtractor(cueLexicon());
  const shared = (a: Int32Array, b: Int32Array): number => [...a].filter((x) => b.includes(x)).length;

  it('adds nothing without a table', () => {
    const a = without.word(norm('بيروت'));
    const b = new FeatureExtractor(cueLexicon()).word(norm('بيروت'));
    expect([...a.feats]).toEqual([...b.feats]);
  });

  it('gives words of one cluster shared features that words of another lack', () => {
    const beirut = withTable.word(norm('بيروت'));
    const damascus = withTable.word(norm('دمشق'));
    const said = withTable.word(norm('قال'));
    expect(shared(beirut.feats, damascus.feats)).toBeGreaterThan(shared(beirut.feats, said.feats));
    expect(shared(beirut.asLeft, damascus.asLeft)).toBeGreaterThan(shared(beirut.asLeft, said.asLeft));
    expect(shared(beirut.asRight, damascus.asRight)).toBeGreaterThan(shared(beirut.asRight, said.asRight));
  });

  it('reads the cluster through clitics and keeps it when the word is hidden', () => {
    const plain = withTable.word(norm('دمشق'));
    const clitic = withTable.word(norm('ودمشق'));
    const hidden = withTable.word(norm('دمشق'), true);
    expect(shared(plain.feats, clitic.feats)).toBeGreaterThanOrEqual(4);
    expect(shared(plain.feats, hidden.feats)).toBeGreaterThanOrEqual(4);
  });

  it('marks a word the table lacks, alike for all such words', () => {
    const a = withTable.word(norm('عمان'));
    const b = withTable.word(norm('روتو'));
    expect(shared(a.feats, b.feats)).toBeGreaterThan(
      shared(without.word(norm('عمان')).feats, without.word(norm('روتو')).feats),
    );
  });
});

describe('clusters travel with the model', () => {
  const json = committed as NerModelJson;
  const text = [
    'وقال المتحدث باسم الحكومة اللبنانية سليم عمار إن الوفد وصل إلى بيروت',
    'وأكدت وزارة الخارجية في دمشق أن الاجتماع سيعقد في القاهرة الأسبوع المقبل',
  ];
  const tag = (m: ReturnType<typeof loadNerModel>): string[][] => text.map((s) => m.tag(tokenize(s)));

  it('the shipped model carries its table, and the binary form keeps it', () => {
    expect(json.clusters?.format).toBe('hamish-word-clusters');
    const fromBinary = loadNerModel({ format: NER_BINARY_FORMAT, bytes: encodeNerModelBinary(json) });
    expect(tag(fromBinary)).toEqual(tag(loadNerModel(json)));
  });

  it('the binary form holds the same table, and none for a model trained without one', () => {
    const read = modelPartsFromBinary(encodeNerModelBinary(json)).clusters!;
    const stored = parseClusters(json.clusters!);
    // Every word of the table on its leaf, and words it lacks, read as the JSON form reads them.
    const words = [...json.clusters!.groups.join(' ').split(' ').filter(Boolean), 'القاهرة', 'xyz', ''];
    expect(read.depth).toBe(stored.depth);
    expect(read.leafOf.size).toBe(stored.leafOf.size);
    expect(words.map((w) => read.leafOf.get(w))).toEqual(words.map((w) => stored.leafOf.get(w)));
    expect(read.leafOf.get('القاهرة')).toBeUndefined();
    const { clusters: _dropped, ...without } = json;
    expect(modelPartsFromBinary(encodeNerModelBinary(without)).clusters).toBeUndefined();
  });
});
