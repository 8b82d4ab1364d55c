// Evaluates a tagger on NewsFANE (held-out test split by default).
//   npx tsx scripts/eval/eval-newsfane.ts /work/shared/data [test|dev] [--gaz]
// --gaz passes gazetteer flags from a stand-in gazetteer built from the TRAIN split's annotations.
// The whole engine is scored by scripts/eval/eval.ts (held-out and dev splits, via newsfane-engine.ts)
// and scripts/eval/eval-folds.ts (cross-validation over the train split).

import model from '../../lib/ner/model.generated.json';
import { loadNerModel, type NerModelJson } from '../../lib/ner/model';
import { loadNewsFane } from './newsfane';
import { buildSimGazetteer, withGazFlags, type SimGazetteer } from '../train/ner-gaz-sim';
import { evaluateTagger, formatReport, type TagFn } from './ner-metrics';
import { hasFlag } from '../cli/args';

export { evaluateTagger, formatReport, type TagFn } from './ner-metrics';

/** The committed model alone, optionally with stand-in gazetteer flags. */
export function modelTagFn(json: NerModelJson, gaz: SimGazetteer | null): TagFn {
  const m = loadNerModel(json);
  return (s) => m.tag(withGazFlags(s, gaz));
}

/** Scores `tag` (default: the committed model alone) on a split and prints the table. */
export function runEval(
  dir: string,
  split: 'dev' | 'test',
  opts: { gaz?: boolean; tag?: TagFn; label?: string } = {},
): void {
  const data = loadNewsFane(dir);
  const gaz = opts.gaz ? buildSimGazetteer(data.train) : null;
  const tag = opts.tag ?? modelTagFn(model, gaz);
  const what = opts.label ?? `model alone, ${gaz ? 'stand-in gazetteer flags from train' : 'no gazetteer flags'}`;
  console.log(
    formatReport(evaluateTagger(data[split], tag), `NewsFANE ${split} (${data[split].length} sentences), ${what}`),
  );
}

function main(): void {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: eval-newsfane.ts <path to shared/data> [test|dev] [--gaz]');
  runEval(dir, process.argv[3] === 'dev' ? 'dev' : 'test', { gaz: hasFlag('--gaz') });
}

if (import.meta.url === `file://${process.argv[1]}`) main();
