// A Vite plugin for the extension's build: writes the engine's binary files beside the background
// script, which fetches them (engine-host.ts), and leaves the JSON they replace out of the bundle.
// - The tagger's weights (lib/ner/model/binary.ts). Decoding the committed JSON's base64 varints
//   took the background 30 ms idle and up to 970 ms under load.
// - The name model's n-gram tables (lib/translit/counts-binary.ts). Building them from the JSON took
//   450–600 ms under load on the first name the gazetteer does not know; the JSON's counts (1 MB of
//   the background bundle) are then dropped from the bundled model.
// Made from the committed JSON at every build, so the files and the code never disagree, and written
// only by the build that makes the background.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { NAME_COUNTS_FILE, NER_MODEL_FILE } from '../../lib/engine/files';
import { encodeNerModelBinary } from '../../lib/ner/model/binary';
import type { NerModelJson } from '../../lib/ner/model/types';
import { encodeNameCounts } from '../../lib/translit/counts-binary';
import type { TranslitModel } from '../../lib/translit/types';

const NER_JSON = fileURLToPath(new URL('../../lib/ner/model.generated.json', import.meta.url));
const NAME_JSON = fileURLToPath(new URL('../../lib/translit/model.generated.json', import.meta.url));

const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

/** The bytes of the tagger's binary file, made from the committed JSON. */
export function nerModelFile(): Uint8Array {
  return encodeNerModelBinary(readJson<NerModelJson>(NER_JSON));
}

/** The bytes of the name model's tables, made from the committed JSON. */
export function nameCountsFile(): Uint8Array {
  return encodeNameCounts(readJson<TranslitModel>(NAME_JSON));
}

export function engineFiles(): Plugin {
  return {
    name: 'hamish-engine-files',
    apply: 'build',
    // Runs before Vite's JSON plugin, so what it returns is the JSON that plugin turns into a module.
    enforce: 'pre',
    load(id) {
      if (id !== NAME_JSON) return null;
      const { ngrams: _counts, ...rest } = readJson<TranslitModel>(NAME_JSON);
      return JSON.stringify(rest);
    },
    generateBundle(_options, bundle) {
      const background = Object.values(bundle).some((f) => f.type === 'chunk' && f.fileName === 'background.js');
      if (!background) return;
      this.emitFile({ type: 'asset', fileName: NER_MODEL_FILE, source: nerModelFile() });
      this.emitFile({ type: 'asset', fileName: NAME_COUNTS_FILE, source: nameCountsFile() });
    },
  };
}
