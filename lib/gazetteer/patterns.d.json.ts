// The type of patterns.json beside this file: TypeScript would infer `string` where the engine
// needs an entity type, so the document's type is declared here instead of cast at each import.
import type { PatternsDoc } from '../engine/types';

declare const patterns: PatternsDoc;
export default patterns;
