// The tagger's weights as one binary file whose arrays are used where they lie: loading is a few
// typed-array views over the bytes, where the JSON form (base64 of varints) costs two passes over
// every cell. Made from the committed JSON at build time (scripts/cli/build-cli.mjs); pure TS, it
// takes bytes, so any context that can read a file can use it.
//
// Layout, little-endian:
//    0  "HNER"
//    4  u32  layout version (BINARY_VERSION)
//    8  u32  feature version of the model (features.ts FEATURE_VERSION)
//   12  u32  bits: the table has 2^bits buckets
//   16  u32  value kind: 1 = int16, 2 = float32
//   20  u32  byte length of the metadata
//   24  f64  mul: a weight is value × mul
//   32  metadata, UTF-8 JSON {labels, scale, epochs, license, source, clusters?, names?}, zero-padded to 8 bytes
//       present: i32 × max(1, 2^bits / 32), the bitmap of buckets holding weights
//       values: int16 or float32 × (buckets present × labels), zero-padded to 8 bytes
//       the word clusters' table, the name evidence's count table and its trigram table (values:
//       log-odds × 10 + 0x8000) (word-table.ts), each as long as the metadata says (clusters.bytes,
//       names.bytes, names.gramBytes), each zero-padded to 8 bytes
// Version 2 moved the word lists and trigrams out of the metadata: stored as hash tables ready to
// use, they load without splitting 75,000 words into strings and Maps (40–50 ms of the worker's start).
import { arrayAt } from '../../typed-view';
import { fromBase64 } from './codec';
import { clustersOf, parseClusters, type WordClusters } from './clusters';
import { countTable, gramTable, nameEvidenceOf, type NameEvidence } from './name-evidence';
import { encodeWordTable, wordTableAt } from './word-table';
import { CompactTable, presentCount, type CompactParts } from './compact';
import { FEATURE_VERSION } from './features';
import { TAGS, type NerModelJson } from './types';

export const NER_BINARY_FORMAT = 'hamish-ner-binary';
export const BINARY_VERSION = 2;
const MAGIC = [0x48, 0x4e, 0x45, 0x52]; // "HNER"
const HEADER = 32;
const INT16 = 1;
const FLOAT32 = 2;

/** The binary form as a loader receives it (loadNerModel takes it or the JSON). */
export interface NerModelBytes {
  format: typeof NER_BINARY_FORMAT;
  bytes: Uint8Array;
}

interface Meta extends Pick<NerModelJson, 'labels' | 'scale' | 'epochs' | 'license' | 'source'> {
  clusters?: { depth: number; bytes: number };
  names?: { clusterNamed: boolean; bytes: number; gramBytes: number };
}

const pad8 = (n: number): number => (n + 7) & ~7;
const presentWords = (bits: number): number => Math.max(1, (2 ** bits) >>> 5);

/** The binary file of a model given in its JSON form. */
export function encodeNerModelBinary(json: NerModelJson): Uint8Array {
  const table = new CompactTable(json.bits, fromBase64(json.weights), json.scale);
  const { present, vals, mul } = table.parts();
  const clusters = json.clusters ? encodeWordTable(parseClusters(json.clusters).leafOf) : null;
  const names = json.names ? encodeWordTable(countTable(json.names)) : null;
  const grams = json.names ? encodeWordTable(gramTable(json.names.grams)) : null;
  const meta: Meta = {
    labels: json.labels,
    scale: json.scale,
    epochs: json.epochs,
    license: json.license,
    source: json.source,
    ...(json.clusters && clusters ? { clusters: { depth: json.clusters.depth, bytes: clusters.length } } : {}),
    ...(json.names && names && grams
      ? { names: { clusterNamed: json.names.clusterNamed === true, bytes: names.length, gramBytes: grams.length } }
      : {}),
  };
  const metaBytes = new TextEncoder().encode(JSON.stringify(meta));
  const presentAt = HEADER + pad8(metaBytes.length);
  const valsAt = presentAt + present.length * 4;
  const tablesAt = pad8(valsAt + vals.length * vals.BYTES_PER_ELEMENT);
  const namesAt = tablesAt + pad8(clusters?.length ?? 0);
  const gramsAt = namesAt + pad8(names?.length ?? 0);
  const out = new Uint8Array(gramsAt + pad8(grams?.length ?? 0));
  const dv = new DataView(out.buffer);
  out.set(MAGIC, 0);
  dv.setUint32(4, BINARY_VERSION, true);
  dv.setUint32(8, json.featureVersion, true);
  dv.setUint32(12, json.bits, true);
  dv.setUint32(16, vals instanceof Int16Array ? INT16 : FLOAT32, true);
  dv.setUint32(20, metaBytes.length, true);
  dv.setFloat64(24, mul, true);
  out.set(metaBytes, HEADER);
  for (let i = 0; i < present.length; i++) dv.setInt32(presentAt + i * 4, present[i]!, true);
  for (let i = 0; i < vals.length; i++) {
    if (vals instanceof Int16Array) dv.setInt16(valsAt + i * 2, vals[i]!, true);
    else dv.setFloat32(valsAt + i * 4, vals[i]!, true);
  }
  if (clusters) out.set(clusters, tablesAt);
  if (names) out.set(names, namesAt);
  if (grams) out.set(grams, gramsAt);
  return out;
}

function fail(message: string): never {
  throw new Error(`NER model binary: ${message}`);
}

/** The weight table stored in `bytes`, checked against the code that will use it. */
export function tableFromBinary(bytes: Uint8Array): CompactTable {
  return modelPartsFromBinary(bytes).table;
}

/** The weight table, and the word clusters and name evidence its features read (if trained with them). */
export function modelPartsFromBinary(bytes: Uint8Array): {
  table: CompactTable;
  clusters?: WordClusters;
  names?: NameEvidence;
} {
  if (bytes.length < HEADER) fail(`${bytes.length} bytes is shorter than the header (${HEADER})`);
  if (MAGIC.some((b, i) => bytes[i] !== b)) fail('not a NER model binary (no HNER mark at its start)');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = dv.getUint32(4, true);
  if (version !== BINARY_VERSION)
    fail(`layout version ${version}, this code reads version ${BINARY_VERSION}: rebuild the file from the JSON`);
  const featureVersion = dv.getUint32(8, true);
  if (featureVersion !== FEATURE_VERSION)
    fail(`feature version ${featureVersion}, code expects ${FEATURE_VERSION}: rebuild the file from the JSON`);
  const bits = dv.getUint32(12, true);
  if (bits < 1 || bits > 30) fail(`bad table size 2^${bits}`);
  const kind = dv.getUint32(16, true);
  if (kind !== INT16 && kind !== FLOAT32) fail(`unknown value kind ${kind}`);
  const metaLength = dv.getUint32(20, true);
  const mul = dv.getFloat64(24, true);
  const presentAt = HEADER + pad8(metaLength);
  const words = presentWords(bits);
  if (bytes.length < presentAt + words * 4)
    fail(`truncated: ${bytes.length} bytes, the header and bitmap alone take ${presentAt + words * 4}`);
  let meta: Meta;
  try {
    meta = JSON.parse(new TextDecoder().decode(bytes.subarray(HEADER, HEADER + metaLength))) as Meta;
  } catch {
    return fail('unreadable metadata');
  }
  if (meta.labels?.join() !== TAGS.join()) fail('labels do not match');
  const present = arrayAt(bytes, presentAt, words, Int32Array);
  const n = presentCount(present) * TAGS.length;
  const valsAt = presentAt + words * 4;
  const size = kind === INT16 ? 2 : 4;
  const tablesAt = pad8(valsAt + n * size);
  const namesAt = tablesAt + pad8(meta.clusters?.bytes ?? 0);
  const gramsAt = namesAt + pad8(meta.names?.bytes ?? 0);
  const end = gramsAt + pad8(meta.names?.gramBytes ?? 0);
  if (bytes.length !== end)
    fail(`${bytes.length} bytes where its header, bitmap and metadata make ${end} (truncated or damaged)`);
  const vals = kind === INT16 ? arrayAt(bytes, valsAt, n, Int16Array) : arrayAt(bytes, valsAt, n, Float32Array);
  const parts: CompactParts = { bits, present, vals, mul };
  const { clusters, names } = meta;
  const inner = (what: string) => (why: string) => fail(`${what}: ${why}`);
  return {
    table: new CompactTable(parts),
    ...(clusters
      ? {
          clusters: clustersOf(
            clusters.depth,
            wordTableAt(bytes, tablesAt, tablesAt + clusters.bytes, inner('clusters')),
          ),
        }
      : {}),
    ...(names
      ? {
          names: nameEvidenceOf(
            wordTableAt(bytes, namesAt, namesAt + names.bytes, inner('name evidence')),
            wordTableAt(bytes, gramsAt, gramsAt + names.gramBytes, inner('name evidence trigrams')),
            names.clusterNamed,
          ),
        }
      : {}),
  };
}
