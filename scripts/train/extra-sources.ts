// Extra labelled text for the tagger, named on the command line of train-ner.ts and eval-folds.ts
// (`--aqmar DIR`). Only ever added to training; NewsFANE stays the only evaluation.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { flag, hasFlag, numFlag } from '../cli/args';
import { loadNewsFane, loadReservedSet, type GoldSentence } from '../eval/newsfane';
import { loadAqmar } from './aqmar';
import { learnClusters, type ClusterOptions } from './clusters';
import { loadWikiText, sharesRun, WIKI_FOLDER, wordRuns } from './wiki-text';
import type { ClusterJson } from '../../lib/ner/model/clusters';

export interface ExtraTraining {
  sentences: GoldSentence[];
  /** '' without extra text, else a hash of it (part of a fold cache key). */
  key: string;
  /** For the model's source note: what was added and its licence. */
  note: string;
}

export function extraTraining(): ExtraTraining {
  const dir = flag('--aqmar');
  if (!dir) return { sentences: [], key: '', note: '' };
  const sentences = loadAqmar(dir);
  const h = createHash('sha256');
  for (const s of sentences) h.update(s.map((t) => `${t.norm}\t${t.tag}`).join('\n') + '\n\n');
  return {
    sentences,
    key: `/aqmar:${h.digest('hex').slice(0, 12)}`,
    note: ` + AQMAR Arabic Wikipedia NER corpus (Mohit et al., EACL 2012; CC BY-SA 3.0; ${sentences.length} sentences)`,
  };
}

/**
 * With `--clusters`: word clusters learned from the labelled training text (labels unread) and, with
 * `--aqmar-text DIR`, AQMAR's sentences as unlabelled text. Never from the evaluation side: a fold's
 * clusters come from the other folds only.
 * With `--wiki-text DIR` as well, they are learned from Arabic Wikipedia text (scripts/train/wiki-text.ts)
 * and AQMAR's instead, and NewsFANE's text is not read at all: one table serves every fold and the
 * shipped model. `--cluster-words N` keeps the N most frequent forms (the table's size).
 */
export function clustersFor(training: readonly GoldSentence[], dataDir: string): ClusterJson | undefined {
  if (!hasFlag('--clusters')) return undefined;
  const dir = flag('--aqmar-text');
  const opts: ClusterOptions = {
    depth: numFlag('--cluster-depth', 10),
    minCount: numFlag('--cluster-min', 3),
    maxWords: numFlag('--cluster-words', Infinity),
  };
  const wiki = flag('--wiki-text');
  if (wiki) return wikiClusters(wiki, dir, dataDir, opts);
  const text = [...training, ...(dir ? loadAqmar(dir) : [])].map((s) => s.map((t) => t.norm));
  return learnClusters(text, opts);
}

/** For the model's source note: what the clusters were learned from. */
export function clustersNote(): string | undefined {
  if (!flag('--wiki-text')) return undefined;
  return (
    'Arabic Wikipedia text (Comparable Wikipedia Corpus, Saad & Alijla, PICICT 2017, 20 January 2017 dump; ' +
    `CC BY-SA 4.0)${flag('--aqmar-text') ? ' and the AQMAR corpus text' : ''}`
  );
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let wikiMemo: { key: string; table: ClusterJson } | null = null;

/**
 * The Wikipedia table takes minutes to learn, so it is kept in memory and under
 * $TMPDIR/hamish-clusters, keyed by the text's files, the options and the code that reads and learns.
 */
function wikiClusters(
  wikiDir: string,
  aqmarDir: string | undefined,
  dataDir: string,
  opts: ClusterOptions,
): ClusterJson {
  const h = createHash('sha256')
    .update(JSON.stringify(opts))
    .update(aqmarDir ? extraKeyOf(loadAqmar(aqmarDir)) : '');
  const folder = join(wikiDir, WIKI_FOLDER);
  for (const f of readdirSync(folder).sort()) h.update(`${f}:${statSync(join(folder, f)).size}\n`);
  for (const f of ['scripts/train/clusters.ts', 'scripts/train/wiki-text.ts', 'scripts/train/extra-sources.ts'])
    h.update(readFileSync(join(ROOT, f)));
  for (const f of readdirSync(join(ROOT, 'lib/text')).sort())
    if (f.endsWith('.ts')) h.update(readFileSync(join(ROOT, 'lib/text', f)));
  const key = h.digest('hex').slice(0, 16);
  if (wikiMemo?.key === key) return wikiMemo.table;
  const cacheDir = join(tmpdir(), 'hamish-clusters');
  const file = join(cacheDir, `${key}.json`);
  let table: ClusterJson;
  if (existsSync(file)) table = JSON.parse(readFileSync(file, 'utf8')) as ClusterJson;
  else {
    const runs = newsFaneRuns(dataDir);
    const { sentences: text, skipped } = loadWikiText(wikiDir, { skip: (a) => sharesRun(a, runs) });
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

/** Part of a fold cache key: what the cluster flags change. */
export function clusterKey(): string {
  if (!hasFlag('--clusters')) return '';
  const f = (name: string): string => flag(name) ?? '';
  return `/clusters:${f('--aqmar-text')}:${f('--cluster-depth')}:${f('--cluster-min')}${
    flag('--wiki-text') ? `:wiki=${f('--wiki-text')}:${f('--cluster-words')}` : ''
  }`;
}
