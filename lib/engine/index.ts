// The Hamish engine: Arabic text in, name and date mentions out. Pure; its data is a parameter
// (lib/engine/default-data.ts builds the shipped data once; tests pass small data). The stages and
// their order are in stages.ts; what they share, the page among it, in engine-context.ts.
import { createAnnotator } from './stages';
import type { Engine, EngineData } from './types';

export type { Engine, EngineData, PatternsDoc } from './types';

export function createEngine(data: EngineData): Engine {
  return { annotate: createAnnotator(data) };
}
