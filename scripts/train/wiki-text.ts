// Reader for unlabelled Arabic Wikipedia text, used only to learn the tagger's word clusters
// (scripts/train/clusters.ts): its labels are none and it is never scored.
//
// Source: the Arabic side of the Comparable Wikipedia Corpus (Motaz Saad and Basem Alijla,
// PICICT 2017; github.com/motazsaad/egy-arb-dialect-id, folder ar-arz/20012017/ar): 10,197 Arabic
// Wikipedia articles of the 20 January 2017 dump (8.4 million words, 9.45 million tokens), those that have an
// Egyptian Arabic counterpart, extracted with WikiExtractor. CC BY-SA 4.0 as the corpus says;
// Wikipedia's text is CC BY-SA. Encyclopaedic, not newswire, but ANERcorp (NewsFANE's text) took
// some of its stories from Wikipedia: 19 of these articles share 8-word runs with 130 NewsFANE
// sentences, 9 of them reserved. `skip` drops such an article whole (scripts/train/wiki-clusters.ts), so no
// NewsFANE sentence, reserved or not, reaches the clusters.
//
// Read by hand from a copy given on the command line (`--wiki-text DIR`, DIR holding
// ar-arz/20012017/ar/doc_*.txt); never at build, test or run time.
//
// File format: `<doc id=… title=… url=…>`, the title on its own line, paragraphs, `</doc>`.
// The title line is dropped (it repeats the article's first words); the rest is split into
// sentences and words by lib/text, as a page's text is.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../../lib/text';
import { sentences } from '../../lib/text/tokens';

export const WIKI_FOLDER = 'ar-arz/20012017/ar';

/** Sentences of one WikiExtractor document file, each as the normal forms of its words. */
export function parseWikiDoc(raw: string, intern: (s: string) => string = (s) => s): string[][] {
  const out: string[][] = [];
  const lines = raw.split(/\r?\n/);
  let title = false;
  for (const line of lines) {
    if (line.startsWith('<doc ')) {
      title = true;
      continue;
    }
    if (line.startsWith('</doc>')) continue;
    if (title) {
      if (line.trim()) title = false;
      continue;
    }
    for (const { start, end } of sentences(line)) {
      const words = tokenize(line.slice(start, end)).map((t) => intern(t.norm));
      // A heading or a list item of one or two words says little about its words' company.
      if (words.length >= 3) out.push(words);
    }
  }
  return out;
}

/** Arabic words only: the runs compared are made of them (punctuation and digits are spelt unevenly). */
const arabicWords = (s: readonly string[]): string[] => s.filter((w) => /[\u0621-\u064a]/.test(w));
const RUN = 8;

/** Every run of RUN consecutive Arabic words of the sentences (normal forms), joined by spaces. */
export function wordRuns(text: readonly (readonly string[])[]): Set<string> {
  const out = new Set<string>();
  for (const s of text) {
    const w = arabicWords(s);
    for (let i = 0; i + RUN <= w.length; i++) out.add(w.slice(i, i + RUN).join(' '));
  }
  return out;
}

/** Does an article (its sentences) share a run of RUN words with `runs`? */
export function sharesRun(article: readonly (readonly string[])[], runs: ReadonlySet<string>): boolean {
  for (const r of wordRuns(article)) if (runs.has(r)) return true;
  return false;
}

interface WikiOptions {
  /** Read only the first files. */
  maxFiles?: number;
  /** Leave out an article whose sentences this returns true for. */
  skip?: (article: string[][]) => boolean;
}

/** Every sentence of the copy at `dir`, in file order, with the number of articles left out. */
export function loadWikiText(dir: string, opts: WikiOptions = {}): { sentences: string[][]; skipped: number } {
  const folder = join(dir, WIKI_FOLDER);
  const files = readdirSync(folder)
    .filter((f) => /^doc_\d+\.txt$/.test(f))
    .sort()
    .slice(0, opts.maxFiles ?? Infinity);
  if (!files.length) throw new Error(`no doc_*.txt under ${folder}`);
  // One string per distinct word, so millions of tokens cost pointers, not copies.
  const pool = new Map<string, string>();
  const intern = (s: string): string => {
    const had = pool.get(s);
    if (had !== undefined) return had;
    pool.set(s, s);
    return s;
  };
  const sentences: string[][] = [];
  let skipped = 0;
  for (const f of files) {
    const article = parseWikiDoc(readFileSync(join(folder, f), 'utf8'), intern);
    if (opts.skip?.(article)) skipped++;
    else for (const s of article) sentences.push(s);
  }
  return { sentences, skipped };
}
