// Judges the engine on a folder of short news texts written for the purpose (issue 14): each
// NAME.txt is one text, gold.tsv lists every name in them (text id, span as written with its
// proclitics, type), and the engine's marks are compared with it span by span.
//   npx tsx scripts/eval/own-news/politics/judge.ts [DIR] [--write]   (DIR defaults to this folder)
// It prints a table per type (true, false, wrong span, wrong type, missed; strict P/R/F) and each
// error; --write rewrites DIR/judged.tsv (text id, span, gold type or NONE, engine's reading,
// verdict). These texts are tuned on: their figures show what a rule fixed, not unseen accuracy.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultEngine } from '../../../../lib/engine/default-data';
import type { EntityType } from '../../../../lib/types';

type Verdict = 'true' | 'false' | 'wrong-span' | 'wrong-type' | 'missed';
interface Gold {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Spans also accepted, where conventions differ (with or without the head noun or the nisba). */
  alts: string[];
}
interface GoldSpan {
  span: string;
  type: EntityType;
  alts: string[];
}
interface Row {
  id: string;
  span: string;
  gold: EntityType | 'NONE';
  engine: string;
  verdict: Verdict;
}

const TYPES: readonly EntityType[] = ['person', 'place', 'organization'];
const LETTER = /[\u0621-\u064A\u0671-\u06D3]/;

/**
 * Every whole-word occurrence of each gold span, longest spans first, so that a name inside a
 * longer one is not counted twice.
 */
function locate(text: string, spans: readonly GoldSpan[]): Gold[] {
  const used = new Array<boolean>(text.length).fill(false);
  const out: Gold[] = [];
  for (const g of [...spans].sort((a, b) => b.span.length - a.span.length)) {
    let from = 0;
    let found = false;
    for (let at = text.indexOf(g.span, from); at >= 0; at = text.indexOf(g.span, from)) {
      from = at + 1;
      const end = at + g.span.length;
      if (LETTER.test(text[at - 1] ?? '') || LETTER.test(text[end] ?? '')) continue;
      if (used.slice(at, end).some(Boolean)) continue;
      used.fill(true, at, end);
      out.push({ start: at, end, text: g.span, type: g.type, alts: g.alts });
      found = true;
    }
    if (!found) throw new Error(`gold span not in its text: ${g.span}`);
  }
  return out.sort((a, b) => a.start - b.start);
}

function readGold(dir: string): Map<string, GoldSpan[]> {
  const out = new Map<string, GoldSpan[]>();
  for (const line of readFileSync(join(dir, 'gold.tsv'), 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [id = '', span = '', type, alts] = line.split('\t');
    if (!TYPES.includes(type as EntityType)) throw new Error(`gold.tsv: bad type in "${line}"`);
    const list = out.get(id) ?? [];
    list.push({ span, type: type as EntityType, alts: alts ? alts.split('|') : [] });
    out.set(id, list);
  }
  return out;
}

function judgeText(id: string, text: string, gold: Gold[], engine = defaultEngine()): Row[] {
  const rows: Row[] = [];
  const touched = new Set<Gold>();
  for (const e of engine.annotate(text).entities) {
    if (e.type === 'demonym') continue;
    const reading = `${e.type}: ${e.english ?? '-'}`;
    const over = gold.filter((g) => g.start < e.end && e.start < g.end);
    over.forEach((g) => touched.add(g));
    const exact = over.find((g) => (g.start === e.start && g.end === e.end) || g.alts.includes(e.text));
    if (exact) {
      rows.push({
        id,
        span: e.text,
        gold: exact.type,
        engine: reading,
        verdict: exact.type === e.type ? 'true' : 'wrong-type',
      });
    } else if (over[0]) {
      rows.push({ id, span: e.text, gold: over[0].type, engine: reading, verdict: 'wrong-span' });
    } else rows.push({ id, span: e.text, gold: 'NONE', engine: reading, verdict: 'false' });
  }
  for (const g of gold)
    if (!touched.has(g)) rows.push({ id, span: g.text, gold: g.type, engine: '-', verdict: 'missed' });
  return rows;
}

function table(rows: readonly Row[], goldCount: Map<EntityType, number>): string {
  const lines = ['type           true false span  type  missed   P     R     F'];
  const pct = (a: number, b: number) => (b === 0 ? '  -  ' : ((100 * a) / b).toFixed(1).padStart(5));
  let [tp, marked, gold] = [0, 0, 0];
  for (const t of TYPES) {
    const n = (v: Verdict) =>
      rows.filter((r) => r.verdict === v && (v === 'false' ? r.engine.startsWith(t) : r.gold === t)).length;
    const marks = rows.filter((r) => r.verdict !== 'missed' && r.engine.startsWith(t)).length;
    const g = goldCount.get(t) ?? 0;
    const [p, r] = [n('true') / marks, n('true') / g];
    const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    const cells = [n('true'), n('false'), n('wrong-span'), n('wrong-type'), n('missed')].map((x) =>
      String(x).padStart(5),
    );
    const figures = `${pct(n('true'), marks)} ${pct(n('true'), g)} ${(100 * f).toFixed(1).padStart(5)}`;
    lines.push(`${t.padEnd(14)}${cells.join(' ')} ${figures}`);
    [tp, marked, gold] = [tp + n('true'), marked + marks, gold + g];
  }
  const [p, r] = [tp / marked, tp / gold];
  lines.push(`overall strict P ${pct(tp, marked)}  R ${pct(tp, gold)}  F ${((200 * p * r) / (p + r)).toFixed(1)}`);
  return lines.join('\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--')) ?? fileURLToPath(new URL('.', import.meta.url));
  const goldSpans = readGold(dir);
  const engine = defaultEngine();
  const rows: Row[] = [];
  const goldCount = new Map<EntityType, number>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const id = basename(file, '.txt');
    const text = readFileSync(join(dir, file), 'utf8');
    const gold = locate(text, goldSpans.get(id) ?? []);
    gold.forEach((g) => goldCount.set(g.type, (goldCount.get(g.type) ?? 0) + 1));
    rows.push(...judgeText(id, text, gold, engine));
  }
  for (const r of rows) if (r.verdict !== 'true') console.log([r.id, r.span, r.gold, r.engine, r.verdict].join('\t'));
  console.log(table(rows, goldCount));
  if (args.includes('--write')) {
    const head = '# text id\tspan\tgold type or NONE\tengine reading\tverdict';
    const body = rows.map((r) => [r.id, r.span, r.gold, r.engine, r.verdict].join('\t'));
    writeFileSync(join(dir, 'judged.tsv'), [head, ...body].join('\n') + '\n');
  }
}

main();
