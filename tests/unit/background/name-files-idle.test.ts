import { describe, expect, it } from 'vitest';
import { nameFiles, NameModelNotYet } from '@/entrypoints/background/name-files';
import { splitNameSections } from '@/entrypoints/background/name-sections';
import { encodeDataPack } from '@/lib/engine/data-pack';
import { enginePackSections } from '@/lib/engine/engine-data';
import { NAME_COUNTS_FILE } from '@/lib/engine/files';
import type { CompiledGazetteer } from '@/lib/gazetteer/compile';
import compiled from '@/lib/gazetteer/compiled.generated.json';
import patterns from '@/lib/gazetteer/patterns.json';
import translitJson from '@/lib/translit/model.generated.json';
import { encodeNameCounts } from '@/lib/translit/counts-binary';
import type { TranslitModel } from '@/lib/translit/types';

const model = translitJson as TranslitModel;
const counts = encodeNameCounts(model);
const [, nameSections] = splitNameSections(
  enginePackSections({ compiled: compiled as CompiledGazetteer, patterns, translit: model }),
);
const data = encodeDataPack(nameSections);
const never = () => Promise.reject(new Error('read again'));

/** The name files with their idle steps queued by hand, and the times the tables were made. */
function setUp(idle: boolean) {
  const steps: (() => void)[] = [];
  const made: number[] = [];
  const files = nameFiles(
    [Promise.resolve(counts), Promise.resolve(data)],
    never,
    NAME_COUNTS_FILE,
    Promise.resolve(model),
    (ms) => made.push(ms),
    idle ? (s) => steps.push(s) : undefined,
  );
  return { files, steps, made };
}
const runAll = (steps: (() => void)[]) => {
  for (let n = 0; steps.length && n < 10; n++) steps.shift()!();
};

describe('the name files, prepared in idle steps', () => {
  it('makes the tables in an idle step once the files are in, and only once', async () => {
    const { files, steps, made } = setUp(true);
    await files.ready();
    await Promise.resolve();
    expect(made).toEqual([]);
    runAll(steps);
    expect(made).toHaveLength(1);
    const first = files.counts();
    expect(files.counts()).toBe(first);
    expect(made).toHaveLength(1);
  });

  it('queues one step at a time: each step queues the next when it has run', async () => {
    const { files, steps } = setUp(true);
    await files.ready();
    await Promise.resolve();
    expect(steps).toHaveLength(1);
    steps.shift()!();
    expect(steps).toHaveLength(1);
  });

  it('without idle steps makes the tables on first use, once', async () => {
    const { files, steps, made } = setUp(false);
    await files.ready();
    expect(steps).toEqual([]);
    expect(made).toEqual([]);
    files.counts();
    files.counts();
    expect(made).toHaveLength(1);
  });

  it('does not make the tables before the files are in', () => {
    const steps: (() => void)[] = [];
    const files = nameFiles(
      [new Promise<Uint8Array>(() => undefined), Promise.resolve(data)],
      never,
      NAME_COUNTS_FILE,
      Promise.resolve(model),
      undefined,
      (s) => steps.push(s),
    );
    expect(() => files.counts()).toThrow(NameModelNotYet);
    expect(steps).toEqual([]);
  });
});
