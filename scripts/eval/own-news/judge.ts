// Judges the engine on folders of short news texts written for the purpose (issue 14): each
// NAME.txt is one text, the folder's gold.tsv lists every name in them (judge-core.ts says how a
// line is read and matched), and the engine's marks are compared with it span by span.
//   npx tsx scripts/eval/own-news/judge.ts DIR... [--write] [--errors]   (npm run eval:own-news)
// It prints a table per folder (true, false, wrong span, wrong type, missed per type; strict
// P/R/F) and, for two or more, their total; --errors also prints each row that is not true;
// --write rewrites DIR/judged.tsv (text id, span, gold type or NONE, engine's reading, verdict).
// These texts are tuned on: their figures show what a rule fixed, not unseen accuracy.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { defaultEngine } from '../../../lib/engine/default-data';
import type { EntityType } from '../../../lib/types';
import { addCounts, count, type Counts, judgeText, locate, parseGold, type Row, table } from './judge-core';

function judgeFolder(dir: string, engine: ReturnType<typeof defaultEngine>, write: boolean, errors: boolean) {
  const goldSpans = parseGold(readFileSync(join(dir, 'gold.tsv'), 'utf8'));
  const rows: Row[] = [];
  const gold = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const id = basename(file, '.txt');
    const text = readFileSync(join(dir, file), 'utf8');
    const golds = locate(text, goldSpans.get(id) ?? []);
    gold.push(...golds);
    rows.push(...judgeText(id, text, golds, engine.annotate(text).entities));
  }
  const line = (r: Row): string => [r.id, r.span, r.gold, r.engine, r.verdict].join('\t');
  if (errors) for (const r of rows) if (r.verdict !== 'true') console.log(line(r));
  if (write) {
    const head = '# text id\tspan\tgold type or NONE\tengine reading\tverdict';
    writeFileSync(join(dir, 'judged.tsv'), [head, ...rows.map(line)].join('\n') + '\n');
  }
  return count(rows, gold);
}

function main(): void {
  const args = process.argv.slice(2);
  const dirs = args.filter((a) => !a.startsWith('--'));
  if (dirs.length === 0) throw new Error('usage: judge.ts DIR... [--write] [--errors]');
  const engine = defaultEngine();
  const all: Map<EntityType, Counts>[] = [];
  for (const dir of dirs) {
    const counts = judgeFolder(dir, engine, args.includes('--write'), args.includes('--errors'));
    console.log(`${dir}\n${table(counts)}\n`);
    all.push(counts);
  }
  if (all.length > 1) console.log(`total\n${table(addCounts(all))}`);
}

main();
