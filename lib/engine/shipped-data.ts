// The engine's shipped data except the tagger, which each context loads its own way: the extension
// fetches the binary file its build packs (files.ts), the command line reads it beside its bundle,
// and node scripts and tests decode the committed JSON (default-data.ts).
import compiled from '../gazetteer/compiled.generated.json';
import patterns from '../gazetteer/patterns.json';
import { loadGazetteer } from '../gazetteer/load';
import type { NerModel } from '../ner/model';
import translitJson from '../translit/model.generated.json';
import { nameCountsLoader } from '../translit/counts-binary';
import type { Counts, CountsSource } from '../translit/decode';
import { loadTranslit } from '../translit/guess';
import type { EngineData } from './types';

/**
 * The shipped name model's tables from their binary file (files.ts NAME_COUNTS_FILE): the file is
 * checked now, the tables are made when the first name the gazetteer does not know needs them.
 */
export const shippedNameCounts = (bytes: Uint8Array): (() => Counts) => nameCountsLoader(bytes, translitJson);

/**
 * The shipped gazetteer, patterns and name model, with the tagger given. `counts`: the name model's
 * tables (shippedNameCounts), or a function loading them when first needed; without them they are
 * built from the JSON on first use, which the extension's and the command line's bundles do not carry.
 */
export function shippedEngineData(ner: NerModel | null, counts?: CountsSource): EngineData {
  return {
    gazetteer: loadGazetteer(compiled),
    demonyms: compiled.demonyms,
    patterns: patterns,
    translit: loadTranslit(translitJson, counts),
    ner,
  };
}
