// The shipped engine data, built once per process (or extension page) from the committed
// generated JSON. The engine itself takes data as a parameter; this module is the one place that
// picks the real files.
import compiled from '../gazetteer/compiled.generated.json';
import patterns from '../gazetteer/patterns.json';
import { loadGazetteer } from '../gazetteer/load';
import nerJson from '../ner/model.generated.json';
import { loadNerModel } from '../ner/model';
import translitJson from '../translit/model.generated.json';
import { loadTranslit } from '../translit/guess';
import { createEngine } from './index';
import type { Engine, EngineData } from './types';

let data: EngineData | null = null;
let engine: Engine | null = null;

export function defaultEngineData(): EngineData {
  if (data) return data;
  data = {
    gazetteer: loadGazetteer(compiled),
    demonyms: compiled.demonyms,
    patterns: patterns,
    translit: loadTranslit(translitJson),
    ner: loadNerModel(nerJson),
  };
  return data;
}

export function defaultEngine(): Engine {
  engine ??= createEngine(defaultEngineData());
  return engine;
}
