// The name model's files for the background's engine: its n-gram tables (data/name-counts.bin) and
// its spelling table and English word list (data/name-data.bin, two sections of a data pack of
// their own). The engine does not wait for them: most pages name only people and places the
// gazetteer knows, and the first page after the worker starts would otherwise wait for 4.4 MB
// (half the engine's bytes) that it does not use. A page that does spell an unknown name asks for
// them; if they are not in yet, the engine's call stops (NameModelNotYet) and the host calls again
// once they are, so the answer is the one the engine gives with the files at hand from the start.
import { openDataPack, type DataPack } from '@/lib/engine/data-pack';
import { NAME_DATA_FILE } from '@/lib/engine/files';
import { nameCountsLoader } from '@/lib/translit/counts-binary';
import type { Counts } from '@/lib/translit/decode';
import type { TranslitModel } from '@/lib/translit/types';
import { NAME_SECTIONS } from './name-sections';

/** Thrown from inside an engine call that needs the name model before its files are in. */
export class NameModelNotYet extends Error {
  constructor() {
    super('the name model is still loading');
  }
}

export interface NameFiles {
  /** The tables, for the engine (made on first use); throws NameModelNotYet before the files are in. */
  counts(): Counts;
  /** The engine's data pack with the name sections added (read from them once in; NameModelNotYet before). */
  withNames(pack: DataPack): DataPack;
  /** Settles when the files are in and checked; rejects with the reason (the next call reads them again). */
  ready(): Promise<void>;
}

type Read = (file: string) => Promise<Uint8Array>;

/**
 * `first` holds the reads already under way (engine-files.ts starts them with the worker), by file;
 * a read that fails or a damaged file is read again with `read` at the next `ready()`. `model` is
 * the name model the tables must match (from the engine's data pack). `made` gets the ms making the
 * tables took (the bench build's timings). `idle`, when given, runs a step in a task of its own
 * behind any page's request: once the files are in, the spelling table, the word list and the
 * tables are made there one per task, not all in the first call that needs them (in the page bench
 * that call, a warm-up round, ran 220–480 ms at load 16, and a first page sent meanwhile waited).
 */
export function nameFiles(
  first: [counts: Promise<Uint8Array>, data: Promise<Uint8Array>],
  read: Read,
  countsFile: string,
  model: Promise<TranslitModel>,
  made?: (ms: number) => void,
  idle?: (step: () => void) => void,
): NameFiles {
  let tables: (() => Counts) | null = null;
  let counted: Counts | null = null;
  let data: DataPack | null = null;
  const load = async ([counts, pack]: [Promise<Uint8Array>, Promise<Uint8Array>]) => {
    try {
      const [c, d, m] = await Promise.all([counts, pack, model]);
      const opened = openDataPack(d, NAME_DATA_FILE);
      const missing = NAME_SECTIONS.filter((s) => !opened.names.includes(s));
      if (missing.length) throw new Error(`${NAME_DATA_FILE} lacks ${missing.join(', ')}: rebuild the extension`);
      [tables, data] = [nameCountsLoader(c, m), opened];
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      throw new Error(`the name model could not be loaded: ${why}`, { cause: e });
    }
  };
  // Under way from the start, so that a page needing them waits as little as possible. A failed
  // load is kept until a page that needs the files is told (not reported as an unhandled
  // rejection); the page after it reads them again.
  let loading: Promise<void> | null = load(first);
  void loading.catch(() => undefined);
  const counts = () => {
    if (!tables) throw new NameModelNotYet();
    if (counted) return counted;
    const t = performance.now();
    counted = tables();
    made?.(performance.now() - t);
    return counted;
  };
  if (idle) {
    const steps = [...NAME_SECTIONS.map((s) => () => void data?.json(s)), () => void (tables && counts())];
    const next = () => {
      const step = steps.shift();
      if (!step) return;
      step();
      idle(next);
    };
    void loading.then(
      () => idle(next),
      () => undefined,
    );
  }
  const ready = () => {
    const p = (loading ??= load([read(countsFile), read(NAME_DATA_FILE)]));
    return p.catch((e: unknown) => {
      if (loading === p) loading = null;
      throw e;
    });
  };
  return {
    counts,
    withNames: (pack) => ({
      names: [...pack.names.filter((n) => !NAME_SECTIONS.includes(n)), ...NAME_SECTIONS],
      json<T>(name: string): T {
        if (!NAME_SECTIONS.includes(name)) return pack.json<T>(name);
        if (!data) throw new NameModelNotYet();
        return data.json<T>(name);
      },
    }),
    ready,
  };
}
