// The word-cluster table learned from Arabic Wikipedia text (scripts/train/wiki-text.ts) and AQMAR's
// sentences, for `--wiki-text DIR` (scripts/train/extra-sources.ts). It reads no NewsFANE text but
// to keep it out: every Wikipedia article sharing an 8-word run with NewsFANE is left out whole.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClusterJson } from '../../lib/ner/model/clusters';
import { loadNewsFane, loadReservedSet, type GoldSentence } from '../eval/newsfane';
import { loadAqmar } from './aqmar';
import { learnClusters, type ClusterOptions } from './clusters';
import { loadWikiText, sharesRun, WIKI_FOLDER, wordRuns } from './wiki-text';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HERE = fileURLToPath(new URL('.', import.meta.url));
let wikiMemo: { key: string; table: ClusterJson } | null = null;

/**
 * The Wikipedia table takes minutes to learn, so it is kept in memory and under
 * $TMPDIR/hamish-clusters, keyed by the text's files, the options and the code that reads and learns.
 */
export function wikiClusters(
  wikiDir: string,
  aqmarDir: string | undefined,
  dataDir: string,
  opts: ClusterOptions,
  maxFiles = Infinity,
): ClusterJson {
  const key = wikiClusterKey(wikiDir, aqmarDir, opts, maxFiles);
  if (wikiMemo?.key === key) return wikiMemo.table;
  const cacheDir = join(tmpdir(), 'hamish-clusters');
  const file = join(cacheDir, `${key}.json`);
  let table: ClusterJson;
  if (existsSync(file)) table = JSON.parse(readFileSync(file, 'utf8')) as ClusterJson;
  else {
    const runs = newsFaneRuns(dataDir);
    const { sentences: text, skipped } = loadWikiText(wikiDir, { maxFiles, skip: (a) => sharesRun(a, runs) });
    console.log(`wiki text: ${text.length} sentences; ${skipped} articles left out for sharing text with NewsFANE`);
    if (aqmarDir) text.push(...loadAqmar(aqmarDir).map((s) => s.map((t) => t.norm)));
    table = learnClusters(text, opts);
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(file, JSON.stringify(table));
  }
  wikiMemo = { key, table };
  return table;
}

/**
 * Every 8-word run of NewsFANE: all three splits and the reserved sentences, read only to keep
 * their text out of the Wikipedia text (ANERcorp, NewsFANE's text, took stories from Wikipedia).
 */
function newsFaneRuns(dataDir: string): Set<string> {
  const n = loadNewsFane(dataDir);
  return wordRuns([...n.train, ...n.dev, ...n.test, ...loadReservedSet(dataDir)].map((s) => s.map((t) => t.norm)));
}

function extraKeyOf(sentences: readonly GoldSentence[]): string {
  const h = createHash('sha256');
  for (const s of sentences) h.update(s.map((t) => t.norm).join(' ') + '\n');
  return h.digest('hex');
}

/** The cache key: the text's files, the options, and the code that reads and learns. */
function wikiClusterKey(wikiDir: string, aqmarDir: string | undefined, opts: ClusterOptions, maxFiles: number): string {
  const h = createHash('sha256')
    .update(JSON.stringify({ ...opts, maxFiles: String(maxFiles) }))
    .update(aqmarDir ? extraKeyOf(loadAqmar(aqmarDir)) : '');
  const folder = join(wikiDir, WIKI_FOLDER);
  for (const f of readdirSync(folder).sort()) h.update(`${f}:${statSync(join(folder, f)).size}\n`);
  for (const f of ['clusters.ts', 'wiki-text.ts', 'wiki-clusters.ts']) h.update(readFileSync(join(HERE, f)));
  for (const f of readdirSync(join(ROOT, 'lib/text')).sort())
    if (f.endsWith('.ts')) h.update(readFileSync(join(ROOT, 'lib/text', f)));
  return h.digest('hex').slice(0, 16);
}
