// Which of the engine data pack's sections (lib/engine/engine-data.ts names them) ship in the name
// model's own pack, data/name-data.bin: the spelling table and English word list, which only a name
// the gazetteer does not know needs (name-files.ts). No imports: the build's plugin reads it too.
export const NAME_SECTIONS = ['name-table', 'name-lexicon'];

/** The engine's pack sections split between the two files, as the build writes them. */
export function splitNameSections(
  sections: Record<string, unknown>,
): [Record<string, unknown>, Record<string, unknown>] {
  const first: Record<string, unknown> = {};
  const names: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(sections)) (NAME_SECTIONS.includes(k) ? names : first)[k] = v;
  return [first, names];
}
