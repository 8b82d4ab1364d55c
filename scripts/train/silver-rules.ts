// Silver sentences from Arabic Wikipedia text, labelled by the engine without its tagger (the
// gazetteer, the rules, coreference and page evidence): distant supervision for the tagger, read by
// `train:ner --silver FILE` (scripts/train/neural/silver.ts). No learned model takes part, so the
// labels owe nothing to any NewsFANE fold and one file serves every fold of cross-validation.
//   npx tsx scripts/train/silver-rules.ts DATA_DIR WIKI_DIR OUT.jsonl [--every 4] [--min-words 6] [--max-words 60]
//     [--wiki-files N] [--known-only]   read only the first N articles; keep only sentences whose every
//                      name the gazetteer knows (no rule's guess)
// Only labels that can be trusted are kept. A block of BLOCK sentences is read as one page (so
// coreference and page evidence work as on a page); of every `--every` blocks one is read. A sentence
// is kept when the engine names at least one thing in it and no word it leaves unnamed looks like a
// person's name (name lists, 3+ Wikidata person names, or letters most like a name's) and no person
// it named holds an ordinary word; otherwise its O labels would teach the tagger to pass names by.
// Every article sharing an 8-word run with NewsFANE is left out whole (scripts/train/wiki-text.ts).
// Deterministic: the same text and code give the same file.

import { writeFileSync } from 'node:fs';
import nerJson from '../../lib/ner/model.generated.json';
import { cueLexicon } from '../../lib/ner/cues';
import { parseNameEvidence, type NameEvidenceJson } from '../../lib/ner/model/name-evidence';
import { createEngine } from '../../lib/engine';
import { defaultEngineData } from '../../lib/engine/default-data';
import { clitics } from '../../lib/text/clitics';
import { tokenize } from '../../lib/text';
import { hasFlag, numFlag } from '../cli/args';
import { BLOCK, loadNewsFane, loadReservedSet, type GoldSentence } from '../eval/newsfane';
import { engineTags } from '../eval/newsfane-engine';
import { loadWikiText, sharesRun, wordRuns } from './wiki-text';

const lex = cueLexicon();
const evidence = parseNameEvidence((nerJson as { names: NameEvidenceJson }).names);

/** Could this unnamed word be (part of) a person's name? Common and stop words never are. */
export function nameLike(norm: string): boolean {
  const c = clitics(norm);
  const forms = [norm, c.definite, c.bare, ...(c.alt ? [c.alt] : [])];
  if (forms.some((f) => lex.common.has(f) || lex.stop.has(f) || lex.single.has(f))) return false;
  return forms.some((f) => lex.given.has(f) || lex.family.has(f) || evidence.countBucket(f) >= 2);
}

const ARABIC = /[\u0621-\u064a]/;
/** The name-likeness bucket of letters most like a name's (name-evidence.ts LIKE_CUTS). */
const LIKE_MAX = 4;

/** Keep the sentence's labels? (see the file's comment) */
export function trusted(words: readonly string[], tags: readonly string[]): boolean {
  if (!tags.some((t) => t.startsWith('B-'))) return false;
  for (let i = 0; i < words.length; i++) {
    if (tags[i] !== 'O' || !ARABIC.test(words[i]!)) continue;
    if (nameLike(words[i]!) || evidence.likeBucket(clitics(words[i]!).bare) >= LIKE_MAX) return false;
  }
  // A person the rules made of an ordinary word (ممثل كوميدي استرالي) is a misreading.
  for (let i = 0; i < words.length; i++) {
    if (!tags[i]!.endsWith('-person')) continue;
    const c = clitics(words[i]!);
    if (lex.common.has(c.bare)) return false;
    // A person opening with the article and not on the name lists is mostly a head noun or an
    // adjective taken in (الاسترالي, الاول): the tagger would learn to take them in too.
    if (tags[i] === 'B-person' && c.article && !nameLike(words[i]!)) return false;
  }
  return true;
}

function main(): void {
  const [dataDir, wikiDir, out] = process.argv.slice(2);
  if (!dataDir || !wikiDir || !out || out.startsWith('--'))
    throw new Error('usage: silver-rules.ts DATA_DIR WIKI_DIR OUT.jsonl [--every 4] [--min-words 6] [--max-words 60]');
  const every = numFlag('--every', 4);
  const minWords = numFlag('--min-words', 6);
  const maxWords = numFlag('--max-words', 60);
  const knownOnly = hasFlag('--known-only');
  const n = loadNewsFane(dataDir);
  const runs = wordRuns(
    [...n.train, ...n.dev, ...n.test, ...loadReservedSet(dataDir)].map((s) => s.map((t) => t.norm)),
  );
  const { sentences, skipped } = loadWikiText(wikiDir, {
    maxFiles: numFlag('--wiki-files', Infinity),
    skip: (a) => sharesRun(a, runs),
  });
  console.log(`wiki text: ${sentences.length} sentences; ${skipped} articles left out for sharing text with NewsFANE`);
  const engine = createEngine({ ...defaultEngineData(), ner: null });
  const lines: string[] = [];
  let read = 0;
  let named = 0;
  for (let b = 0; b * BLOCK < sentences.length; b += every) {
    const block: GoldSentence[] = sentences
      .slice(b * BLOCK, (b + 1) * BLOCK)
      .map((w) =>
        w.map((norm) => ({ text: norm, norm, kind: tokenize(norm)[0]?.kind ?? 'punct', fine: '', tag: 'O' })),
      );
    const guessed = new Set<GoldSentence>();
    const tags = engineTags(engine, block, guessed);
    for (const s of block) {
      read++;
      const t = tags.get(s)!;
      if (t.some((x) => x !== 'O')) named++;
      if (s.length < minWords || s.length > maxWords || (knownOnly && guessed.has(s))) continue;
      const w = s.map((x) => x.norm);
      if (trusted(w, t)) lines.push(JSON.stringify({ by: 'rules', w, t, p: 1 }));
    }
  }
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(`read ${read} sentences, ${named} with a name; kept ${lines.length} → ${out}`);
}

if (process.argv[1]?.endsWith('silver-rules.ts')) main();
