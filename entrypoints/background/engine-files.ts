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
// (needed only for a name the gazetteer does not know) after the tagger, and only once a page needs
// them or a few seconds have passed: while those 5.9 MB were read, a first page's request reached
// the worker late (page-pair.ts with them read 3 s later, fresh installs, pairs' ratio 0.75 and
// 0.83 in two runs of 10 at load 25-32). Read as soon as the first page was answered, they held
// its answer back instead (ratios 1.37 and 1.02).
const NAMES_AFTER_MS = 3000;
const pack = fetchFile(ENGINE_DATA_FILE);
const tagger = fetchFile(NER_MODEL_FILE);
let namesGo: () => void = () => undefined;
const namesWanted = new Promise<void>((r) => (namesGo = r));
void tagger.then(
  () => setTimeout(namesGo, NAMES_AFTER_MS),
  () => setTimeout(namesGo, NAMES_AFTER_MS),
);
/** Starts reading the name model's files now, if they are not under way (engine-host.ts asks). */
export const readNameFilesNow = (): void => namesGo();
// Once the tagger is in, or has failed, and the name model's files are wanted.
const afterTagger = (file: string) =>
  tagger
    .then(
      () => namesWanted,
      () => namesWanted,
    )
    .then(() => fetchFile(file));
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
