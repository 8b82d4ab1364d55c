// Public API of the gazetteer: compile at build time, load at run time.
export { compileGazetteer } from './compile';
export { loadGazetteer } from './load';
export type { Gazetteer } from './load';
