// The type of the committed JSON beside this file (scripts/data/gen-translit.ts writes it):
// TypeScript would infer `string` where the loader needs the smoothing's name, so the model's
// type is declared here instead of cast at each import.
import type { TranslitModel } from './guess';

declare const model: TranslitModel;
export default model;
