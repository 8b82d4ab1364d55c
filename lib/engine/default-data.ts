// The shipped engine data, built once per process (or extension page) from the committed
// generated JSON. The engine itself takes data as a parameter; this module is the one place that
// picks the real files.
import compiled from '../gazetteer/compiled.generated.json';
import patterns from '../gazetteer/patterns.json';
import type { CompiledGazetteer } from '../gazetteer/compile';
import { loadGazetteer } from '../gazetteer/load';
import nerJson from '../ner/model.generated.json';
import { loadNerModel, type NerModelJson } from '../ner/model';
import translitJson from '../translit/model.generated.json';
import { loadTranslit, type TranslitModel } from '../translit/guess';
import { createEngine } from './index';
import type { Engine, EngineData, PatternsDoc } from './types';

let data: EngineData | null = null;
let engine: Engine | null = null;

export function defaultEngineData(): EngineData {
  if (data) return data;
  const gaz = compiled as unknown as CompiledGazetteer;
  data = {
    gazetteer: loadGazetteer(gaz),
    demonyms: gaz.demonyms,
    patterns: patterns as unknown as PatternsDoc,
    translit: loadTranslit(translitJson as unknown as TranslitModel),
    ner: loadNerModel(nerJson as unknown as NerModelJson),
  };
  return data;
}

export function defaultEngine(): Engine {
  engine ??= createEngine(defaultEngineData());
  return engine;
}
