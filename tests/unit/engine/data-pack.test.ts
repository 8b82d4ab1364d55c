import { describe, expect, it } from 'vitest';
import { DATA_PACK_VERSION, encodeDataPack, openDataPack } from '@/lib/engine/data-pack';

const SECTIONS = {
  gazetteer: { keys: ['القاهرة', 'عمان'], offsets: [0, 1, 2], nested: { deep: [1.5, -2, null, true] } },
  empty: {},
  text: 'نص عربي مع "علامات" و\\ خط مائل',
  list: [1, 2, 3],
  zero: 0,
};
const good = encodeDataPack(SECTIONS);
const u32 = (b: Uint8Array, at: number) => new DataView(b.buffer, b.byteOffset).getUint32(at, true);
const withU32 = (b: Uint8Array, at: number, v: number): Uint8Array => {
  const c = b.slice();
  new DataView(c.buffer).setUint32(at, v, true);
  return c;
};
/** A pack of good's mark and version with `table` as its section table, followed by two bytes ("12"). */
function withTable(table: string): Uint8Array {
  const t = new TextEncoder().encode(table);
  const bytes = new Uint8Array(12 + t.length + 2);
  bytes.set(good.subarray(0, 8));
  new DataView(bytes.buffer).setUint32(8, t.length, true);
  bytes.set(t, 12);
  bytes.set([0x31, 0x32], 12 + t.length);
  return bytes;
}
/** Where section `name` starts and ends in `good`. */
function spanOf(name: string): [number, number] {
  const tableEnd = 12 + u32(good, 8);
  const table = JSON.parse(new TextDecoder().decode(good.subarray(12, tableEnd))) as [string, number][];
  let at = tableEnd;
  for (const [n, len] of table) {
    if (n === name) return [at, at + len];
    at += len;
  }
  throw new Error(name);
}

describe('the engine data pack', () => {
  it('gives back every section as it was written, in the order written', () => {
    const pack = openDataPack(good);
    expect(pack.names).toEqual(Object.keys(SECTIONS));
    for (const [name, value] of Object.entries(SECTIONS)) expect(pack.json(name), name).toEqual(value);
  });

  it('parses a section once and shares it', () => {
    const pack = openDataPack(good);
    expect(pack.json('gazetteer')).toBe(pack.json('gazetteer'));
  });

  it('reads a pack inside a larger buffer (a view at an offset)', () => {
    const outer = new Uint8Array(good.length + 7);
    outer.set(good, 3);
    expect(openDataPack(outer.subarray(3, 3 + good.length)).json('text')).toBe(SECTIONS.text);
  });

  it('leaves a section unread until asked for: a damaged one fails only then, with its name', () => {
    const [start] = spanOf('list');
    const damaged = good.slice();
    damaged[start] = 0x7d; // "}" where "[" was
    const pack = openDataPack(damaged, 'data/x.bin');
    expect(pack.json('gazetteer')).toEqual(SECTIONS.gazetteer);
    expect(() => pack.json('list')).toThrow(/^data\/x\.bin: section "list" is damaged/);
  });

  it('an empty pack is a pack', () => {
    expect(openDataPack(encodeDataPack({})).names).toEqual([]);
  });

  it('refuses a value JSON cannot hold', () => {
    expect(() => encodeDataPack({ f: () => 1 })).toThrow('section "f" is not a JSON value');
  });

  it.each([
    ['shorter than the header', good.subarray(0, 11), /shorter than the header \(12\): truncated/],
    ['empty', new Uint8Array(0), /0 bytes is shorter than the header/],
    ['cut inside the section table', good.subarray(0, 20), /section table ends at byte \d+ of 20: truncated/],
    [
      'cut inside a section',
      good.subarray(0, good.length - 1),
      /bytes where its table makes \d+ \(truncated or damaged\)/,
    ],
    ['with bytes after the last section', new Uint8Array([...good, 0x20]), /\(truncated or damaged\)/],
    [
      'another layout version',
      withU32(good, 4, DATA_PACK_VERSION + 1),
      /layout version 2, this code reads version 1: rebuild/,
    ],
    ['not a pack', new TextEncoder().encode('{"gazetteer": {}, "padding": 0}'), /not a Hamish data pack/],
    ['a table length past the end', withU32(good, 8, 1 << 30), /section table ends at byte \d+ of \d+: truncated/],
  ])('fails at once, naming the file, when %s', (_what, bytes, why) => {
    expect(() => openDataPack(bytes, 'data/engine-data.bin')).toThrow(/^data\/engine-data\.bin: /);
    expect(() => openDataPack(bytes, 'data/engine-data.bin')).toThrow(why);
  });

  it.each([
    ['not JSON', '[["a", 2]'],
    ['not a list of [name, length]', '{"a": 2}'],
    ['a negative length', '[["a", -2]]'],
    ['a fractional length', '[["a", 1.5]]'],
    ['a name that is not text', '[[1, 2]]'],
  ])('refuses a section table that is %s', (_what, table) => {
    expect(() => openDataPack(withTable(table))).toThrow('its section table is damaged');
  });

  it('refuses a section named twice', () => {
    expect(() => openDataPack(withTable('[["a",1],["a",1]]'))).toThrow('section "a" twice');
  });

  it('names what it holds when asked for a section it lacks', () => {
    expect(() => openDataPack(good, 'data/engine-data.bin').json('tagger')).toThrow(
      'data/engine-data.bin: no section "tagger" (it holds gazetteer, empty, text, list, zero): rebuild the extension',
    );
  });

  it('a section of valid JSON but not UTF-8 is damaged, not misread', () => {
    const [start] = spanOf('text');
    const damaged = good.slice();
    damaged[start + 1] = 0xff;
    expect(() => openDataPack(damaged).json('text')).toThrow(/section "text" is damaged/);
  });
});
