// A Vite plugin for the extension's build: writes the tagger's weights as the binary file of
// lib/ner/model/binary.ts beside the background script, which fetches it (engine-host.ts). Decoding
// the committed JSON's base64 varints took the background 30 ms idle and up to 970 ms under load;
// the binary's arrays are used where they lie. Made from the JSON at every build, so the two never
// disagree, and written only by the build that makes the background.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { NER_MODEL_FILE } from '../../lib/engine/files';
import { encodeNerModelBinary } from '../../lib/ner/model/binary';
import type { NerModelJson } from '../../lib/ner/model/types';

const NER_JSON = fileURLToPath(new URL('../../lib/ner/model.generated.json', import.meta.url));

/** The bytes of the tagger's binary file, made from the committed JSON. */
export function nerModelFile(): Uint8Array {
  return encodeNerModelBinary(JSON.parse(readFileSync(NER_JSON, 'utf8')) as NerModelJson);
}

export function engineFiles(): Plugin {
  return {
    name: 'hamish-engine-files',
    apply: 'build',
    generateBundle(_options, bundle) {
      const background = Object.values(bundle).some((f) => f.type === 'chunk' && f.fileName === 'background.js');
      if (background) this.emitFile({ type: 'asset', fileName: NER_MODEL_FILE, source: nerModelFile() });
    },
  };
}
