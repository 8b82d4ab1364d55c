// Files the extension's build writes beside its scripts (scripts/build/engine-files.ts), relative to
// the extension's root. None is web-accessible: only the extension's own pages can read them.

/** The tagger's weights in the binary layout of lib/ner/model/binary.ts. */
export const NER_MODEL_FILE = 'data/ner-model.bin';

/** The name model's n-gram tables in the binary layout of lib/translit/counts-binary.ts. */
export const NAME_COUNTS_FILE = 'data/name-counts.bin';

/** The gazetteer, patterns and name model as the JSON sections of lib/engine/data-pack.ts. */
export const ENGINE_DATA_FILE = 'data/engine-data.bin';

/** The name model's spelling table and English word list, sections of a data pack of their own. */
export const NAME_DATA_FILE = 'data/name-data.bin';
