// The engine's JSON data (gazetteer, patterns, name model) as one file of named sections, each
// parsed the first time it is asked for. The extension's worker fetches it instead of evaluating
// the same data bundled as JavaScript object literals: its script stays small, so it starts sooner
// and reads its files while the rest is evaluated, and a section no page has needed yet (the name
// model's spelling table) is never parsed. Pure TS over bytes: the build writes the file, tests
// pass bytes.
//
// Layout, little-endian:
//    0  "HMDP"
//    4  u32  layout version (DATA_PACK_VERSION)
//    8  u32  byte length t of the section table
//   12  the section table: UTF-8 JSON [[name, byte length], ...]
//   12 + t  the sections in table order, each UTF-8 JSON

export const DATA_PACK_VERSION = 1;
const MAGIC = [0x48, 0x4d, 0x44, 0x50]; // "HMDP"
const HEADER = 12;

export interface DataPack {
  readonly names: readonly string[];
  /** The section's value, parsed on the first call and shared after; a missing section throws. */
  json<T>(name: string): T;
}

/** The file holding `sections` (each a JSON value), in the order given. */
export function encodeDataPack(sections: Record<string, unknown>): Uint8Array {
  const enc = new TextEncoder();
  const bodies = Object.entries(sections).map(([name, value]) => {
    const text = JSON.stringify(value);
    if (text === undefined) throw new Error(`data pack: section "${name}" is not a JSON value`);
    return [name, enc.encode(text)] as const;
  });
  const table = enc.encode(JSON.stringify(bodies.map(([name, b]) => [name, b.length])));
  const out = new Uint8Array(HEADER + table.length + bodies.reduce((n, [, b]) => n + b.length, 0));
  out.set(MAGIC, 0);
  const dv = new DataView(out.buffer);
  dv.setUint32(4, DATA_PACK_VERSION, true);
  dv.setUint32(8, table.length, true);
  out.set(table, HEADER);
  let at = HEADER + table.length;
  for (const [, b] of bodies) {
    out.set(b, at);
    at += b.length;
  }
  return out;
}

const isTable = (t: unknown): t is [string, number][] =>
  Array.isArray(t) &&
  t.every(
    (row) =>
      Array.isArray(row) &&
      row.length === 2 &&
      typeof row[0] === 'string' &&
      Number.isInteger(row[1]) &&
      (row[1] as number) >= 0,
  );

/**
 * Checks `bytes` now (mark, version, table, length: a truncated or stale file fails here, named by
 * `file`) and returns its sections, each parsed when first asked for.
 */
export function openDataPack(bytes: Uint8Array, file = 'data pack'): DataPack {
  const fail = (why: string): never => {
    throw new Error(`${file}: ${why}`);
  };
  if (bytes.length < HEADER) fail(`${bytes.length} bytes is shorter than the header (${HEADER}): truncated`);
  if (MAGIC.some((b, i) => bytes[i] !== b)) fail('not a Hamish data pack (no HMDP mark at its start)');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = dv.getUint32(4, true);
  if (version !== DATA_PACK_VERSION)
    fail(`layout version ${version}, this code reads version ${DATA_PACK_VERSION}: rebuild the extension`);
  const tableEnd = HEADER + dv.getUint32(8, true);
  if (tableEnd > bytes.length) fail(`its section table ends at byte ${tableEnd} of ${bytes.length}: truncated`);
  const dec = new TextDecoder('utf-8', { fatal: true });
  let table: unknown;
  try {
    table = JSON.parse(dec.decode(bytes.subarray(HEADER, tableEnd)));
  } catch {
    fail('its section table is damaged');
  }
  if (!isTable(table)) return fail('its section table is damaged');
  const spans = new Map<string, [number, number]>();
  let at = tableEnd;
  for (const [name, length] of table) {
    if (spans.has(name)) fail(`section "${name}" twice`);
    spans.set(name, [at, at + length]);
    at += length;
  }
  if (at !== bytes.length) fail(`${bytes.length} bytes where its table makes ${at} (truncated or damaged)`);
  const parsed = new Map<string, unknown>();
  return {
    names: table.map(([name]) => name),
    json<T>(name: string): T {
      if (parsed.has(name)) return parsed.get(name) as T;
      const span = spans.get(name);
      if (!span) return fail(`no section "${name}" (it holds ${[...spans.keys()].join(', ')}): rebuild the extension`);
      let value: unknown;
      try {
        value = JSON.parse(dec.decode(bytes.subarray(span[0], span[1])));
      } catch (e) {
        fail(`section "${name}" is damaged (${e instanceof Error ? e.message : String(e)})`);
      }
      parsed.set(name, value);
      return value as T;
    },
  };
}
