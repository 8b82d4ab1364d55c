// The type of the committed JSON beside this file (scripts/data/build-gazetteer.ts writes it):
// TypeScript would infer `number` and `string` where the loader needs literal tags and entity
// types, so the compiler's output type is declared here instead of cast at each import.
import type { CompiledGazetteer } from './compile';

declare const compiled: CompiledGazetteer;
export default compiled;
