// Scores the neural teacher's dev predictions (scripts/train/neural/teacher.py writes dev-pred.jsonl,
// one {"t": tags} line per dev sentence, in order) beside the shipped perceptron alone, with the
// report train-ner.ts prints, so the two are compared on the same sentences and metric:
//   npx tsx scripts/train/neural/score.ts DATA_DIR OUT_DIR/dev-pred.jsonl [MODEL_JSON]
// The teacher reads no gazetteer, so its peer is the perceptron's "no gazetteer flags" line.

import { readFileSync } from 'node:fs';
import { cueLexicon } from '../../../lib/ner/cues';
import { loadNerModel, type NerModelJson } from '../../../lib/ner/model';
import { evaluateTagger, formatReport } from '../../eval/ner-metrics';
import { loadNewsFane, type GoldSentence } from '../../eval/newsfane';
import { buildSimGazetteer, withGazFlags } from '../ner-gaz-sim';

/** The tags of each dev sentence, read from the teacher's file; a count that disagrees stops. */
function readPredictions(raw: string, dev: readonly GoldSentence[], name: string): Map<GoldSentence, string[]> {
  const pred = raw
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { t: string[] }).t);
  if (pred.length !== dev.length) throw new Error(`${name}: ${pred.length} lines for ${dev.length} dev sentences`);
  return new Map(
    dev.map((s, i) => {
      if (pred[i]!.length !== s.length)
        throw new Error(`${name}:${i + 1}: ${pred[i]!.length} tags for ${s.length} words`);
      return [s, pred[i]!];
    }),
  );
}

function main(): void {
  const [dir, file, model = 'lib/ner/model.generated.json'] = process.argv.slice(2);
  if (!dir || !file) throw new Error('usage: score.ts DATA_DIR dev-pred.jsonl [MODEL_JSON]');
  const { train, dev } = loadNewsFane(dir);
  const byTeacher = readPredictions(readFileSync(file, 'utf8'), dev, file);
  console.log(
    formatReport(
      evaluateTagger(dev, (s) => byTeacher.get(s)!),
      `dev (${dev.length} sentences), teacher`,
    ),
  );
  const q = loadNerModel(JSON.parse(readFileSync(model, 'utf8')) as NerModelJson, cueLexicon());
  const gaz = buildSimGazetteer(train);
  for (const [name, g] of [
    ['no gazetteer flags', null],
    ['stand-in gazetteer flags', gaz],
  ] as const)
    console.log(
      formatReport(
        evaluateTagger(dev, (s) => q.tag(withGazFlags(s, g))),
        `perceptron ${model}, ${name}`,
      ),
    );
}

if (process.argv[1]?.endsWith('score.ts')) main();
