// Public API of the gazetteer: compile at build time, load at run time.
export { compileGazetteer, mergeEntries, unresolvedForms, formKeys, articleDropped, FORM_AMBIGUOUS, FORM_ARTICLE_DROPPED } from './compile';
export type { CompiledGazetteer, CompiledEntry, Demonym } from './compile';
export { loadGazetteer } from './load';
export type { Gazetteer, GazetteerMatch } from './load';
