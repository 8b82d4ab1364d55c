import { describe, expect, it } from 'vitest';
import { createEngineHost } from '@/entrypoints/background/engine-host';
import { splitNameSections } from '@/entrypoints/background/name-sections';
import { encodeDataPack } from '@/lib/engine/data-pack';
import { enginePackSections } from '@/lib/engine/engine-data';
import { ENGINE_DATA_FILE, NAME_COUNTS_FILE, NAME_DATA_FILE, NER_MODEL_FILE } from '@/lib/engine/files';
import type { CompiledGazetteer } from '@/lib/gazetteer/compile';
import compiled from '@/lib/gazetteer/compiled.generated.json';
import patterns from '@/lib/gazetteer/patterns.json';
import { encodeNerModelBinary } from '@/lib/ner/model/binary';
import type { NerModelJson } from '@/lib/ner/model/types';
import modelJson from '@/lib/ner/model.generated.json';
import translitJson from '@/lib/translit/model.generated.json';
import { encodeNameCounts } from '@/lib/translit/counts-binary';
import type { TranslitModel } from '@/lib/translit/types';

const [packSections, nameSections] = splitNameSections(
  enginePackSections({
    compiled: compiled as CompiledGazetteer,
    patterns,
    translit: translitJson as TranslitModel,
  }),
);
const BUILT: Record<string, Uint8Array> = {
  [ENGINE_DATA_FILE]: encodeDataPack(packSections),
  [NER_MODEL_FILE]: encodeNerModelBinary(modelJson as unknown as NerModelJson),
  [NAME_COUNTS_FILE]: encodeNameCounts(translitJson as TranslitModel),
  [NAME_DATA_FILE]: encodeDataPack(nameSections),
};
const KNOWN = 'وقال وزير الخارجية الأردني أيمن الصفدي في عمّان إن المحادثات مع الأمم المتحدة ستستمر.';
const UNLISTED = 'وقال المتحدث باسم البلدية كرافتشوك بوشكوف إن الطريق سيفتح غدا.';

/**
 * The engine's files as the worker reads them at start: the name model's arrive only once they
 * are wanted (engine-files.ts holds them back until a page needs them, or for a few seconds).
 */
function setUp() {
  const wanted: string[] = [];
  let go: () => void = () => undefined;
  const wantedOnce = new Promise<void>((r) => (go = r));
  const read = (file: string) =>
    file === NAME_COUNTS_FILE || file === NAME_DATA_FILE
      ? wantedOnce.then(() => BUILT[file]!)
      : Promise.resolve(BUILT[file]!);
  const host = createEngineHost(read, null, () => {
    wanted.push('names');
    go();
  });
  return { host, wanted };
}

describe('the engine host asks for the name model only when a page needs it', () => {
  it.each([
    ['a page whose names the gazetteer knows: answered without them, not asked for', KNOWN, 0],
    ['a page that spells an unknown name: asked for, then answered', UNLISTED, 1],
  ])('%s', async (_, text, asked) => {
    const { host, wanted } = setUp();
    const got = await host.annotate(text, '2024-03-01');
    expect(got.entities.length).toBeGreaterThan(0);
    expect(wanted).toHaveLength(asked);
  });

  it('does not ask for them while it loads and warms up with no page', async () => {
    const { host, wanted } = setUp();
    host.warm();
    for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
    expect(wanted).toEqual([]);
  });
});
