import { describe, expect, it } from 'vitest';
import { encodeDataPack, openDataPack, type DataPack } from '@/lib/engine/data-pack';
import { defaultEngine, defaultEngineData } from '@/lib/engine/default-data';
import { engineData, enginePackSections, packedEngineJson } from '@/lib/engine/engine-data';
import { createEngine } from '@/lib/engine';
import type { CompiledGazetteer } from '@/lib/gazetteer/compile';
import compiled from '@/lib/gazetteer/compiled.generated.json';
import patterns from '@/lib/gazetteer/patterns.json';
import { encodeNameCounts, nameCountsLoader } from '@/lib/translit/counts-binary';
import translitJson from '@/lib/translit/model.generated.json';
import type { TranslitModel } from '@/lib/translit/types';
import { shippedNameCounts } from '@/lib/engine/shipped-data';

const shipped = { compiled: compiled as CompiledGazetteer, patterns, translit: translitJson as TranslitModel };
const bytes = encodeDataPack(enginePackSections(shipped));
// Every name here is in the gazetteer: no spelling is guessed.
const KNOWN = 'قال الرئيس الفرنسي إيمانويل ماكرون في باريس إن فرنسا ستستضيف مؤتمرا للأمم المتحدة.';
// A name no list holds, so the name model spells it.
const UNLISTED = 'وقال المتحدث باسم البلدية كرافتشوك بوشكوف إن الطريق سيفتح غدا.';

/** The pack, recording which sections were parsed. */
function spied(): [DataPack, string[]] {
  const pack = openDataPack(bytes);
  const read: string[] = [];
  const json = <T>(name: string): T => (read.push(name), pack.json<T>(name));
  return [{ names: pack.names, json }, read];
}
const view = (text: string, engine = defaultEngine()) =>
  engine.annotate(text, { published: '2024-03-01' }).entities.map((e) => [e.start, e.end, e.type, e.english]);

describe("the engine's data from the extension's data pack", () => {
  it('holds the gazetteer, patterns and name model, without the n-gram counts (their own binary file)', () => {
    const pack = openDataPack(bytes);
    expect(pack.names).toEqual(['gazetteer', 'patterns', 'name-model', 'name-table', 'name-lexicon']);
    expect(pack.json('gazetteer')).toEqual(compiled);
    expect(pack.json('patterns')).toEqual(patterns);
    expect(pack.json<object>('name-model')).not.toHaveProperty('ngrams');
    expect(pack.json('name-table')).toEqual(translitJson.table);
    expect(pack.json<object>('name-model')).not.toHaveProperty('lexicon');
    expect(pack.json('name-lexicon')).toEqual(translitJson.lexicon);
  });

  it('reads pages as the engine from the JSON does, parsing the spelling sections once a name needs them', () => {
    const [pack, read] = spied();
    const json = packedEngineJson(pack);
    const counts = nameCountsLoader(encodeNameCounts(shipped.translit), json.translit);
    const engine = createEngine(engineData(json, defaultEngineData().ner, counts));
    expect(read).toEqual(['name-model', 'gazetteer', 'patterns']);
    const known = view(KNOWN, engine);
    expect(known).toEqual(view(KNOWN));
    expect(known.length).toBeGreaterThan(1);
    expect(read).not.toContain('name-table');
    expect(read).not.toContain('name-lexicon');
    const unlisted = view(UNLISTED, engine);
    expect(unlisted).toEqual(view(UNLISTED));
    expect(unlisted.some(([, , type, english]) => type === 'person' && english)).toBe(true);
    expect(read).toContain('name-table');
    expect(read).toContain('name-lexicon');
  });

  it("the command line's name tables (shippedNameCounts) are checked against the shipped model", () => {
    const file = encodeNameCounts(shipped.translit);
    expect(shippedNameCounts(file)().index.size).toBeGreaterThan(1000);
    const stale = file.slice();
    new DataView(stale.buffer).setUint32(8, new DataView(file.buffer).getUint32(8, true) ^ 1, true);
    expect(() => shippedNameCounts(stale)).toThrow('made from another name model');
  });
});
