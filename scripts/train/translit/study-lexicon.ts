// Screening of the word list (lib/translit/lexicon.ts) on the dev slices: how often the list's best
// spelling, or the model's where it is likelier by more than a bonus, is right, for several bonuses.
// Usage: npx tsx scripts/train/translit/study-lexicon.ts DATA_DIR DEV_MODEL WORD_LIST [BEAM] [MAX_A]
//   DEV_MODEL from `npm run gen:translit -- DATA_DIR --dev --out FILE` (its own list, if any, is not
//   used: the list is the dev-training pairs' English and WORD_LIST's capitalised words).
//   MAX_A scores only the first MAX_A words of (a) (the search is slow on a busy machine).
import { devScreen } from './dev-screen';
import { readFileSync } from 'node:fs';
import { groupByArabic } from './pairs';
import { createDecoder } from '../../../lib/translit/decode';
import { listedFor } from '../../../lib/translit/lexicon';
import { attested } from '../../../lib/translit/score';
import type { TranslitModel } from '../../../lib/translit/types';

const [dir, modelPath, listPath, beamArg, maxA] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!dir || !modelPath || !listPath)
  throw new Error('usage: study-lexicon.ts DATA_DIR DEV_MODEL WORD_LIST [BEAM] [MAX_A]');
const model = JSON.parse(readFileSync(modelPath, 'utf8')) as TranslitModel;
const width = Number(beamArg ?? 8);
const { held, seen, lexicon } = devScreen(dir, listPath);
console.log(`word list: ${lexicon.size} words; beam ${width}`);
const decoder = createDecoder(model, 8);
const heldWords = groupByArabic([...held.wikidata, ...held.google]);
const unseen = [...heldWords.keys()].filter((k) => !seen.has(k)).slice(0, Number(maxA ?? Infinity));
const google = groupByArabic(held.google);
const googleUnseen = [...google.keys()].filter((k) => !seen.has(k));
const bonuses = [0, 1, 2, 3, 4, 5, 6, 8, 10];
// --native searches the list for words with letters of Arabic sounds too (lexicon.ts listedFor).
const native = process.argv.includes('--native');

function run(label: string, keys: string[], gold: (k: string) => Set<string>): void {
  const ok = bonuses.map(() => 0);
  let listRight = 0;
  for (const k of keys) {
    const free = decoder.decode(k)[0];
    const listed = native || listedFor(k) ? decoder.decode(k, 1, lexicon, width)[0] : undefined;
    const golds = gold(k);
    if (listed && golds.has(listed.en)) listRight++;
    bonuses.forEach((b, i) => {
      const pick = listed && (!free || listed.logProb + b >= free.logProb) ? listed.en : (free?.en ?? '');
      if (golds.has(pick)) ok[i]!++;
    });
  }
  console.log(`${label}: ${keys.length} words; the list's best right for ${listRight}`);
  bonuses.forEach((b, i) => console.log(`  bonus ${b}: ${ok[i]} (${((100 * ok[i]!) / keys.length).toFixed(1)}%)`));
}
run('Google eval, words no training file holds', googleUnseen, (k) => new Set(google.get(k)!.keys()));
run('(a) dev words no training file holds', unseen, (k) => attested(heldWords.get(k)!));
