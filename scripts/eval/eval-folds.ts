// Cross-validation of the whole engine over NewsFANE's train split, for tuning rules on far more
// text than the dev split holds without reading test. The train split's blocks are dealt into k
// folds; for each fold a tagger trained on the other folds (fixed epoch count, dev not read) runs
// inside the engine on that fold, and the scores are pooled.
// Caveat: the curated gazetteer lists some names counted in the train split, so recall here is
// optimistic; false marks and span boundaries are fair evidence. The reserved sentences are not in
// the train split (scripts/eval/newsfane.ts), so they are in no fold.
//   npx tsx scripts/eval/eval-folds.ts /work/shared/data [--folds 8] [--epochs 11] [--dropout 0.5] [--errors out.txt]
//     [--aqmar DIR]   also train every fold tagger on the AQMAR corpus (scripts/train/aqmar.ts); scoring is unchanged
//     [--clusters ...] word-cluster features as in train-ner.ts, each fold's learned without its own text
//     [--wiki-text DIR [--cluster-words N]]  clusters from Arabic Wikipedia text instead (scripts/train/wiki-text.ts)
//     [--name-evidence [--cluster-names] [--nisba-negatives]]  graded person-name evidence features
//                     (scripts/train/name-evidence.ts)
//     [--silver-folds DIR [--silver-max N] [--silver-min-p P] [--silver-per-epoch M]]  add to fold F's training
//                     the silver sentences of DIR/silver-fold{F}.jsonl, labelled by a teacher that never saw
//                     fold F (scripts/train/neural/); --folds K [--only F,G] scores only some folds
// Fold taggers are cached under $TMPDIR/hamish-folds, keyed by the tagger's code and data.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultEngineData } from '../../lib/engine/default-data';
import { createEngine } from '../../lib/engine/index';
import { words } from '../../lib/ner/lexicon';
import { loadNerModel, type NerModelJson } from '../../lib/ner/model';
import { flag, numFlag } from '../cli/args';
import { evaluateTagger, formatReport, pct } from './ner-metrics';
import { BLOCK, loadNewsFane, type GoldSentence } from './newsfane';
import { engineTags, errorLines, unlistedPersonRecall } from './newsfane-engine';
import { DEFAULT_DROPOUT, trainTagger } from '../train/ner-trainer';
import {
  clusterKey,
  clustersFor,
  clustersNote,
  extraTraining,
  modelLicense,
  nameEvidenceFor,
} from '../train/extra-sources';
import { silverKey, silverTraining } from '../train/neural/silver';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Hash of what a fold tagger depends on (its code, cue and name lists, the text layer and the
 * training scripts), so a stale cached tagger is never reused. The rules that run after the tagger
 * (triggers.ts and its *-triggers.ts, rule-shapes.ts, bodies.ts, the not-person list) are left out: a rule change is then compared
 * against the same taggers, free of retraining noise. Of the word lists (lib/ner/lexicon/*.json),
 * only those the tagger's own files name are hashed (`TAGGER_FILES`), so a list read by the rules
 * alone (speaker verbs, club nouns) retrains nothing.
 */
function taggerKey(extra: string): string {
  const h = createHash('sha256').update(extra);
  const skip = new Set([
    'model.generated.json',
    'not-person-words.generated.json',
    'triggers.ts',
    'person-triggers.ts',
    'place-triggers.ts',
    'org-triggers.ts',
    'rule-shapes.ts',
    'bodies.ts',
  ]);
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (!skip.has(name) && !(dir.endsWith('lexicon') && name.endsWith('.json')))
        h.update(name).update(readFileSync(p));
    }
  };
  walk(join(ROOT, 'lib/ner'));
  for (const list of taggerLists()) h.update(list).update(JSON.stringify(words(list)));
  walk(join(ROOT, 'lib/text'));
  for (const f of [
    'train/ner-trainer.ts',
    'train/ner-gaz-sim.ts',
    'train/clusters.ts',
    'train/extra-sources.ts',
    'train/wiki-text.ts',
    'train/wiki-clusters.ts',
    'train/name-evidence.ts',
    'eval/newsfane.ts',
  ])
    h.update(readFileSync(join(ROOT, 'scripts', f)));
  return h.digest('hex').slice(0, 16);
}

/** The files of lib/ner that the tagger's features read word lists from. */
const TAGGER_FILES = ['cues.ts', 'rule-words.ts', ...readdirSync(join(ROOT, 'lib/ner/model')).map((f) => `model/${f}`)];

/** The names of the word lists the tagger's files read (`words('titleCues')`, `normalSet(...)`). */
function taggerLists(): string[] {
  const names = new Set<string>();
  for (const f of TAGGER_FILES) {
    if (!f.endsWith('.ts')) continue;
    const src = readFileSync(join(ROOT, 'lib/ner', f), 'utf8');
    for (const m of src.matchAll(/\b(?:words|normalSet|keyedSet)\(\s*'([^']+)'/g)) names.add(m[1]!);
  }
  return [...names].sort();
}

function main(): void {
  const dir = process.argv[2];
  if (!dir || dir.startsWith('--'))
    throw new Error(
      'usage: eval-folds.ts <shared data dir> [--folds 8] [--epochs 11] [--dropout 0.5] [--errors out.txt]' +
        ' [--aqmar DIR]',
    );
  const k = numFlag('--folds', 8);
  const epochs = numFlag('--epochs', 11);
  const dropout = numFlag('--dropout', DEFAULT_DROPOUT);
  const { train } = loadNewsFane(dir);
  const blocks: GoldSentence[][] = [];
  for (let b = 0; b < train.length; b += BLOCK) blocks.push(train.slice(b, b + BLOCK));
  const extra = extraTraining();
  const names = nameEvidenceFor(dir);
  if (flag('--silver'))
    throw new Error(
      '--silver: one teacher saw every fold; give --silver-folds DIR (a teacher per fold, train:teacher --fold F)',
    );
  const only = flag('--only')?.split(',').map(Number);
  const folds = Array.from({ length: k }, (_, f) => f).filter((f) => !only || only.includes(f));
  const silverPart = silverKey(flag('--silver-folds') ? folds : []);
  const cache = join(
    tmpdir(),
    'hamish-folds',
    taggerKey(`${k}/${epochs}/${dropout}${extra.key}${clusterKey()}${names.key}${silverPart}`),
  );
  mkdirSync(cache, { recursive: true });

  const data = defaultEngineData();
  const all: GoldSentence[] = [];
  const tags = new Map<GoldSentence, string[]>();
  for (const f of folds) {
    const held = blocks.filter((_, i) => i % k === f).flat();
    const file = join(cache, `fold${f}.json`);
    if (!existsSync(file)) {
      const rest = [...blocks.filter((_, i) => i % k !== f).flat(), ...extra.sentences];
      const silver = silverTraining(f);
      const { json } = trainTagger(rest, {
        clusters: clustersFor(rest, dir),
        names: names.names,
        epochs,
        dropout,
        silver,
        trainedOn: `train split less fold ${f}/${k}${extra.note}${silver?.note ?? ''}`,
        clustersFrom: clustersNote(),
        license: modelLicense(),
      });
      writeFileSync(file, JSON.stringify(json));
    }
    const ner = loadNerModel(JSON.parse(readFileSync(file, 'utf8')) as NerModelJson);
    for (const [s, t] of engineTags(createEngine({ ...data, ner }), held)) tags.set(s, t);
    all.push(...held);
  }
  console.log(
    formatReport(
      evaluateTagger(all, (s) => tags.get(s)!),
      `NewsFANE train split, ${k}-fold (${all.length} sentences), whole engine`,
    ),
  );
  const u = unlistedPersonRecall(all, tags, data.gazetteer);
  console.log(
    `  recall of person names no list holds (exact span): ` +
      `${pct(u.total ? u.found / u.total : 0)} (${u.found}/${u.total})`,
  );
  const out = flag('--errors');
  if (out) writeFileSync(out, errorLines(all, tags).join('\n') + '\n');
}

main();
