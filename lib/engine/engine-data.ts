// The engine's data from its JSON parts, however they arrive: imported by node scripts, tests and
// the command line (shipped-data.ts), or read from the data pack the extension's build writes
// (data-pack.ts, files.ts ENGINE_DATA_FILE) without any of it in the worker's script.
import type { CompiledGazetteer } from '../gazetteer/compile';
import { loadGazetteer } from '../gazetteer/load';
import type { NerModel } from '../ner/model';
import type { CountsSource } from '../translit/decode';
import { loadTranslit } from '../translit/guess';
import type { TranslitModel } from '../translit/types';
import type { DataPack } from './data-pack';
import type { EngineData, PatternsDoc } from './types';

export interface EngineJson {
  compiled: CompiledGazetteer;
  patterns: PatternsDoc;
  translit: TranslitModel;
}

/**
 * The gazetteer, patterns and name model, with the tagger given. `counts`: the name model's tables
 * (counts-binary.ts), or a function loading them when first needed; without them they are built
 * from the model's JSON counts on first use.
 */
export function engineData({ compiled, patterns, translit }: EngineJson, ner: NerModel | null, counts?: CountsSource) {
  const data: EngineData = {
    gazetteer: loadGazetteer(compiled),
    demonyms: compiled.demonyms,
    patterns,
    translit: loadTranslit(translit, counts),
    ner,
  };
  return data;
}

// The pack's sections. The name model's n-gram counts are not among them (they ship as the binary
// tables of counts-binary.ts), and its spelling table and English word list (1.1 MB) have sections
// of their own, parsed when the first name the gazetteer does not know is spelled.
const GAZETTEER = 'gazetteer';
const PATTERNS = 'patterns';
const NAME_MODEL = 'name-model';
const NAME_TABLE = 'name-table';
const NAME_LEXICON = 'name-lexicon';

/** The data pack's sections made from the committed JSON (the extension's build). */
export function enginePackSections({ compiled, patterns, translit }: EngineJson): Record<string, unknown> {
  const { ngrams: _binary, table, lexicon, ...model } = translit;
  return {
    [GAZETTEER]: compiled,
    [PATTERNS]: patterns,
    [NAME_MODEL]: model,
    [NAME_TABLE]: table,
    [NAME_LEXICON]: lexicon ?? null,
  };
}

/**
 * The engine's JSON parts from an opened pack: the gazetteer and patterns parsed now, the name
 * model's spelling table when first read. Every section is looked up now, so a pack that lacks one
 * fails here, not on some later page.
 */
export function packedEngineJson(pack: DataPack): EngineJson {
  const missing = [GAZETTEER, PATTERNS, NAME_MODEL, NAME_TABLE, NAME_LEXICON].filter((s) => !pack.names.includes(s));
  if (missing.length) throw new Error(`the engine's data pack lacks ${missing.join(', ')}: rebuild the extension`);
  const translit = { ...pack.json<Omit<TranslitModel, 'table' | 'lexicon'>>(NAME_MODEL) } as TranslitModel;
  let table: TranslitModel['table'] | undefined;
  Object.defineProperty(translit, 'table', {
    enumerable: true,
    get: () => (table ??= pack.json<TranslitModel['table']>(NAME_TABLE)),
  });
  Object.defineProperty(translit, 'lexicon', {
    enumerable: true,
    get: () => pack.json<string | null>(NAME_LEXICON) ?? undefined,
  });
  return {
    compiled: pack.json<CompiledGazetteer>(GAZETTEER),
    patterns: pack.json<PatternsDoc>(PATTERNS),
    translit,
  };
}
