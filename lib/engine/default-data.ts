// The shipped engine data for node scripts and tests, built once per process: the tagger decoded
// from the committed JSON. The engine itself takes data as a parameter; the extension's background
// loads the same data with the tagger from its binary file (entrypoints/background/engine-host.ts).
import nerJson from '../ner/model.generated.json';
import { loadNerModel } from '../ner/model';
import { createEngine } from './index';
import { prebuiltNameCounts } from './name-counts-source';
import { shippedEngineData } from './shipped-data';
import type { Engine, EngineData } from './types';

let data: EngineData | null = null;
let engine: Engine | null = null;

export function defaultEngineData(): EngineData {
  data ??= shippedEngineData(loadNerModel(nerJson), prebuiltNameCounts);
  return data;
}

export function defaultEngine(): Engine {
  engine ??= createEngine(defaultEngineData());
  return engine;
}
