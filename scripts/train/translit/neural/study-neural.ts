// Screening of the neural candidate generator on the dev slices against the unit model, each alone
// and held to the word list (lexicon.ts: the list's best unless the free spelling is likelier by a
// bonus), for several bonuses.
// Usage: npx tsx scripts/train/translit/neural/study-neural.ts DATA_DIR DEV_MODEL NEURAL WORD_LIST [MAX_A]
//   DEV_MODEL from `npm run gen:translit -- DATA_DIR --dev --out FILE`; NEURAL from train.py on the
//   dev-training slices (dump-pairs.ts). The list is the dev-training pairs' English and WORD_LIST's
//   capitalised words, as study-lexicon.ts builds it. (a): the dev words no training file holds,
//   any attested spelling; (b): the Google eval split, exact match, the dev model's table first.
import { devScreen } from '../dev-screen';
import { readFileSync } from 'node:fs';
import { groupByArabic } from '../pairs';
import { createDecoder, type Decoder } from '../../../../lib/translit/decode';
import { createNeural, type NeuralDecoder, type NeuralWeights } from '../../../../lib/translit/neural';
import { judged, pick } from '../../../../lib/translit/rerank';
import { listedFor } from '../../../../lib/translit/lexicon';
import { attested } from '../../../../lib/translit/score';
import type { TranslitModel } from '../../../../lib/translit/types';

const [dir, modelPath, neuralPath, listPath, maxA] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!dir || !modelPath || !neuralPath || !listPath)
  throw new Error('usage: study-neural.ts DATA_DIR DEV_MODEL NEURAL WORD_LIST [MAX_A]');
const model = JSON.parse(readFileSync(modelPath, 'utf8')) as TranslitModel;
const { held, seen, lexicon } = devScreen(dir, listPath);
const decoders: Record<string, Decoder> = {
  'unit model': createDecoder(model, 8),
  neural: createNeural(JSON.parse(readFileSync(neuralPath, 'utf8')) as NeuralWeights),
};
const heldWords = groupByArabic([...held.wikidata, ...held.google]);
const unseen = [...heldWords.keys()].filter((k) => !seen.has(k)).slice(0, Number(maxA ?? Infinity));
const google = groupByArabic(held.google);
const bonuses = [0, 2, 3, 4, 6, 8, Infinity];
const pct = (n: number, d: number) => ((100 * n) / d).toFixed(1).padStart(5) + '%';

/** Per word: the free spelling and the list's best, with their log-probabilities. */
function spellings(decoder: Decoder, key: string) {
  const free = decoder.decode(key)[0];
  const listed = listedFor(key) ? decoder.decode(key, 1, lexicon, 8)[0] : undefined;
  return { free, listed };
}
const choose = (s: ReturnType<typeof spellings>, bonus: number) =>
  s.listed && (!s.free || s.listed.logProb + bonus >= s.free.logProb) ? s.listed.en : (s.free?.en ?? '');

// --rerank-only skips the models alone (the rerank's weight 0 is the unit model with the list).
for (const [name, decoder] of process.argv.includes('--rerank-only') ? [] : Object.entries(decoders)) {
  const t0 = performance.now();
  const a = unseen.map((k) => ({ gold: attested(heldWords.get(k)!), s: spellings(decoder, k) }));
  const ms = (performance.now() - t0) / unseen.length;
  const b = [...google].map(([k, sp]) => ({
    gold: new Set(sp.keys()),
    table: model.table[k],
    s: spellings(decoder, k),
  }));
  console.log(`${name}: ${ms.toFixed(2)} ms per (a) word, both searches`);
  for (const bonus of bonuses) {
    const okA = a.filter((r) => r.gold.has(choose(r.s, bonus))).length;
    const okB = b.filter((r) => r.gold.has(r.table ?? choose(r.s, bonus))).length;
    const label = bonus === Infinity ? 'list always' : `bonus ${bonus}`;
    console.log(
      `  ${label.padEnd(12)} (a) ${pct(okA, a.length)} of ${a.length}   (b) ${pct(okB, b.length)} of ${b.length}`,
    );
  }
  const freeA = a.filter((r) => r.gold.has(r.s.free?.en ?? '')).length;
  console.log(`  ${'no list'.padEnd(12)} (a) ${pct(freeA, a.length)}`);
}

// The network as a judge of the unit model's candidates (rerank.ts), for several weights and bonuses.
const net = decoders['neural'] as NeuralDecoder;
const ngram = decoders['unit model']!;
const ra = unseen.map((k) => ({ gold: attested(heldWords.get(k)!), cs: judged(ngram, net, k, lexicon) }));
const rb = [...google].map(([k, sp]) => ({
  gold: new Set(sp.keys()),
  table: model.table[k],
  cs: model.table[k] ? [] : judged(ngram, net, k, lexicon),
}));
console.log('rerank: unit model + w × network + bonus if listed');
for (const w of [0, 0.5, 1, 2, 4]) {
  for (const bonus of [0, 2, 4]) {
    const okA = ra.filter((r) => r.gold.has(pick(r.cs, w, bonus)?.en ?? '')).length;
    const okB = rb.filter((r) => r.gold.has(r.table ?? pick(r.cs, w, bonus)?.en ?? '')).length;
    console.log(`  w ${String(w).padEnd(4)} bonus ${bonus}  (a) ${pct(okA, ra.length)}   (b) ${pct(okB, rb.length)}`);
  }
}
const inSet = ra.filter((r) => r.cs.some((c) => r.gold.has(c.en))).length;
console.log(`  an attested spelling among the candidates: (a) ${pct(inSet, ra.length)}`);
