// Writes the neural teacher's inputs (scripts/train/neural/teacher.py) as JSON lines, from the same
// readers the perceptron trains with, so the teacher sees exactly its training data and nothing more:
//   npx tsx scripts/train/neural/export-data.ts DATA_DIR OUT_DIR [--aqmar DIR] [--wiki-text DIR] [--wiki-files N]
// OUT_DIR/train.jsonl  NewsFANE's train split (reserved sentences already out, scripts/eval/newsfane.ts)
//                      and AQMAR mapped to our conventions (--aqmar), one sentence a line:
//                      {"w": normal forms, "b": forms without the article and the clitics before it,
//                      "t": BIO tags, "blk": block}
//                      where blk is the sentence's block of the train split as eval-folds.ts deals
//                      them (fold = blk % k), and -1 for AQMAR (in every fold's training).
// OUT_DIR/dev.jsonl    the dev split, for choosing the teacher's epoch and reporting it.
// OUT_DIR/wiki.jsonl   unlabelled Arabic Wikipedia sentences to be labelled (silver), {"w", "b"}; every
//                      article sharing an 8-word run with any NewsFANE text is left out whole
//                      (scripts/train/wiki-text.ts), so no NewsFANE sentence, reserved or not, is labelled.
// The held-out split is never written.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clitics } from '../../../lib/text/clitics';
import { flag, numFlag } from '../../cli/args';
import { BLOCK, loadNewsFane, loadReservedSet, type GoldSentence } from '../../eval/newsfane';
import { loadAqmar } from '../aqmar';
import { loadWikiText, sharesRun, wordRuns } from '../wiki-text';

const bare = (w: string): string => clitics(w).bare;

/** One labelled sentence as a JSON line. */
export function goldLine(s: GoldSentence, blk: number): string {
  const w = s.map((t) => t.norm);
  return JSON.stringify({ w, b: w.map(bare), t: s.map((t) => t.tag), blk });
}

/** One unlabelled sentence (normal forms) as a JSON line. */
export function textLine(w: readonly string[]): string {
  return JSON.stringify({ w, b: w.map(bare) });
}

function main(): void {
  const [dir, out] = process.argv.slice(2);
  if (!dir || !out || out.startsWith('--'))
    throw new Error('usage: export-data.ts DATA_DIR OUT_DIR [--aqmar DIR] [--wiki-text DIR] [--wiki-files N]');
  mkdirSync(out, { recursive: true });
  const news = loadNewsFane(dir);
  const aq = flag('--aqmar');
  const train = [
    ...news.train.map((s, i) => goldLine(s, Math.floor(i / BLOCK))),
    ...(aq ? loadAqmar(aq).map((s) => goldLine(s, -1)) : []),
  ];
  writeFileSync(join(out, 'train.jsonl'), train.join('\n') + '\n');
  writeFileSync(join(out, 'dev.jsonl'), news.dev.map((s) => goldLine(s, -1)).join('\n') + '\n');
  console.log(`train.jsonl: ${train.length} sentences; dev.jsonl: ${news.dev.length}`);

  const wiki = flag('--wiki-text');
  if (!wiki) return;
  const runs = wordRuns(
    [...news.train, ...news.dev, ...news.test, ...loadReservedSet(dir)].map((s) => s.map((t) => t.norm)),
  );
  const { sentences, skipped } = loadWikiText(wiki, {
    maxFiles: numFlag('--wiki-files', Infinity),
    skip: (a) => sharesRun(a, runs),
  });
  writeFileSync(join(out, 'wiki.jsonl'), sentences.map(textLine).join('\n') + '\n');
  console.log(`wiki.jsonl: ${sentences.length} sentences; ${skipped} articles left out for sharing text with NewsFANE`);
}

if (process.argv[1]?.endsWith('export-data.ts')) main();
