// Accuracy of the engine.
//   npm run eval                                   project passages (tests/eval/passages)
//   npm run eval -- /work/shared/data              + NewsFANE held-out test split, dev split and the
//                                                  reserved set (strict spans; recall of person names
//                                                  no list holds), the seed article gold and the
//                                                  translit eval
//   --errors lists misses; --no-seed, --no-translit skip those parts; --dev-only scores the dev
//   split alone of NewsFANE (tuning: held-out and reserved stay unread)
// The data folder can also come from HAMISH_DATA. The project never reads it by default.
// Scores: precision, recall, F1 per type and micro, for exact spans and for overlapping spans of
// the same type. Ignore spans are neither rewarded nor penalised: a prediction overlapping one and
// no gold mention is dropped. English accuracy: share of exactly found names whose English is in the gold list
// (case-insensitive), for known and for guessed names. Dates: exact span and value.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultEngine, defaultEngineData } from '../../lib/engine/default-data';
import { ENTITY_TYPES, type EntityMention, type EntityType } from '../../lib/types';
import { loadPassages } from '../../tests/eval/load-passages';
import { emptyCounts, evaluateTagger, formatReport, pct, score, type CountTable } from './ner-metrics';
import { loadNewsFane, loadReservedSet, type GoldSentence } from './newsfane';
import { engineTags, errorLines, unlistedPersonRecall } from './newsfane-engine';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TYPES = ENTITY_TYPES;

interface Span {
  start: number;
  end: number;
  type: EntityType;
}
interface GoldSpan extends Span {
  english: string[];
  types?: EntityType[];
  text?: string;
}
type Table = CountTable;
const typeOk = (g: GoldSpan, t: EntityType) => (g.types ?? [g.type]).includes(t);
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

interface English {
  known: [number, number];
  unknown: [number, number];
}
interface Miss {
  kind: 'fp' | 'fn';
  text: string;
  type: string;
  where: string;
}

/** Adds one document's predictions to the table; returns its misses for the error listing. */
function tally(
  table: Table,
  eng: English,
  gold: GoldSpan[],
  pred: EntityMention[],
  ignore: { start: number; end: number }[],
  where: string,
): Miss[] {
  const misses: Miss[] = [];
  // An ignore span is a region of no concern; a prediction that meets a gold mention is scored
  // even when it also overlaps one (الروسية is ignored alone, not inside الخارجية الروسية).
  const preds = pred.filter(
    (p) => p.type !== 'demonym' && (gold.some((g) => overlaps(g, p)) || !ignore.some((i) => overlaps(i, p))),
  );
  for (const mode of ['exact', 'overlap'] as const) {
    const match = (g: GoldSpan, p: EntityMention) =>
      typeOk(g, p.type as EntityType) && (mode === 'exact' ? g.start === p.start && g.end === p.end : overlaps(g, p));
    for (const p of preds) {
      const hit = gold.find((g) => match(g, p));
      const c = [table[mode][p.type as EntityType], table[mode].micro];
      for (const x of c) {
        if (hit) x.tp++;
        else x.fp++;
      }
      if (mode === 'exact' && !hit) misses.push({ kind: 'fp', text: p.text, type: p.type, where });
      if (mode === 'exact' && hit) {
        const ok = !!p.english && hit.english.some((e) => e.toLowerCase() === p.english!.toLowerCase());
        const slot = p.known ? eng.known : eng.unknown;
        slot[0] += ok ? 1 : 0;
        slot[1]++;
      }
    }
    for (const g of gold) {
      const found = preds.some((p) => match(g, p));
      for (const x of [table[mode][g.type], table[mode].micro]) {
        if (found) x.found++;
        else x.fn++;
      }
      if (mode === 'exact' && !found) misses.push({ kind: 'fn', text: g.text ?? '', type: g.type, where });
    }
  }
  return misses;
}

function printTable(title: string, t: Table): void {
  console.log(`\n${title}`);
  console.log('                   exact: P     R     F1   | overlap: P     R     F1   | gold  pred');
  for (const k of [...TYPES, 'micro'] as const) {
    const row = (['exact', 'overlap'] as const).map((m) => {
      const { p, r, f1 } = score(t[m][k]);
      return `${pct(p)} ${pct(r)} ${pct(f1)}`;
    });
    const c = t.exact[k];
    console.log(
      `  ${k.padEnd(13)}      ${row[0]}   |          ${row[1]}   | ` +
        `${String(c.found + c.fn).padStart(4)}  ${String(c.tp + c.fp).padStart(4)}`,
    );
  }
}

function printEnglish(e: English): void {
  const f = ([ok, n]: [number, number]) => `${n ? ((100 * ok) / n).toFixed(1) : '-'}% of ${n}`;
  console.log(`  English name accuracy (exact spans found): known ${f(e.known)}, guessed ${f(e.unknown)}`);
}

function evalPassages(showErrors: boolean): void {
  const engine = defaultEngine();
  const table = emptyCounts();
  const eng: English = { known: [0, 0], unknown: [0, 0] };
  const misses: Miss[] = [];
  let dTp = 0;
  let dPred = 0;
  let dGold = 0;
  const passages = loadPassages(join(ROOT, 'tests/eval/passages'));
  for (const p of passages) {
    const r = engine.annotate(p.text, { published: p.published });
    misses.push(...tally(table, eng, p.entities as GoldSpan[], r.entities, p.ignore, p.id));
    const dates = r.dates.filter((d) => !p.ignore.some((i) => overlaps(i, d)));
    dPred += dates.length;
    dGold += p.dates.length;
    dTp += dates.filter((d) =>
      p.dates.some((g) => g.start === d.start && g.end === d.end && g.value === d.value),
    ).length;
  }
  printTable(`Project passages (${passages.length} files, tests/eval/passages)`, table);
  printEnglish(eng);
  const dp = dPred ? dTp / dPred : 0;
  const dr = dGold ? dTp / dGold : 0;
  console.log(
    `  Dates (exact span and value): P ${pct(dp)}  R ${pct(dr)}  F1 ${pct(dp + dr ? (2 * dp * dr) / (dp + dr) : 0)}  ` +
      `(${dTp}/${dGold} gold, ${dPred} found)`,
  );
  if (showErrors) for (const m of misses) console.log(`    ${m.kind} ${m.type.padEnd(12)} ${m.text}  [${m.where}]`);
}

/**
 * NewsFANE: blocks of sentences joined by line breaks form the documents; mentions map back to
 * tokens. The reserved set (a standard test set) is scored for the record only: never tune on it.
 */
function evalNewsFane(dir: string, showErrors: boolean, devOnly: boolean): void {
  const { dev, test } = loadNewsFane(dir);
  // Errors are never listed for the reserved set: reading them would be tuning on it.
  const parts: [string, GoldSentence[], boolean][] = devOnly
    ? [['dev split', dev, showErrors]]
    : [
        ['held-out test split', test, showErrors],
        ['dev split', dev, showErrors],
        ['reserved set (standard test set: report only, never tune on it)', loadReservedSet(dir), false],
      ];
  const data = defaultEngineData();
  for (const [name, sentences, listErrors] of parts) {
    const tags = engineTags(defaultEngine(), sentences);
    console.log(
      '\n' +
        formatReport(
          evaluateTagger(sentences, (s) => tags.get(s)!),
          `NewsFANE ${name} (${sentences.length} sentences), whole engine`,
        ),
    );
    const u = unlistedPersonRecall(sentences, tags, data.gazetteer);
    console.log(
      `  recall of person names no list holds (exact span): ` +
        `${pct(u.total ? u.found / u.total : 0)} (${u.found}/${u.total})`,
    );
    if (listErrors) for (const line of errorLines(sentences.slice(0, 400), tags)) console.log(line);
  }
}

interface SeedGold {
  text: string;
  publishedAt: string;
  gold: { text: string; type: EntityType; types: EntityType[]; english: string[]; nth: number }[];
  ignore: string[];
}

function evalSeed(dir: string, showErrors: boolean): void {
  const file = join(dir, '../fixtures/seed-article.gold.json');
  if (!existsSync(file)) return void console.log(`\nSeed article: ${file} not found`);
  const seed = JSON.parse(readFileSync(file, 'utf8')) as SeedGold;
  const nthIndex = (s: string, n: number): number => {
    let at = -1;
    for (let k = 0; k <= n; k++) {
      at = seed.text.indexOf(s, at + 1);
      if (at < 0) return -1;
    }
    return at;
  };
  const gold: GoldSpan[] = [];
  for (const g of seed.gold) {
    const at = nthIndex(g.text, g.nth);
    if (at >= 0)
      gold.push({
        start: at,
        end: at + g.text.length,
        type: g.type,
        types: g.types,
        english: g.english,
        text: g.text,
      } as GoldSpan);
  }
  const ignore = seed.ignore.flatMap((s) => {
    const out: { start: number; end: number }[] = [];
    for (let at = seed.text.indexOf(s); at >= 0; at = seed.text.indexOf(s, at + 1))
      out.push({ start: at, end: at + s.length });
    return out;
  });
  const table = emptyCounts();
  const eng: English = { known: [0, 0], unknown: [0, 0] };
  const r = defaultEngine().annotate(seed.text, { published: seed.publishedAt });
  const misses = tally(table, eng, gold, r.entities, ignore, 'seed');
  printTable('Seed article (smoke check)', table);
  printEnglish(eng);
  if (showErrors) for (const m of misses) console.log(`    ${m.kind} ${m.type.padEnd(12)} ${m.text}`);
}

function main(): void {
  const args = process.argv.slice(2);
  const showErrors = args.includes('--errors');
  const dir = args.find((a) => !a.startsWith('--')) ?? process.env.HAMISH_DATA;
  const t0 = performance.now();
  evalPassages(showErrors);
  if (dir) {
    evalNewsFane(dir, showErrors, args.includes('--dev-only'));
    if (!args.includes('--no-seed')) evalSeed(dir, showErrors);
  } else {
    console.log(
      '\n(NewsFANE, seed and the name-pair splits: pass the shared data folder as an argument or HAMISH_DATA)',
    );
  }
  // Names in Latin letters: without the data folder, the passages' people and the demo article only.
  if (!args.includes('--no-translit')) {
    console.log('\nNames in Latin letters (scripts/eval/eval-translit.ts):');
    const pass = [...(dir ? [dir] : []), ...(showErrors ? ['--errors'] : [])];
    spawnSync('npx', ['tsx', join(ROOT, 'scripts/eval/eval-translit.ts'), ...pass], { stdio: 'inherit', cwd: ROOT });
  }
  console.log(`\n${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

main();
