// The engine's shipped data except the tagger, which each context loads its own way: the extension
// reads the data pack and binary files its build writes (files.ts) and bundles none of this JSON,
// the command line reads these imports as JSON files beside its bundle, and node scripts and tests
// import the committed JSON (default-data.ts).
import compiled from '../gazetteer/compiled.generated.json';
import patterns from '../gazetteer/patterns.json';
import type { NerModel } from '../ner/model';
import translitJson from '../translit/model.generated.json';
import { nameCountsLoader } from '../translit/counts-binary';
import type { Counts, CountsSource } from '../translit/decode';
import type { TranslitModel } from '../translit/types';
import { engineData } from './engine-data';
import type { EngineData } from './types';

/**
 * The shipped name model's tables from their binary file (files.ts NAME_COUNTS_FILE): the file is
 * checked now, the tables are made when the first name the gazetteer does not know needs them.
 */
export const shippedNameCounts = (bytes: Uint8Array): (() => Counts) => nameCountsLoader(bytes, translitJson);

/**
 * The shipped gazetteer, patterns and name model, with the tagger given. `counts`: the name model's
 * tables (shippedNameCounts), or a function loading them when first needed; without them they are
 * built from the JSON on first use, which the command line's bundle does not carry.
 */
export const shippedEngineData = (ner: NerModel | null, counts?: CountsSource): EngineData =>
  engineData({ compiled, patterns, translit: translitJson as TranslitModel }, ner, counts);
