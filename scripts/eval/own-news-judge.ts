// Judges the engine on short news texts written for the purpose (scripts/eval/own-news/<set>/NN.txt)
// against their hand annotation (gold.tsv: id, start, end, span, type), so a session can count
// what it finds by reading rather than eyeball it. The texts are tuned on once read: their figures
// show a fault found and fixed, not how the engine does on unseen news (CV and dev do that).
//   npx tsx scripts/eval/own-news-judge.ts scripts/eval/own-news/life [--write]
// With --write it rewrites the set's judged.tsv: text id, span, gold type or NONE, the engine's
// reading (type and English), verdict. Demonyms are not judged.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultEngine } from '../../lib/engine/default-data';

interface Span {
  start: number;
  end: number;
  text: string;
  type: string;
}

type Verdict = 'true' | 'wrong-type' | 'wrong-span' | 'false' | 'missed';

const CLITICS = /^[وفبلك]+$/u;

/** The same span, but for proclitics that one side counts and the other does not (و, ب, ل…). */
function sameSpan(text: string, a: Span, b: Span): boolean {
  if (a.end !== b.end) return false;
  const [lo, hi] = a.start < b.start ? [a.start, b.start] : [b.start, a.start];
  return lo === hi || CLITICS.test(text.slice(lo, hi));
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

function readGold(dir: string): Map<string, Span[]> {
  const gold = new Map<string, Span[]>();
  for (const line of readFileSync(join(dir, 'gold.tsv'), 'utf8').split('\n').slice(1)) {
    if (!line) continue;
    const [id = '', start, end, text = '', type = ''] = line.split('\t');
    const list = gold.get(id) ?? [];
    list.push({ start: Number(start), end: Number(end), text, type });
    gold.set(id, list);
  }
  return gold;
}

const dir = process.argv[2] ?? 'scripts/eval/own-news/life';
const gold = readGold(dir);
const engine = defaultEngine();
const rows: string[][] = [];
const count = new Map<string, Record<Verdict | 'marked', number>>();
const bump = (type: string, v: Verdict | 'marked'): void => {
  const c = count.get(type) ?? { true: 0, 'wrong-type': 0, 'wrong-span': 0, false: 0, missed: 0, marked: 0 };
  c[v]++;
  count.set(type, c);
};

for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const id = file.replace(/\.txt$/, '');
  const text = readFileSync(join(dir, file), 'utf8');
  const golds = gold.get(id) ?? [];
  const found = engine.annotate(text).entities.filter((e) => e.type !== 'demonym');
  const touched = new Set<Span>();
  for (const e of found) {
    const reading = `${e.type} ${e.english ?? '-'}`;
    bump(e.type, 'marked');
    const exact = golds.find((g) => sameSpan(text, g, e));
    const over = golds.filter((g) => overlaps(g, e));
    over.forEach((g) => touched.add(g));
    let verdict: Verdict;
    let goldType = 'NONE';
    if (exact) {
      verdict = exact.type === e.type ? 'true' : 'wrong-type';
      goldType = exact.type;
    } else if (over.length > 0) {
      verdict = 'wrong-span';
      goldType = over.map((g) => `${g.type}:${g.text}`).join(' ');
    } else verdict = 'false';
    bump(verdict === 'false' ? e.type : (goldType.split(':')[0] ?? ''), verdict);
    rows.push([id, e.text, goldType, reading, verdict]);
  }
  for (const g of golds.filter((x) => !touched.has(x))) {
    bump(g.type, 'missed');
    rows.push([id, g.text, g.type, '-', 'missed']);
  }
}

const pct = (n: number, d: number): string => (d ? ((100 * n) / d).toFixed(1) : '-');
console.log('type          true wrong-type wrong-span false missed |  P     R     F');
for (const type of ['person', 'place', 'organization']) {
  const c = count.get(type);
  if (!c) continue;
  const goldN = [...gold.values()].flat().filter((g) => g.type === type).length;
  const p = c.marked ? c.true / c.marked : 0;
  const r = goldN ? c.true / goldN : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  const cells = [c.true, c['wrong-type'], c['wrong-span'], c.false, c.missed].map((n) => String(n).padStart(6));
  console.log(`${type.padEnd(12)} ${cells.join(' ')} | ${pct(p, 1)} ${pct(r, 1)} ${pct(f, 1)}`);
}
if (process.argv.includes('--write')) {
  const head = 'id\tspan\tgold\tengine\tverdict\n';
  writeFileSync(join(dir, 'judged.tsv'), head + rows.map((r) => r.join('\t')).join('\n') + '\n');
}
