// The engine's files (lib/engine/files.ts: its data pack and binary tables), read from the
// extension's own package. Reading starts when this module is evaluated: index.ts imports it before
// the rest of the worker's script, so the browser reads the files while that is evaluated. None of
// them is web-accessible.
import { browser } from 'wxt/browser';
import { ENGINE_DATA_FILE, NAME_COUNTS_FILE, NAME_DATA_FILE, NER_MODEL_FILE } from '@/lib/engine/files';

/** When the worker's script began to run (ms after the worker started): its compiling came before. */
export const scriptStartedAt = performance.now();

async function fetchFile(file: string): Promise<Uint8Array> {
  const res = await fetch(new URL(file, browser.runtime.getURL('/')));
  if (!res.ok) throw new Error(`${file}: ${res.status} ${res.statusText}`);
  return new Uint8Array(await res.arrayBuffer());
}

// The data pack and the tagger, which every page needs, are read first; the name model's files
// (needed only for a name the gazetteer does not know) once the tagger is in, so that they do not
// share the first page's reading.
const pack = fetchFile(ENGINE_DATA_FILE);
const tagger = fetchFile(NER_MODEL_FILE);
// Once the tagger is in, or has failed: the name model's files (read only after what every page needs).
const afterTagger = (file: string) =>
  tagger.then(
    () => fetchFile(file),
    () => fetchFile(file),
  );
const early = new Map([
  [ENGINE_DATA_FILE, pack],
  [NER_MODEL_FILE, tagger],
  [NAME_COUNTS_FILE, afterTagger(NAME_COUNTS_FILE)],
  [NAME_DATA_FILE, afterTagger(NAME_DATA_FILE)],
]);
// A failed early read is reported to the request that takes it, not as an unhandled rejection.
for (const p of early.values()) p.catch(() => undefined);

/** One of the engine's files: the read begun at start the first time, a new read after (a retry). */
export function readEngineFile(file: string): Promise<Uint8Array> {
  const started = early.get(file);
  early.delete(file);
  return started ?? fetchFile(file);
}
