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
import { plausibleSpelling } from '../../../lib/translit/plausible';
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
  // Coverage of the candidates a reranking could choose among: the gold among the model's 16 best,
  // the list's 16 best (searched with this beam), or either.
  const covered = { free: 0, list: 0, either: 0 };
  for (const k of keys) {
    const golds = gold(k);
    const free16 = decoder.decode(k, 16).some((c) => golds.has(c.en));
    const list16 = (native || listedFor(k)) && decoder.decode(k, 16, lexicon, width).some((c) => golds.has(c.en));
    covered.free += free16 ? 1 : 0;
    covered.list += list16 ? 1 : 0;
    covered.either += free16 || list16 ? 1 : 0;
    const free = decoder.decode(k)[0];
    // As lexicon.ts chooses: the first of the list's 4 best that can spell the word.
    const listed =
      native || listedFor(k) ? decoder.decode(k, 4, lexicon, width).find((c) => plausibleSpelling(k, c.en)) : undefined;
    if (listed && golds.has(listed.en)) listRight++;
    bonuses.forEach((b, i) => {
      const pick = listed && (!free || listed.logProb + b >= free.logProb) ? listed.en : (free?.en ?? '');
      if (golds.has(pick)) ok[i]!++;
    });
  }
  console.log(`${label}: ${keys.length} words; the list's best right for ${listRight}`);
  console.log(`  gold among the 16 best: model ${covered.free}, list ${covered.list}, either ${covered.either}`);
  bonuses.forEach((b, i) => console.log(`  bonus ${b}: ${ok[i]} (${((100 * ok[i]!) / keys.length).toFixed(1)}%)`));
}
run('Google eval, words no training file holds', googleUnseen, (k) => new Set(google.get(k)!.keys()));
run('(a) dev words no training file holds', unseen, (k) => attested(heldWords.get(k)!));
