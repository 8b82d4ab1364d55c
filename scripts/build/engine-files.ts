// A Vite plugin for the extension's build: writes the engine's files beside the background script,
// which fetches them at start (engine-host.ts). The background's script carries none of this data
// (bundled as object literals it was 2.5 MB of the 3.2 MB bench script, compiled and evaluated
// before the worker could start reading anything).
// - The gazetteer, patterns and name model as the JSON sections of lib/engine/data-pack.ts, parsed
//   when the worker first needs each one; the name model's spelling table and English word list in
//   a pack of their own (1.5 MB that the first page, if it spells no unknown name, does not wait for).
// - The tagger's weights (lib/ner/model/binary.ts). Decoding the committed JSON's base64 varints
//   took the background 30 ms idle and up to 970 ms under load.
// - The name model's n-gram tables (lib/translit/counts-binary.ts). Building them from the JSON took
//   450–600 ms under load on the first name the gazetteer does not know.
// Made from the committed JSON at every build, so the files and the code never disagree, and written
// only by the build that makes the background.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { encodeDataPack } from '../../lib/engine/data-pack';
import { enginePackSections } from '../../lib/engine/engine-data';
import { ENGINE_DATA_FILE, NAME_COUNTS_FILE, NAME_DATA_FILE, NER_MODEL_FILE } from '../../lib/engine/files';
import { splitNameSections } from '../../entrypoints/background/name-sections';
import type { CompiledGazetteer } from '../../lib/gazetteer/compile';
import type { PatternsDoc } from '../../lib/engine/types';
import { encodeNerModelBinary } from '../../lib/ner/model/binary';
import type { NerModelJson } from '../../lib/ner/model/types';
import { encodeNameCounts } from '../../lib/translit/counts-binary';
import type { TranslitModel } from '../../lib/translit/types';

const json = <T>(path: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../lib/${path}`, import.meta.url)), 'utf8')) as T;

/** The bytes of the tagger's binary file, made from the committed JSON. */
const nerModelFile = (): Uint8Array => encodeNerModelBinary(json<NerModelJson>('ner/model.generated.json'));

/** The bytes of the name model's tables, made from the committed JSON. */
const nameCountsFile = (): Uint8Array => encodeNameCounts(json<TranslitModel>('translit/model.generated.json'));

/**
 * The bytes of the engine's data pack and of the name model's own pack (its spelling table and
 * English word list, which only a name the gazetteer does not know needs), made from the committed JSON.
 */
const engineDataFiles = (): [Uint8Array, Uint8Array] =>
  splitNameSections(
    enginePackSections({
      compiled: json<CompiledGazetteer>('gazetteer/compiled.generated.json'),
      patterns: json<PatternsDoc>('gazetteer/patterns.json'),
      translit: json<TranslitModel>('translit/model.generated.json'),
    }),
  ).map(encodeDataPack) as [Uint8Array, Uint8Array];

export function engineFiles(): Plugin {
  return {
    name: 'hamish-engine-files',
    apply: 'build',
    generateBundle(_options, bundle) {
      const background = Object.values(bundle).some((f) => f.type === 'chunk' && f.fileName === 'background.js');
      if (!background) return;
      const [pack, names] = engineDataFiles();
      this.emitFile({ type: 'asset', fileName: ENGINE_DATA_FILE, source: pack });
      this.emitFile({ type: 'asset', fileName: NAME_DATA_FILE, source: names });
      this.emitFile({ type: 'asset', fileName: NER_MODEL_FILE, source: nerModelFile() });
      this.emitFile({ type: 'asset', fileName: NAME_COUNTS_FILE, source: nameCountsFile() });
    },
  };
}
