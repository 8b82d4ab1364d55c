import { describe, expect, it } from 'vitest';
import { createEngineHost } from '@/entrypoints/background/engine-host';
import { newTimings } from '@/entrypoints/background/engine-timing';
import { encodeDataPack } from '@/lib/engine/data-pack';
import { defaultEngine } from '@/lib/engine/default-data';
import { enginePackSections } from '@/lib/engine/engine-data';
import { ENGINE_DATA_FILE, NAME_COUNTS_FILE, NER_MODEL_FILE } from '@/lib/engine/files';
import type { CompiledGazetteer } from '@/lib/gazetteer/compile';
import compiled from '@/lib/gazetteer/compiled.generated.json';
import patterns from '@/lib/gazetteer/patterns.json';
import { encodeNerModelBinary } from '@/lib/ner/model/binary';
import type { NerModelJson } from '@/lib/ner/model/types';
import modelJson from '@/lib/ner/model.generated.json';
import translitJson from '@/lib/translit/model.generated.json';
import { encodeNameCounts } from '@/lib/translit/counts-binary';
import type { TranslitModel } from '@/lib/translit/types';

const TEXT = 'وقال وزير الخارجية الأردني أيمن الصفدي في عمّان إن المحادثات مع الأمم المتحدة ستستمر.';
const good = encodeNerModelBinary(modelJson as unknown as NerModelJson);
const names = encodeNameCounts(translitJson as TranslitModel);
const pack = encodeDataPack(
  enginePackSections({ compiled: compiled as CompiledGazetteer, patterns, translit: translitJson as TranslitModel }),
);
const BUILT: Record<string, Uint8Array> = {
  [ENGINE_DATA_FILE]: pack,
  [NER_MODEL_FILE]: good,
  [NAME_COUNTS_FILE]: names,
};
/** The engine's files as the build packs them, with `damage` applied to the ones it names. */
const files =
  (damage: Partial<Record<string, Uint8Array | Error>> = {}) =>
  (file: string): Promise<Uint8Array> => {
    const given = damage[file] ?? BUILT[file];
    if (given instanceof Error) return Promise.reject(given);
    return given ? Promise.resolve(given) : Promise.reject(new Error(`${file}: 404`));
  };
// A name no list holds, so the name model spells it.
const UNLISTED = 'وقال المتحدث باسم البلدية كرافتشوك بوشكوف إن الطريق سيفتح غدا.';
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('the background engine host (tagger and name model from their binary files)', () => {
  it.each([TEXT, UNLISTED])(
    'reads a page as the engine of the command line and tests does (JSON data): %s',
    async (text) => {
      const host = createEngineHost(files());
      const got = await host.annotate(text, '2024-03-01');
      const want = defaultEngine().annotate(text, { published: '2024-03-01' });
      expect(got.entities.map((e) => [e.start, e.end, e.type, e.english])).toEqual(
        want.entities.map((e) => [e.start, e.end, e.type, e.english]),
      );
      expect(got.entities.length).toBeGreaterThan(0);
    },
  );

  it.each([
    [ENGINE_DATA_FILE, /the engine data could not be loaded: data\/engine-data\.bin: .*truncated/],
    [NER_MODEL_FILE, /the tagger could not be loaded: NER model binary: .*truncated/],
    [NAME_COUNTS_FILE, /the name model could not be loaded: name model counts: .*truncated/],
  ])('a damaged %s fails the waiting request with its reason, and the next request loads again', async (file, why) => {
    let reads = 0;
    const host = createEngineHost((f) => {
      if (f === file && ++reads === 1) return Promise.resolve(BUILT[f]!.subarray(0, 5000));
      return files()(f);
    });
    await expect(host.annotate(TEXT, null)).rejects.toThrow(why);
    const second = await host.annotate(TEXT, null);
    expect(reads).toBe(2);
    expect(second.entities.some((e) => e.type === 'person')).toBe(true);
  });

  it('a data pack from another build (a section missing) fails the request, naming what is missing', async () => {
    const { ['name-table']: _gone, ...rest } = enginePackSections({
      compiled: compiled as CompiledGazetteer,
      patterns,
      translit: translitJson as TranslitModel,
    });
    const host = createEngineHost(files({ [ENGINE_DATA_FILE]: encodeDataPack(rest) }));
    await expect(host.annotate(TEXT, null)).rejects.toThrow(
      "the engine data could not be loaded: the engine's data pack lacks name-table: rebuild the extension",
    );
  });

  it.each([ENGINE_DATA_FILE, NER_MODEL_FILE, NAME_COUNTS_FILE])(
    '%s that cannot be read is reported, not a silent empty page',
    async (file) => {
      const host = createEngineHost(files({ [file]: new Error(`${file}: 404 Not Found`) }));
      await expect(host.annotate(TEXT, null)).rejects.toThrow(`${file}: 404 Not Found`);
    },
  );
});

describe('the warm-up when the worker starts', () => {
  it('a page asked for while the engine loads is served before any warm-up round', async () => {
    const timings = newTimings();
    const host = createEngineHost(files(), timings);
    host.warm();
    const page = await host.annotate(TEXT, null);
    expect(page.entities.length).toBeGreaterThan(2);
    expect(timings.first?.engine).toBeGreaterThan(0);
    // The rounds stop once a page has been served: none ran before it, none after.
    for (let i = 0; i < 5; i++) await tick();
    expect(timings.warmRounds).toBe(0);
  });

  it('a page asked for during the warm-up waits for one round at most, and the rounds stop', async () => {
    const timings = newTimings();
    const host = createEngineHost(files(), timings);
    host.warm();
    while (timings.warmRounds < 2) await new Promise((r) => setTimeout(r, 5));
    const asked = timings.warmRounds;
    await host.annotate(TEXT, null);
    expect(timings.warmRounds - asked).toBeLessThanOrEqual(1);
    const served = timings.warmRounds;
    for (let i = 0; i < 5; i++) await tick();
    expect(timings.warmRounds).toBe(served);
  });

  it('times the tagger and the name model inside the first page (the bench build)', async () => {
    const timings = newTimings();
    const host = createEngineHost(files(), timings);
    await host.annotate(UNLISTED, null);
    expect(timings.first?.names).toBeGreaterThan(0);
    expect(timings.first?.tagger).toBeGreaterThan(0);
    expect(timings.first!.engine).toBeGreaterThanOrEqual(timings.first!.names + timings.first!.tagger);
    expect(timings.names).toBeGreaterThanOrEqual(0);
  });
});
