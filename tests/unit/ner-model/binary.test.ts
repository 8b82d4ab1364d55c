import { describe, expect, it } from 'vitest';
import model from '../../../lib/ner/model.generated.json';
import { encodeNerModelBinary, loadNerModel, serializeNerModel, type NerModelJson } from '../../../lib/ner/model';
import { BINARY_VERSION, NER_BINARY_FORMAT, tableFromBinary } from '../../../lib/ner/model/binary';
import { CompactTable } from '../../../lib/ner/model/compact';
import { decodeSparse, fromBase64 } from '../../../lib/ner/model/codec';
import { FeatureExtractor, FEATURE_VERSION } from '../../../lib/ner/model/features';
import { decode, WeightTable } from '../../../lib/ner/model/perceptron';
import { NUM_TAGS } from '../../../lib/ner/model/types';
import { buildCueLexicon } from '../../../lib/ner/cues';
import { tokenize } from '../../../lib/text';

// Own sentences in the style of news, with and without names, clitics and numbers.
const SENTENCES = [
  'قال الرئيس الكيني ويليام روتو إن بلاده مستعدة للحوار',
  'وصل وزير الخارجية الفرنسي جان نويل بارو إلى بيروت أمس',
  'أعلنت حركة حماس أن وفدا سيزور القاهرة الأسبوع المقبل',
  'وقالت وزارة الخارجية الروسية في بيان إن المحادثات ستستأنف',
  'والتقى الأمين العام للأمم المتحدة أنطونيو غوتيريش في جنيف وفد الاتحاد الأوروبي',
  'ارتفعت أسعار النفط في الأسواق العالمية بنسبة 3 في المئة يوم 12 مارس 2024',
  'وأكد المتحدث باسم شركة أرامكو السعودية فهد الزهراني أن الإنتاج لم يتأثر',
  'انتهى الاجتماع دون اتفاق بعد ساعات من النقاش',
  'وزار رئيس الوزراء العراقي محمد شياع السوداني مدينتي البصرة والموصل',
  'ونقلت وكالة رويترز عن مسؤول في بنك إنجلترا قوله إن الفائدة ستبقى',
];

const fx = new FeatureExtractor(buildCueLexicon());
const json = model as NerModelJson;
const fromJson = new CompactTable(json.bits, fromBase64(json.weights), json.scale);
const bytes = encodeNerModelBinary(json);
const fromBinary = tableFromBinary(bytes);

/** Where the bitmap starts: past the header and the metadata (which holds the word clusters, if any). */
const tableAt = 32 + ((new DataView(bytes.buffer, bytes.byteOffset).getUint32(20, true) + 7) & ~7) + 100;
const withU32 = (b: Uint8Array, at: number, v: number): Uint8Array => {
  const c = b.slice();
  new DataView(c.buffer).setUint32(at, v, true);
  return c;
};

const bytesOf = (a: ArrayBufferView): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

describe('the committed tagger from its binary file', () => {
  it('holds the same arrays as the JSON form', () => {
    const a = fromJson.parts();
    const b = fromBinary.parts();
    expect(b.bits).toBe(a.bits);
    expect(b.mul).toBe(a.mul);
    expect(b.vals.constructor).toBe(a.vals.constructor);
    expect(b.vals.length).toBe(a.vals.length);
    // Byte for byte (a deep toEqual over a million cells takes minutes).
    expect(bytesOf(b.present).equals(bytesOf(a.present))).toBe(true);
    expect(bytesOf(b.vals).equals(bytesOf(a.vals))).toBe(true);
  });

  it.each(SENTENCES)('scores every word as the JSON form does: %s', (s) => {
    const tokens = tokenize(s);
    const a = decode(fromJson, fx, tokens);
    const b = decode(fromBinary, fx, tokens);
    expect(b.labels).toEqual(a.labels);
    for (const w of a.words) {
      w.scoredBy = null;
      const va = Array.from(fromJson.wordVector(w));
      w.scoredBy = null;
      expect(Array.from(fromBinary.wordVector(w))).toEqual(va);
    }
  });

  it('tags as the JSON model does through loadNerModel', () => {
    const a = loadNerModel(json);
    const b = loadNerModel({ format: NER_BINARY_FORMAT, bytes });
    const tags = SENTENCES.map((s) => b.tag(tokenize(s)));
    expect(tags).toEqual(SENTENCES.map((s) => a.tag(tokenize(s))));
    // The sample is not all O: the comparison covers names.
    expect(tags.flat().filter((t) => t !== 'O').length).toBeGreaterThan(10);
  });

  it('reads a file that does not start on an aligned offset (copied, same scores)', () => {
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    const t = tableFromBinary(shifted.subarray(1));
    const w = decode(fromJson, fx, tokenize(SENTENCES[0]!)).words[3]!;
    w.scoredBy = null;
    const va = Array.from(fromJson.wordVector(w));
    w.scoredBy = null;
    expect(Array.from(t.wordVector(w))).toEqual(va);
  });
});

describe('binary file of a small model', () => {
  /** A tiny table with weights q / scale in every third bucket. */
  function smallModel(scale: number, range: number): NerModelJson {
    const bits = 8;
    const w = new Float32Array((1 << bits) * NUM_TAGS);
    for (let c = 0; c < w.length; c += 3) w[c] = (((c * 7919) % (2 * range)) - range) / scale;
    return serializeNerModel(new WeightTable(bits, w), { scale, epochs: 1, license: 'test', source: 'test' });
  }

  it.each([
    ['16-bit values (power-of-two scale)', 16, 500],
    ['float values (scale 10)', 10, 500],
    ['float values (beyond 16 bits)', 16, 70_000],
  ])('%s: same scores as the dense table', (_, scale, range) => {
    const m = smallModel(scale, range);
    const dense = new WeightTable(m.bits, decodeSparse(fromBase64(m.weights), (1 << m.bits) * NUM_TAGS, scale));
    const t = tableFromBinary(encodeNerModelBinary(m));
    const a = decode(dense.freeze(), fx, tokenize(SENTENCES[1]!));
    for (const w of a.words) {
      const va = Array.from(dense.wordVector(w));
      w.scoredBy = null;
      expect(Array.from(t.wordVector(w))).toEqual(va);
    }
  });

  it('a different model scores differently (the comparison can fail)', () => {
    const a = tableFromBinary(encodeNerModelBinary(smallModel(16, 500)));
    const b = tableFromBinary(encodeNerModelBinary(smallModel(16, 300)));
    const w = decode(a, fx, tokenize(SENTENCES[1]!)).words[2]!;
    const va = Array.from(a.wordVector(w));
    w.scoredBy = null;
    expect(Array.from(b.wordVector(w))).not.toEqual(va);
  });
});

describe('a bad binary file stops with a clear message', () => {
  it.each([
    ['empty', new Uint8Array(0), /shorter than the header/],
    ['the JSON instead', new TextEncoder().encode(JSON.stringify(model)), /no HNER mark/],
    ['cut in the values', bytes.subarray(0, bytes.length - 100), /truncated or damaged/],
    ['cut in the bitmap', bytes.subarray(0, 2000), /truncated/],
    ['with bytes added', new Uint8Array([...bytes.subarray(0, tableAt), ...bytes.subarray(tableAt - 1)]), /damaged/],
    ['of another layout version', withU32(bytes, 4, BINARY_VERSION + 1), /layout version \d+, this code reads/],
    ['of another feature version', withU32(bytes, 8, FEATURE_VERSION + 1), /feature version/],
    ['of an unknown value kind', withU32(bytes, 16, 7), /value kind 7/],
  ])('%s', (_, b, message) => {
    expect(() => tableFromBinary(b)).toThrow(message);
    expect(() => loadNerModel({ format: NER_BINARY_FORMAT, bytes: b })).toThrow(/^NER model binary: /);
  });

  it('an intact copy loads (the cases above fail for their damage only)', () => {
    expect(() => tableFromBinary(bytes.slice())).not.toThrow();
  });
});
