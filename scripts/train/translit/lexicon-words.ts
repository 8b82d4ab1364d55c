// The word list the shipped name model may spell from (lib/translit/lexicon.ts), for gen-translit.ts.

/**
 * The English spellings of the training pairs and the proper names of a word list (one word a line,
 * as /usr/share/dict's lists: "Washington"), lowercase, deduplicated, sorted by code unit, joined by
 * "\n". Only capitalised words of plain letters are names; the list's common words are left out.
 */
export function lexiconWords(trainingEnglish: Iterable<string>, wordList: string): string {
  const words = new Set<string>();
  for (const en of trainingEnglish) if (en.length > 0 && !en.includes('\n')) words.add(en);
  for (const line of wordList.split('\n')) {
    const w = line.trim();
    if (/^[A-Z][a-z]+$/.test(w)) words.add(w.toLowerCase());
  }
  return [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join('\n');
}
