// The type of the committed JSON beside this file: TypeScript would infer `string` where the
// loader needs a literal tag, so the generator's output type is declared here instead of cast at
// each import.
import type { NerModelJson } from './model';

declare const model: NerModelJson;
export default model;
