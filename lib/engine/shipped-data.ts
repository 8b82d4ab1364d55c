// The engine's shipped data except the tagger, which each context loads its own way: the extension
// fetches the binary file its build packs (files.ts), the command line reads it beside its bundle,
// and node scripts and tests decode the committed JSON (default-data.ts).
import compiled from '../gazetteer/compiled.generated.json';
import patterns from '../gazetteer/patterns.json';
import { loadGazetteer } from '../gazetteer/load';
import type { NerModel } from '../ner/model';
import translitJson from '../translit/model.generated.json';
import { loadTranslit } from '../translit/guess';
import type { EngineData } from './types';

/** The shipped gazetteer, patterns and name model, with the tagger given. */
export function shippedEngineData(ner: NerModel | null): EngineData {
  return {
    gazetteer: loadGazetteer(compiled),
    demonyms: compiled.demonyms,
    patterns: patterns,
    translit: loadTranslit(translitJson),
    ner,
  };
}
