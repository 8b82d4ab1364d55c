// Accuracy of English guesses for Arabic names and readability of the romanizations.
// Usage: npx tsx scripts/eval/eval-translit.ts [/path/to/shared/data] [--dev] [--model file] [--errors]
//   (a) word split: the Arabic words of the held-out slices (Wikidata wd_arabic_20, Google test)
//       that no training file holds, each scored as right when the guess is a spelling attested for
//       that word (≥ 5% of its pairs: lib/translit/score.ts), so "Khaled" and "Khalid" both count.
//   (b) exact match on the Google test split, as measured before (gold = that split's spelling).
//   (c) the people in the project's passages that the gazetteer does not know: whole names
//       guessed, scored per word against the passage's English names (or an attested spelling).
//   Romanization: share of the names marked on the demo article and the seed article whose
//   romanization (strict and ASCII) is pronounceable (score.ts: pronounceable()).
// Without the data folder only (c) against the passages' own names and the demo article run.
// --names-only skips (a) and (b) (the slow part) but still reads the attested spellings for (c).
// --dev scores the dev slices (wd_arabic_16, Google eval) against a model built with gen --dev.
// --clean drops from every slice the pairs whose English cannot spell the Arabic in any
// romanization (lib/translit/plausible.ts), as gen-translit --clean does for training.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../lib/article/extract';
import type { NodeLike } from '../../lib/article/dom-like';
import { createEngine } from '../../lib/engine';
import { defaultEngineData } from '../../lib/engine/default-data';
import { engineData } from '../../lib/engine/engine-data';
import compiled from '../../lib/gazetteer/compiled.generated.json';
import patterns from '../../lib/gazetteer/patterns.json';
import type { Engine, PatternsDoc } from '../../lib/engine/types';
import { showRomanization } from '../../lib/romanize-style';
import { tokenize } from '../../lib/text/tokens';
import { letterByLetter } from '../../lib/translit/baseline';
import { createDecoder } from '../../lib/translit/decode';
import { loadTranslit } from '../../lib/translit/guess';
import { arabicKey } from '../../lib/translit/key';
import { groupByArabic, parseLabelPairs, type NamePair } from '../train/translit/pairs';
import { LABEL_PAIRS_FILE } from '../train/translit/gen-label-pairs';
import { attested, pronounceable, wordScore } from '../../lib/translit/score';
import type { TranslitModel } from '../../lib/translit/types';
import type { EntityMention } from '../../lib/types';
import { loadPassages } from '../../tests/eval/load-passages';
import { flag, hasFlag, numFlag } from '../cli/args';
import { loadSplit } from '../data/gen-translit';

const ROOT = join(import.meta.dirname, '../..');
const dataDir = process.argv.slice(2).find((a) => !a.startsWith('--') && existsSync(a));
const dev = hasFlag('--dev');
const showErrors = hasFlag('--errors');
const modelPath = flag('--model') ?? join(ROOT, 'lib/translit/model.generated.json');
const model = JSON.parse(readFileSync(modelPath, 'utf8')) as TranslitModel;
const translit = loadTranslit(model);
// The engine with the model scored, so that (c) and the romanizations read it too.
let engine: Engine | null = null;
const engineWithModel = (): Engine =>
  (engine ??= createEngine(
    engineData({ compiled, patterns: patterns as PatternsDoc, translit: model }, defaultEngineData().ner),
  ));

type Slices = ReturnType<typeof loadSplit>;
const pct = (n: number, d: number): string => (d === 0 ? '   -  ' : ((100 * n) / d).toFixed(1).padStart(5) + '%');

/** (a) and (b): the held-out name-pair slices. Returns the Arabic word → attested spellings of all slices. */
function evalPairs(dir: string): Map<string, Set<string>> {
  const clean = hasFlag('--clean');
  const train = loadSplit(dir, dev ? 'dev-train' : 'train', clean);
  const held = loadSplit(dir, dev ? 'dev' : 'test', clean);
  console.log(`model ${modelPath}; ${dev ? 'dev' : 'test'} slices${clean ? ', cleaned (plausible.ts)' : ''}`);
  if (!hasFlag('--names-only')) scorePairs(train, held);
  const all = groupByArabic([...train.wikidata, ...train.google, ...held.wikidata, ...held.google] as NamePair[]);
  return new Map([...all].map(([k, v]) => [k, attested(v)]));
}

function scorePairs(train: Slices, held: Slices): void {
  // Words of the label pairs a model may be built with (gen-translit --labels) count as training
  // words too, so (a) scores only words no training source holds, whichever model is read.
  const labelled = existsSync(LABEL_PAIRS_FILE) ? parseLabelPairs(readFileSync(LABEL_PAIRS_FILE, 'utf8')) : [];
  const seen = new Set([...train.wikidata, ...train.google, ...labelled].map((p) => p.ar));
  const decoder = createDecoder(model, numFlag('--beam', 8));
  const systems: [string, (key: string) => string][] = [
    ['letter-by-letter', letterByLetter],
    ['char model only', (k) => decoder.decode(k)[0]?.en ?? ''],
    ['table + char model', (k) => translit.guessToken(k)],
  ];

  // (a) Words of the held-out slices that no training file holds, gold = attested spellings.
  const heldWords = groupByArabic([...held.wikidata, ...held.google]);
  const unseen = [...heldWords.keys()].filter((k) => !seen.has(k));
  // What the population is: the slices split pairs, so the words no training pair holds are
  // mostly names met once, with one spelling (any attested spelling is then the exact one).
  const once = unseen.filter((k) => [...heldWords.get(k)!.values()].reduce((a, b) => a + b, 0) === 1).length;
  const several = unseen.filter((k) => attested(heldWords.get(k)!).size > 1).length;
  console.log(`(a) word split: ${unseen.length} held-out Arabic words absent from training, any attested spelling`);
  console.log(
    `    (${pct(once, unseen.length).trim()} of them seen once, ` +
      `${pct(several, unseen.length).trim()} with more than one attested spelling)`,
  );
  for (const [system, guess] of systems) {
    let ok = 0;
    for (const k of unseen) if (attested(heldWords.get(k)!).has(guess(k).toLowerCase())) ok++;
    console.log(`    ${system.padEnd(20)} ${pct(ok, unseen.length)}`);
  }
  // The ceiling of any reranking of the model's candidates.
  let inBest = 0;
  for (const k of unseen) if (decoder.decode(k, 8).some((c) => attested(heldWords.get(k)!).has(c.en))) inBest++;
  console.log(`    an attested spelling among the char model's 8 best: ${pct(inBest, unseen.length)}`);

  // (b) Exact match on the Google split, every word of it (as the README has measured it).
  const google = groupByArabic(held.google);
  console.log(`(b) Google ${dev ? 'eval' : 'test'} split, exact match: ${google.size} Arabic words`);
  for (const [system, guess] of systems) {
    let ok = 0;
    for (const [k, spellings] of google) if (spellings.has(guess(k).toLowerCase())) ok++;
    console.log(`    ${system.padEnd(20)} ${pct(ok, google.size)}`);
  }
}

/** (c) Unknown people of the project's passages, per word. */
function evalPassagePeople(spellings: Map<string, Set<string>> | null): void {
  const engine = engineWithModel();
  let right = 0;
  let rightAttested = 0;
  let wordsAttested = 0;
  let words = 0;
  let names = 0;
  const misses: string[] = [];
  for (const p of loadPassages(join(ROOT, 'tests/eval/passages'))) {
    const found = engine.annotate(p.text, { published: p.published }).entities;
    for (const g of p.entities) {
      if (g.type !== 'person') continue;
      const m = found.find((e) => e.start === g.start && e.end === g.end);
      if (m?.known) continue;
      // The engine's own guess where it found the name; else the same guess over the gold words.
      const arWords = tokenize(g.text)
        .filter((t) => t.kind === 'arabic')
        .map((t) => t.norm);
      const guess = m?.english ?? translit.guessName(arWords);
      const gold = wordScore(guess, g.english);
      const keys = arWords.map((w) => arabicKey(w));
      // Fused words (عبد الله: Abdullah, نور الدين: Noureddine) shift positions: a guessed word counts
      // when it is an attested spelling of any Arabic word of the name.
      const lenient = wordScore(guess, g.english, (_, w) => keys.some((k) => !!spellings?.get(k)?.has(w)));
      names++;
      words += gold.words;
      right += gold.right;
      rightAttested += lenient.right;
      wordsAttested += lenient.words;
      if (lenient.right < lenient.words) misses.push(`      ${g.text} → ${guess}  (gold: ${g.english.join(' / ')})`);
    }
  }
  const attestedPart = spellings
    ? `, ${pct(rightAttested, wordsAttested)} counting attested spellings`
    : ' (pass the data folder to count attested spellings too)';
  console.log(
    `(c) unknown people in the passages: ${names} names, ${words} words; ` +
      `words right ${pct(right, words)}${attestedPart}`,
  );
  if (showErrors) for (const line of misses) console.log(line);
}

function articleText(file: string): string {
  const html = readFileSync(file, 'utf8');
  const { document } = parseHTML(html);
  return extractArticle(document.body as unknown as NodeLike).text;
}

/** Pronounceable romanizations of the distinct names marked on an article, both styles. */
function evalRomanization(label: string, text: string): void {
  const engine = engineWithModel();
  const names = new Map<string, EntityMention>();
  for (const e of engine.annotate(text).entities) if (e.type !== 'demonym') names.set(e.text, e);
  let strict = 0;
  let ascii = 0;
  const bad: string[] = [];
  for (const e of names.values()) {
    const s = pronounceable(e.romanized);
    const a = pronounceable(showRomanization(e.romanized, 'ascii'));
    strict += s ? 1 : 0;
    ascii += a ? 1 : 0;
    if (!s || !a) bad.push(`      ${e.text} → ${e.romanized} / ${showRomanization(e.romanized, 'ascii')}`);
  }
  console.log(
    `    ${label.padEnd(14)} ${names.size} names: strict ${pct(strict, names.size)}, ASCII ${pct(ascii, names.size)}`,
  );
  if (showErrors) for (const line of bad) console.log(line);
}

function main(): void {
  const spellings = dataDir ? evalPairs(dataDir) : null;
  evalPassagePeople(spellings);
  console.log('Pronounceable romanizations of the names marked:');
  evalRomanization('demo article', articleText(join(ROOT, 'tests/pages/demo-article.html')));
  const seed = dataDir && join(dataDir, '../fixtures/seed-article.txt');
  if (seed && existsSync(seed)) evalRomanization('seed article', readFileSync(seed, 'utf8'));
}

main();
