import { describe, expect, it } from 'vitest';
import { cueLexicon } from '../../../lib/ner/cues';
import { encodeNerModelBinary, loadNerModel, type NerModelJson } from '../../../lib/ner/model';
import { modelPartsFromBinary, NER_BINARY_FORMAT } from '../../../lib/ner/model/binary';
import { encodeClusters, parseClusters } from '../../../lib/ner/model/clusters';
import { FeatureExtractor } from '../../../lib/ner/model/features';
import {
  countBucketOf,
  encodeNameEvidence,
  letterGrams,
  likeBucketOf,
  parseNameEvidence,
  type NameEvidenceJson,
} from '../../../lib/ner/model/name-evidence';
import { serializeNerModel } from '../../../lib/ner/model';
import { WeightTable } from '../../../lib/ner/model/perceptron';
import { tokenize } from '../../../lib/text';
import { clitics } from '../../../lib/text/clitics';
import { trigramOdds } from '../../../scripts/train/name-evidence';

const bare = (w: string): string => clitics(tokenize(w)[0]!.norm).bare;
const names = [
  ...['ويليام', 'ميخاييل', 'لافروف', 'ايفانوف', 'سميرنوف', 'بوبوف', 'ميدفيديف', 'سيرغي', 'ديفيد', 'روبرت'],
  ...['كوزلوف', 'موروزوف', 'فولكوف', 'سوكولوف', 'بيتروفيتش', 'ديفيس'],
].map(bare);
const ordinary = [
  ...['يقول', 'اعلنت', 'الحكومه', 'وزاره', 'يستمر', 'مشروعات', 'اجتماعات', 'تستطيع', 'يستخدم', 'اجتماع'],
  ...['يستعد', 'مستعد', 'يعود', 'استعاد', 'اعمالها', 'نتايجها', 'يجتمع', 'اتفاقات'],
].map(bare);
const counts = new Map([
  [bare('ويليام'), 240],
  [bare('لافروف'), 4],
  [bare('ميخاييل'), 2],
  [bare('رائد'), 5],
]);
const table: NameEvidenceJson = encodeNameEvidence(counts, trigramOdds(names, ordinary));

describe('graded name evidence', () => {
  // [count of listed names, bucket]; 0 is "in no listed name"
  const buckets: [number, number][] = [
    [0, 0],
    [1, 1],
    [2, 1],
    [3, 2],
    [9, 2],
    [10, 3],
    [500, 3],
  ];
  it.each(buckets)('puts a form in %i names in count bucket %i', (n, b) => {
    expect(countBucketOf(n)).toBe(b);
  });

  it('marks both edges of a word in its trigrams', () => {
    expect(letterGrams('abcd')).toEqual(['^ab', 'abc', 'bcd', 'cd$']);
  });

  it('orders name-likeness buckets by score', () => {
    expect([-3, -1, 0, 1, 3].map(likeBucketOf)).toEqual([0, 1, 2, 3, 4]);
  });

  // [word, count bucket]: the table's forms read back; a word it lacks is 0
  const lookups: [string, number][] = [
    ['ويليام', 3],
    ['لافروف', 2],
    ['ميخاييل', 1],
    ['يقول', 0],
    ['بيروت', 0],
  ];
  it.each(lookups)('reads %s back in count bucket %i', (w, b) => {
    const ne = parseNameEvidence(JSON.parse(JSON.stringify(table)) as NameEvidenceJson);
    expect(ne.countBucket(bare(w))).toBe(b);
  });

  it('finds unlisted foreign names more name-like than news words', () => {
    const ne = parseNameEvidence(table);
    // Neither is in the training words: letters alone decide.
    expect(ne.likeBucket(bare('بتروف'))).toBeGreaterThan(ne.likeBucket(bare('يستعيد')));
    expect(ne.likeBucket(bare('ديفيدوف'))).toBeGreaterThan(ne.likeBucket(bare('اجتماعها')));
  });

  it('gives no name-likeness to a one-letter, Latin or digit word', () => {
    const ne = parseNameEvidence(table);
    for (const w of ['و', 'Reuters', '2021']) expect(ne.likeBucket(w)).toBe(-1);
  });

  const bad: [string, NameEvidenceJson][] = [
    ['another format', { ...table, format: 'x' as 'hamish-name-evidence' }],
    ['too many count buckets', { ...table, forms: ['a', 'b', 'c', 'd'] }],
    ['a trigram entry without a value', { ...table, grams: 'abc' }],
    ['a fractional trigram value', { ...table, grams: 'abc:1.5' }],
    ['a trigram value beyond what the binary table holds', { ...table, grams: 'abc:40000' }],
  ];
  it.each(bad)('refuses a table with %s', (_, json) => {
    expect(() => parseNameEvidence(json)).toThrow(/name-evidence/);
  });
});

describe('name evidence features', () => {
  const norm = (w: string): string => tokenize(w)[0]!.norm;
  const withTable = new FeatureExtractor(cueLexicon(), null, parseNameEvidence(table));
  const without = new FeatureExtractor(cueLexicon());

  it('adds features only with a table', () => {
    const a = without.word(norm('لافروف'));
    const b = withTable.word(norm('لافروف'));
    expect([...b.feats].filter((x) => !a.feats.includes(x)).length).toBe(3);
    expect(b.asLeft.length).toBe(a.asLeft.length + 1);
    expect(b.asRight.length).toBe(a.asRight.length + 1);
  });

  it('reads a listed name through its clitics and keeps it when hidden', () => {
    const plain = withTable.word(norm('لافروف'));
    for (const other of [withTable.word(norm('ولافروف')), withTable.word(norm('لافروف'), true)]) {
      const extra = [...plain.feats].filter((x) => !without.word(norm('لافروف')).feats.includes(x));
      expect(extra.every((x) => other.feats.includes(x))).toBe(true);
    }
  });

  it('tells a listed name from an unlisted word', () => {
    const named = withTable.word(norm('ويليام'));
    const plain = withTable.word(norm('يقول'));
    const extra = (w: string) =>
      [...withTable.word(norm(w)).feats].filter((x) => !without.word(norm(w)).feats.includes(x));
    expect(extra('ويليام')).not.toEqual(extra('يقول'));
    expect(named.asLeft.at(-1)).not.toBe(plain.asLeft.at(-1));
  });

  it('travels inside the model, in JSON and in the binary file', () => {
    const json: NerModelJson = serializeNerModel(new WeightTable(4), {
      scale: 16,
      epochs: 1,
      license: 'test',
      source: 'test',
      names: table,
    });
    expect(JSON.parse(JSON.stringify(json)).names).toEqual(table);
    const bytes = encodeNerModelBinary(json);
    const [stored, read] = [parseNameEvidence(table), modelPartsFromBinary(bytes).names!];
    // Every listed form in its bucket, and words no list holds (0), read as the JSON form reads them.
    const words = [...table.forms.join(' ').split(' '), ...ordinary, 'بيروت', 'Reuters', ''];
    expect(words.map((w) => [read.countBucket(w), read.likeBucket(w)])).toEqual(
      words.map((w) => [stored.countBucket(w), stored.likeBucket(w)]),
    );
    expect(words.some((w) => read.countBucket(w) === 0)).toBe(true);
    expect(read.clusterNamed).toBe(stored.clusterNamed);
    expect(() => loadNerModel({ format: NER_BINARY_FORMAT, bytes })).not.toThrow();
  });
});

describe('cluster paths of name words', () => {
  const norm = (w: string): string => tokenize(w)[0]!.norm;
  // رائد ("pioneering", and a given name) sits among adjectives, as a large text puts it.
  const clusters = parseClusters(
    encodeClusters(
      new Map([
        [bare('رائد'), 0b0110],
        [bare('جيد'), 0b0110],
        [bare('ضعيف'), 0b0111],
      ]),
      4,
    ),
  );
  const named = new FeatureExtractor(cueLexicon(), clusters, parseNameEvidence({ ...table, clusterNamed: true }));
  const plain = new FeatureExtractor(cueLexicon(), clusters);
  const unmarked = new FeatureExtractor(cueLexicon(), clusters, parseNameEvidence(table));
  const shared = (fx: FeatureExtractor, a: string, b: string): number =>
    [...fx.word(norm(a)).feats].filter((x) => fx.word(norm(b)).feats.includes(x)).length;

  it("reads a name word's path apart from the common words of its cluster", () => {
    expect(shared(plain, 'رائد', 'جيد')).toBeGreaterThan(shared(named, 'رائد', 'جيد'));
  });

  it('reads it as before when the table does not ask for it', () => {
    const before = [...plain.word(norm('رائد')).feats];
    expect(before.every((x) => unmarked.word(norm('رائد')).feats.includes(x))).toBe(true);
  });

  it('leaves the paths of words no name carries as they were', () => {
    for (const w of ['جيد', 'ضعيف']) {
      const before = [...plain.word(norm(w)).feats];
      expect(before.every((x) => named.word(norm(w)).feats.includes(x))).toBe(true);
    }
  });

  it("leaves the neighbours' view of a name word's cluster as it was", () => {
    expect([...named.word(norm('رائد')).asLeft].filter((x) => named.word(norm('جيد')).asLeft.includes(x)).length).toBe(
      [...plain.word(norm('رائد')).asLeft].filter((x) => plain.word(norm('جيد')).asLeft.includes(x)).length,
    );
  });
});
