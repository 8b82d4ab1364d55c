import { describe, expect, it } from 'vitest';
import { createEngineHost } from '@/entrypoints/background/engine-host';
import { newTimings } from '@/entrypoints/background/engine-timing';
import { encodeDataPack } from '@/lib/engine/data-pack';
import { defaultEngine } from '@/lib/engine/default-data';
import { enginePackSections } from '@/lib/engine/engine-data';
import { ENGINE_DATA_FILE, NAME_COUNTS_FILE, NAME_DATA_FILE, NER_MODEL_FILE } from '@/lib/engine/files';
import { splitNameSections } from '@/entrypoints/background/name-sections';
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
const sections = enginePackSections({
  compiled: compiled as CompiledGazetteer,
  patterns,
  translit: translitJson as TranslitModel,
});
// Split between two packs as the build writes them.
const [packSections, nameSections] = splitNameSections(sections);
const BUILT: Record<string, Uint8Array> = {
  [ENGINE_DATA_FILE]: encodeDataPack(packSections),
  [NER_MODEL_FILE]: good,
  [NAME_COUNTS_FILE]: names,
  [NAME_DATA_FILE]: encodeDataPack(nameSections),
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

  // The name model's file fails only a page that needs it (one spelling a name no list holds).
  it.each([
    [ENGINE_DATA_FILE, TEXT, /the engine data could not be loaded: data\/engine-data\.bin: .*truncated/],
    [NER_MODEL_FILE, TEXT, /the tagger could not be loaded: NER model binary: .*truncated/],
    [NAME_COUNTS_FILE, UNLISTED, /the name model could not be loaded: name model counts: .*truncated/],
    [NAME_DATA_FILE, UNLISTED, /the name model could not be loaded: data\/name-data\.bin: .*truncated/],
  ])(
    'a damaged %s fails the waiting request with its reason, and the next request loads again',
    async (file, text, why) => {
      let reads = 0;
      const host = createEngineHost((f) => {
        if (f === file && ++reads === 1) return Promise.resolve(BUILT[f]!.subarray(0, 5000));
        return files()(f);
      });
      await expect(host.annotate(text, null)).rejects.toThrow(why);
      const second = await host.annotate(text, null);
      expect(reads).toBe(2);
      expect(second.entities.some((e) => e.type === 'person')).toBe(true);
    },
  );

  it.each([NAME_COUNTS_FILE, NAME_DATA_FILE])(
    'serves a page of known names before %s is in, as it would with it',
    async (file) => {
      let arrive: (bytes: Uint8Array) => void = () => undefined;
      const late = new Promise<Uint8Array>((r) => (arrive = r));
      const host = createEngineHost((f) => (f === file ? late : files()(f)));
      const got = await host.annotate(TEXT, '2024-03-01');
      const want = await createEngineHost(files()).annotate(TEXT, '2024-03-01');
      expect(got.entities).toEqual(want.entities);
      // A page that spells an unknown name waits for the file, then gets the answer made with it.
      const unlisted = host.annotate(UNLISTED, '2024-03-01');
      let settled = false;
      void unlisted.then(() => (settled = true));
      for (let i = 0; i < 5; i++) await tick();
      expect(settled).toBe(false);
      arrive(BUILT[file]!);
      const spelled = await unlisted;
      const full = await createEngineHost(files()).annotate(UNLISTED, '2024-03-01');
      expect(spelled.entities).toEqual(full.entities);
      expect(spelled.entities.some((e) => !e.known && e.type === 'person' && e.english)).toBe(true);
    },
  );

  it.each([
    [
      ENGINE_DATA_FILE,
      'gazetteer',
      TEXT,
      "the engine data could not be loaded: the engine's data pack lacks gazetteer",
    ],
    [NAME_DATA_FILE, 'name-table', UNLISTED, 'the name model could not be loaded: data/name-data.bin lacks name-table'],
  ])('%s from another build (%s missing) fails the request, naming what is missing', async (file, gone, text, why) => {
    const split = { [ENGINE_DATA_FILE]: packSections, [NAME_DATA_FILE]: nameSections }[file]!;
    const { [gone]: _gone, ...rest } = split;
    const host = createEngineHost(files({ [file]: encodeDataPack(rest) }));
    await expect(host.annotate(text, null)).rejects.toThrow(why);
  });

  it.each([
    [ENGINE_DATA_FILE, TEXT],
    [NER_MODEL_FILE, TEXT],
    [NAME_COUNTS_FILE, UNLISTED],
    [NAME_DATA_FILE, UNLISTED],
  ])('%s that cannot be read is reported, not a silent empty page', async (file, text) => {
    const host = createEngineHost(files({ [file]: new Error(`${file}: 404 Not Found`) }));
    await expect(host.annotate(text, null)).rejects.toThrow(`${file}: 404 Not Found`);
  });
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

  it('goes on without the name model while its files are not in, on the sentences that do not need it', async () => {
    const timings = newTimings();
    const never = new Promise<Uint8Array>(() => undefined);
    const host = createEngineHost((f) => (f === NAME_DATA_FILE ? never : files()(f)), timings);
    host.warm();
    for (let i = 0; i < 400 && timings.warmRounds < 8; i++) await new Promise((r) => setTimeout(r, 5));
    expect(timings.warmRounds).toBeGreaterThanOrEqual(8);
    // A page of known names is still served at once, a round at most behind.
    expect((await host.annotate(TEXT, null)).entities.length).toBeGreaterThan(2);
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
