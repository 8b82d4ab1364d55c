// Learns the ranker's weights (lib/translit/ranker.ts) from ranker-dump.ts's candidates: a
// conditional logit (softmax over a word's candidates, the gold's probability maximised) on the
// "learn" words whose gold is among the candidates, L2-regularised; the "choice" words score it.
// Usage: npx tsx scripts/train/translit/train-ranker.ts DUMP.json [--out FILE] [--l2 X] [--list-best N]
//   [--steps N] [--variants N]   (N one-letter variants of the first candidates, if the dump has them)
//   [--folds K]   K-fold cross-validation over the learn words (word i in fold i mod K): each fold
//     is chosen by weights learned on the others; for a dump of few words (ranker-dump --google-eval)
//   [--prior FILE]   start from a weights file and shrink toward it (l2 × |w − prior|²), not toward 0
//   Without --out the weights are printed, not written.
import { readFileSync, writeFileSync } from 'node:fs';
import { features, FEATURES, ranked, type Context, type Found } from '../../../lib/translit/ranker';
import { LISTED_BEST, listedFor } from '../../../lib/translit/lexicon';
import type { DumpedWord } from './ranker-dump';
import { flag, numFlag } from '../../cli/args';

interface Example {
  word: DumpedWord;
  found: Found[];
  ctx: Context;
  x: number[][];
  gold: number;
}

/** A dumped word as the ranker sees it at run time: the list's first `listBest` candidates. */
export function example(word: DumpedWord, listBest: number, variants: number): Example {
  const kept = word.candidates.filter((c) =>
    c.variantRank !== undefined ? c.variantRank < variants : c.freeRank >= 0 || c.listRank < listBest,
  );
  const byEn = new Map(kept.map((c) => [c.en, c]));
  const ctx: Context = {
    key: word.key,
    listed: (en) => !!byEn.get(en)?.listed,
    common: (en) => !!byEn.get(en)?.common,
    baseline: word.baseline,
    top: word.top,
  };
  const found = kept.map(({ en, logProb, freeRank, listRank, variantRank }) =>
    variantRank === undefined ? { en, logProb, freeRank, listRank } : { en, logProb, freeRank, listRank, variantRank },
  );
  const golds = new Set(word.gold);
  return { word, found, ctx, x: found.map((c) => features(c, ctx)), gold: found.findIndex((c) => golds.has(c.en)) };
}

/** Full-batch Adam on the mean negative log-likelihood plus l2 × |w|². */
export function fit(examples: readonly Example[], l2: number, steps: number, prior?: readonly number[]): number[] {
  const d = FEATURES.length;
  const w0 = prior ?? new Array<number>(d).fill(0);
  const w = [...w0];
  const m = new Array<number>(d).fill(0);
  const v = new Array<number>(d).fill(0);
  const usable = examples.filter((e) => e.gold >= 0 && e.x.length > 1);
  for (let t = 1; t <= steps; t++) {
    const g = w.map((wi, i) => 2 * l2 * (wi - w0[i]!));
    for (const e of usable) {
      const s = e.x.map((f) => f.reduce((a, fi, i) => a + fi * w[i]!, 0));
      const max = Math.max(...s);
      const p = s.map((si) => Math.exp(si - max));
      const z = p.reduce((a, b) => a + b, 0);
      for (let c = 0; c < e.x.length; c++) {
        const coef = p[c]! / z - (c === e.gold ? 1 : 0);
        for (let i = 0; i < d; i++) g[i]! += (coef * e.x[c]![i]!) / usable.length;
      }
    }
    for (let i = 0; i < d; i++) {
      m[i] = 0.9 * m[i]! + 0.1 * g[i]!;
      v[i] = 0.999 * v[i]! + 0.001 * g[i]! * g[i]!;
      w[i]! -= (0.05 * (m[i]! / (1 - 0.9 ** t))) / (Math.sqrt(v[i]! / (1 - 0.999 ** t)) + 1e-8);
    }
  }
  return w;
}

function main(): void {
  const [dumpPath] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (!dumpPath) throw new Error('usage: train-ranker.ts DUMP.json [--out FILE] [--l2 X] [--list-best N]');
  const listBest = numFlag('--list-best', LISTED_BEST);
  const words = JSON.parse(readFileSync(dumpPath, 'utf8')) as DumpedWord[];
  const variants = numFlag('--variants', 0);
  const examples = words.map((w) => example(w, listBest, variants));
  const learn = examples.filter((e) => e.word.group === 'learn');
  const choice = examples.filter((e) => e.word.group === 'choice');
  const priorFile = flag('--prior');
  const prior = priorFile ? (JSON.parse(readFileSync(priorFile, 'utf8')) as { weights: number[] }).weights : undefined;
  const l2 = numFlag('--l2', 0.001);
  const steps = numFlag('--steps', 300);
  const w = fit(learn, l2, steps, prior);
  const right = (set: Example[], pick: (e: Example) => string | undefined) =>
    set.filter((e) => e.word.gold.includes(pick(e) ?? '')).length;
  const folds = numFlag('--folds', 0);
  if (folds > 1) {
    let cv = 0;
    let before = 0;
    for (let k = 0; k < folds; k++) {
      const held = learn.filter((_, i) => i % folds === k);
      const wk = fit(
        learn.filter((_, i) => i % folds !== k),
        l2,
        steps,
        prior,
      );
      cv += right(held, (e) => ranked(e.found, e.ctx, wk)?.en);
      if (prior) before += right(held, (e) => ranked(e.found, e.ctx, prior)?.en);
    }
    console.log(`cross-validated (${folds} folds): ranker ${cv} of ${learn.length}${prior ? `, prior ${before}` : ''}`);
  }
  for (const [name, set] of [
    ['learn', learn],
    ['choice', choice],
  ] as const) {
    const base = right(set, (e) => e.word.baseline);
    const ours = right(set, (e) => ranked(e.found, e.ctx, w)?.en);
    const ceiling = set.filter((e) => e.gold >= 0).length;
    console.log(`${name}: ${set.length} words, gold among candidates ${ceiling}; rules ${base}, ranker ${ours}`);
    // Words with a letter of Arabic sounds (lexicon.ts listedFor), which the list is not searched for.
    const native = set.filter((e) => !listedFor(e.word.key));
    const nativeRanked = right(native, (e) => ranked(e.found, e.ctx, w)?.en);
    console.log(
      `  of them ${native.length} native: rules ${right(native, (e) => e.word.baseline)}, ranker ${nativeRanked}`,
    );
  }
  FEATURES.forEach((f, i) => console.log(`  ${f.padEnd(12)} ${w[i]!.toFixed(3)}`));
  const out = flag('--out');
  if (out)
    writeFileSync(
      out,
      JSON.stringify({ features: FEATURES, listBest, variants, weights: w.map((x) => +x.toFixed(4)) }),
    );
}

main();
