// The name model's n-gram tables (decode.ts Counts) as one binary file whose arrays are used where
// they lie. Building them from the JSON walks 29,000 histories and 110,000 pairs in script: 450–600 ms
// on this machine under load, while the script engine has not yet optimised the loop. Loading
// this file is a few typed-array views, two widening copies done natively and one Map of the history
// keys. Pure TS over bytes: the extension fetches the file its build packs, tests pass the bytes.
//
// Layout, little-endian:
//    0  "HNMC"
//    4  u32  layout version (NAME_COUNTS_VERSION)
//    8  u32  fingerprint of the model the file was made from (units, order, smoothing, discounts)
//   12  u32  histories h
//   16  u32  follower pairs p
//   20  u32  0 (layout 1 held the size of a hash table of the pairs here)
//   24  u32  units
//   28  u32  bytes per count: 2 (uint16) or 4 (uint32)
//   32  u32  byte length of the history keys
//   36  u32  0
//   40  f64 × h discount, f64 × h backoff
//       i32 × (h + 1) from, i32 × p follow
//       counts × h total, counts × h types, counts × p follower counts
//       the history keys, UTF-8, joined by "\n" in history order
import { arrayAt, putArray } from '../typed-view';
import { buildCounts, type Counts } from './decode';
import type { TranslitModel } from './types';

export const NAME_COUNTS_VERSION = 2;
const MAGIC = [0x48, 0x4e, 0x4d, 0x43]; // "HNMC"
const HEADER = 40;

/** What of the model the tables must agree with; the counts themselves are in the file. */
type ModelShape = Pick<TranslitModel, 'version' | 'order' | 'units' | 'smoothing' | 'discounts'>;

/** FNV-1a over the model's shape: a file made from another model is refused, not misread. */
function fingerprint(model: ModelShape): number {
  const s = JSON.stringify([model.version, model.order, model.smoothing ?? 'wb', model.discounts ?? [], model.units]);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The binary file of the model's tables (the model given with its JSON counts). */
export function encodeNameCounts(model: TranslitModel): Uint8Array {
  const c = buildCounts(model);
  const keys = [...c.index.keys()];
  const keyBytes = new TextEncoder().encode(keys.join('\n'));
  const h = c.total.length;
  const p = c.follow.length;
  const ints = [c.total, c.types, c.followCount];
  for (const a of ints)
    for (const x of a)
      if (!Number.isInteger(x) || x < 0 || x > 0xffffffff) throw new Error(`name counts: ${x} is not a count`);
  const width = ints.every((a) => a.every((x) => x <= 0xffff)) ? 2 : 4;
  const Counts = width === 2 ? Uint16Array : Uint32Array;
  const out = new Uint8Array(HEADER + 16 * h + 4 * (h + 1 + p) + width * (2 * h + p) + keyBytes.length);
  const dv = new DataView(out.buffer);
  out.set(MAGIC, 0);
  [NAME_COUNTS_VERSION, fingerprint(model), h, p, 0, c.units, width, keyBytes.length].forEach((v, i) =>
    dv.setUint32(4 + 4 * i, v, true),
  );
  let at = HEADER;
  for (const a of [c.discount, c.backoff, c.from, c.follow]) at = putArray(out, at, a);
  for (const a of ints) at = putArray(out, at, Counts.from(a));
  out.set(keyBytes, at);
  return out;
}

function fail(message: string): never {
  throw new Error(`name model counts: ${message}`);
}

interface Header {
  h: number;
  p: number;
  units: number;
  width: number;
  keyLength: number;
}

/** The header of `bytes`, checked against the model and against the file's length. */
function header(bytes: Uint8Array, model: ModelShape): Header {
  if (bytes.length < HEADER) fail(`${bytes.length} bytes is shorter than the header (${HEADER})`);
  if (MAGIC.some((b, i) => bytes[i] !== b)) fail('not a name counts file (no HNMC mark at its start)');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [version, print, h, p, reserved, units, width, keyLength] = Array.from({ length: 8 }, (_, i) =>
    dv.getUint32(4 + 4 * i, true),
  ) as [number, number, number, number, number, number, number, number];
  if (version !== NAME_COUNTS_VERSION)
    fail(`layout version ${version}, this code reads version ${NAME_COUNTS_VERSION}: rebuild the file`);
  if (print !== fingerprint(model)) fail('made from another name model: rebuild the file from the shipped JSON');
  if (width !== 2 && width !== 4) fail(`unknown count width ${width}`);
  if (reserved !== 0) fail(`${reserved} in the reserved field at byte 20`);
  const want = HEADER + 16 * h + 4 * (h + 1 + p) + width * (2 * h + p) + keyLength;
  if (bytes.length !== want) fail(`${bytes.length} bytes where its header makes ${want} (truncated or damaged)`);
  return { h, p, units, width, keyLength };
}

/**
 * Checks `bytes` now (header, model, length: a bad file fails here, with its reason) and returns
 * the function that loads the tables from them, for when the first name needs them.
 */
export function nameCountsLoader(bytes: Uint8Array, model: ModelShape): () => Counts {
  header(bytes, model);
  return () => nameCountsFromBinary(bytes, model);
}

/** The tables stored in `bytes`, checked against the model they will be used with. */
export function nameCountsFromBinary(bytes: Uint8Array, model: ModelShape): Counts {
  const { h, p, units, width, keyLength } = header(bytes, model);
  let at = HEADER;
  const next = <T extends Float64Array | Int32Array | Uint16Array | Uint32Array>(
    n: number,
    Type: { new (b: ArrayBufferLike, o: number, l: number): T; BYTES_PER_ELEMENT: number },
  ): T => {
    const a = arrayAt(bytes, at, n, Type);
    at += n * Type.BYTES_PER_ELEMENT;
    return a;
  };
  const discount = next(h, Float64Array);
  const backoff = next(h, Float64Array);
  const from = next(h + 1, Int32Array);
  const follow = next(p, Int32Array);
  // Widened natively: the decoder's arithmetic reads them as doubles.
  const counts = (n: number) => new Float64Array(width === 2 ? next(n, Uint16Array) : next(n, Uint32Array));
  const total = counts(h);
  const types = counts(h);
  const followCount = counts(p);
  const keys = h ? new TextDecoder().decode(bytes.subarray(at, at + keyLength)).split('\n') : [];
  if (keys.length !== h) fail(`${keys.length} history keys for ${h} histories`);
  if (from[h] !== p) fail('the follower lists do not end where the pairs do');
  const index = new Map<string, number>();
  for (let k = 0; k < h; k++) index.set(keys[k]!, k);
  return { index, total, types, from, follow, followCount, units, discount, backoff };
}
