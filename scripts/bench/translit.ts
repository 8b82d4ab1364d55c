// Speed of the name guesser as the card needs it: time to load the transliteration model, and per
// name, once the code is warm, guessName() (English) and romanizeName() (vowelled romanization).
// Usage: npm run bench:translit [-- --model FILE]   (default: the shipped lib/translit/model.generated.json)
// Times are CPU time of this process (process.cpuUsage), so a busy shared machine does not inflate
// them. The names are the people, places and bodies of the project's passages; half of them warm the
// code and the model's caches, the other half (names not seen before) are timed one by one.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../../lib/text/tokens';
import { arabicKey } from '../../lib/translit/key';
import { flag } from '../cli/args';
import { loadTranslit } from '../../lib/translit/guess';
import type { TranslitModel } from '../../lib/translit/types';
import { loadPassages } from '../../tests/eval/load-passages';

const ROOT = join(import.meta.dirname, '../..');
const quantile = (xs: number[], q: number): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const ms = (x: number): string => x.toFixed(3) + ' ms';

/** CPU milliseconds spent by this process so far. */
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const t0 = cpu();
const modelPath = flag('--model') ?? join(ROOT, 'lib/translit/model.generated.json');
const model = JSON.parse(readFileSync(modelPath, 'utf8')) as TranslitModel;
const translit = loadTranslit(model);
translit.guessToken('محمد'); // the decoder is built on first use
const loadMs = cpu() - t0;
// The first word the table does not hold also splits the word list (lexicon.ts), if the model has one.
const t1 = cpu();
translit.guessToken('قزبنطاي');
const firstUnlistedMs = cpu() - t1;

const names = new Map<string, { words: string[]; type: string }>();
for (const p of loadPassages(join(ROOT, 'tests/eval/passages'))) {
  for (const e of p.entities) {
    const words = tokenize(e.text)
      .filter((t) => t.kind === 'arabic')
      .map((t) => t.norm);
    if (words.length > 0) names.set(e.text, { words, type: e.type });
  }
}
const all = [...names];
const warm = all.filter((_, i) => i % 2 === 0);
const timed = all.filter((_, i) => i % 2 === 1);
for (let round = 0; round < 3; round++) {
  for (const [text, n] of warm) {
    translit.guessName(n.words, { type: n.type });
    translit.romanizeName?.(text, null, n.type === 'person');
  }
}
const guessMs: number[] = [];
const romanMs: number[] = [];
// Per word: the words of the timed names the table does not hold, each spelled by the model.
const unlisted = [...new Set(timed.flatMap(([, n]) => n.words))].filter((w) => !model.table[arabicKey(w)]);
const wordMs: number[] = [];
for (const w of unlisted) {
  const s = cpu();
  translit.guessToken(w);
  wordMs.push(cpu() - s);
}
for (const [text, n] of timed) {
  let s = cpu();
  translit.guessName(n.words, { type: n.type });
  guessMs.push(cpu() - s);
  s = cpu();
  translit.romanizeName?.(text, null, n.type === 'person');
  romanMs.push(cpu() - s);
}
const modelKiB = (readFileSync(modelPath).length / 1024).toFixed(0);
const lexiconKiB = ((model.lexicon?.length ?? 0) / 1024).toFixed(0);
console.log(
  `transliteration model: ${modelKiB} KiB (word list ${lexiconKiB} KiB), loaded and built in ${loadMs.toFixed(0)} ms ` +
    `of CPU; first word the table does not hold ${firstUnlistedMs.toFixed(0)} ms`,
);
console.log(`${timed.length} names not seen before (after ${warm.length} warm-up names ×3), CPU time per name:`);
const spread = (xs: number[]): string =>
  `median ${ms(quantile(xs, 0.5))}, p90 ${ms(quantile(xs, 0.9))}, max ${ms(Math.max(...xs))}`;
console.log(`  guessName    ${spread(guessMs)}`);
console.log(`  guessToken   ${spread(wordMs)}  (${unlisted.length} words the table does not hold)`);
console.log(`  romanizeName ${spread(romanMs)}`);
