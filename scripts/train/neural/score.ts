// Scores the neural teacher's dev predictions (scripts/train/neural/teacher.py writes dev-pred.jsonl,
// one {"t": tags} line per dev sentence, in order) beside the shipped perceptron alone, with the
// report train-ner.ts prints, so the two are compared on the same sentences and metric:
//   npx tsx scripts/train/neural/score.ts DATA_DIR OUT_DIR/dev-pred.jsonl [MODEL_JSON]
// The teacher reads no gazetteer, so its peer is the perceptron's "no gazetteer flags" line.

import { readFileSync } from 'node:fs';
import { cueLexicon } from '../../../lib/ner/cues';
import { loadNerModel, type NerModelJson } from '../../../lib/ner/model';
import { evaluateTagger, formatReport } from '../../eval/ner-metrics';
import { bioToSpans, loadNewsFane, type GoldSentence } from '../../eval/newsfane';
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
  const found = agreement(
    dev,
    (s) => byTeacher.get(s)!,
    (s) => q.tag(withGazFlags(s, null)),
  );
  console.log(
    `gold spans found exactly by both ${found.both}, by the teacher only ${found.first}, ` +
      `by the perceptron (no flags) only ${found.second}, by neither ${found.neither}`,
  );
}

/** How many gold spans each of two taggers finds exactly: what one could teach the other. */
function agreement(
  dev: readonly GoldSentence[],
  first: (s: GoldSentence) => readonly string[],
  second: (s: GoldSentence) => readonly string[],
): { both: number; first: number; second: number; neither: number } {
  const out = { both: 0, first: 0, second: 0, neither: 0 };
  const key = (sp: { start: number; end: number; type: string }): string => `${sp.start}:${sp.end}:${sp.type}`;
  for (const s of dev) {
    const a = new Set(bioToSpans(first(s)).map(key));
    const b = new Set(bioToSpans(second(s)).map(key));
    for (const g of bioToSpans(s.map((t) => t.tag)).map(key)) {
      const k = a.has(g) ? (b.has(g) ? 'both' : 'first') : b.has(g) ? 'second' : 'neither';
      out[k]++;
    }
  }
  return out;
}

if (process.argv[1]?.endsWith('score.ts')) main();
