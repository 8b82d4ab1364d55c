// The pure parts of the own-news judge (scripts/eval/own-news/judge.ts): reading a folder's gold,
// finding its spans in the texts, matching the engine's marks against them and counting.
import type { EntityType } from '../../../lib/types';

export type Verdict = 'true' | 'false' | 'wrong-span' | 'wrong-type' | 'missed';
export const TYPES: readonly EntityType[] = ['person', 'place', 'organization'];

/** One gold line: a span as written in its text (with its proclitics), its type, accepted variants. */
export interface GoldSpan {
  span: string;
  /** Only this whole-word occurrence of the span in its text (1 for the first), written span#N. */
  nth?: number;
  type: EntityType;
  /** Spans also accepted, where conventions differ (with or without the head noun or the nisba). */
  alts: string[];
}
export interface Gold extends GoldSpan {
  start: number;
  end: number;
}
/** What the judge needs of an engine entity. */
export interface Mark {
  start: number;
  end: number;
  text: string;
  type: string;
  english?: string | null;
}
export interface Row {
  id: string;
  span: string;
  gold: EntityType | 'NONE';
  /** The engine's type and English, or '-' for a missed name. */
  engine: string;
  engineType?: string;
  verdict: Verdict;
}
export interface Counts {
  true: number;
  false: number;
  'wrong-span': number;
  'wrong-type': number;
  missed: number;
  marks: number;
  gold: number;
}

const LETTER = /[\u0621-\u064A\u0671-\u06D3]/;
const PROCLITICS = /^[وفبلك]+$/u;

/** gold.tsv: text id, span, type, variants separated by |; # starts a comment line. */
export function parseGold(tsv: string): Map<string, GoldSpan[]> {
  const out = new Map<string, GoldSpan[]>();
  for (const line of tsv.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [id = '', span = '', type, alts] = line.split('\t');
    if (!TYPES.includes(type as EntityType)) throw new Error(`gold.tsv: bad type in "${line}"`);
    const list = out.get(id) ?? [];
    const [, text = span, nth] = /^(.*)#(\d+)$/u.exec(span) ?? [];
    const g: GoldSpan = { span: text, type: type as EntityType, alts: alts ? alts.split('|') : [] };
    list.push(nth ? { ...g, nth: Number(nth) } : g);
    out.set(id, list);
  }
  return out;
}

/**
 * Every whole-word occurrence of each gold span is a name, longest spans first, so that a name
 * inside a longer one is not counted twice; a span written twice in a text is two names. A line
 * span#N takes only the span's Nth whole-word occurrence (before the plain line of that span, which
 * takes the rest): where one text uses the same words for two types (a town and its club).
 */
export function locate(text: string, spans: readonly GoldSpan[]): Gold[] {
  const used = new Array<boolean>(text.length).fill(false);
  const out: Gold[] = [];
  const order = (g: GoldSpan): number => g.span.length + (g.nth ? 0.5 : 0);
  for (const g of [...spans].sort((a, b) => order(b) - order(a))) {
    let [found, nth] = [false, 0];
    for (let at = text.indexOf(g.span); at >= 0; at = text.indexOf(g.span, at + 1)) {
      const end = at + g.span.length;
      if (LETTER.test(text[at - 1] ?? '') || LETTER.test(text[end] ?? '')) continue;
      nth++;
      if ((g.nth !== undefined && nth !== g.nth) || used.slice(at, end).some(Boolean)) continue;
      used.fill(true, at, end);
      out.push({ ...g, start: at, end });
      found = true;
    }
    if (!found) throw new Error(`gold span not in its text: ${g.span}${g.nth ? `#${g.nth}` : ''}`);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The mark is the gold name: the same offsets, or the same end with only proclitics (و, ب, ل…)
 * between the starts (the gold writes them, the engine may leave them out), or an accepted variant.
 */
export function sameSpan(text: string, g: Gold, m: Mark): boolean {
  if (g.alts.includes(m.text)) return true;
  if (g.end !== m.end) return false;
  const [lo, hi] = g.start < m.start ? [g.start, m.start] : [m.start, g.start];
  return lo === hi || PROCLITICS.test(text.slice(lo, hi));
}

/** A row per engine mark (demonyms are not judged) and one per gold name no mark touches. */
export function judgeText(id: string, text: string, gold: readonly Gold[], marks: readonly Mark[]): Row[] {
  const rows: Row[] = [];
  const touched = new Set<Gold>();
  for (const m of marks) {
    if (m.type === 'demonym') continue;
    const base = { id, span: m.text, engine: `${m.type}: ${m.english ?? '-'}`, engineType: m.type };
    const over = gold.filter((g) => g.start < m.end && m.start < g.end);
    over.forEach((g) => touched.add(g));
    const exact = over.find((g) => sameSpan(text, g, m));
    if (exact) rows.push({ ...base, gold: exact.type, verdict: exact.type === m.type ? 'true' : 'wrong-type' });
    else if (over[0]) rows.push({ ...base, gold: over[0].type, verdict: 'wrong-span' });
    else rows.push({ ...base, gold: 'NONE', verdict: 'false' });
  }
  for (const g of gold)
    if (!touched.has(g)) rows.push({ id, span: g.span, gold: g.type, engine: '-', verdict: 'missed' });
  return rows;
}

/** Per type: a false mark counts under the engine's type, every other verdict under the gold's. */
export function count(rows: readonly Row[], gold: readonly Gold[]): Map<EntityType, Counts> {
  const out = new Map<EntityType, Counts>();
  for (const t of TYPES) {
    const c: Counts = { true: 0, false: 0, 'wrong-span': 0, 'wrong-type': 0, missed: 0, marks: 0, gold: 0 };
    for (const r of rows) {
      if (r.engineType === t) c.marks++;
      if (r.verdict === 'false' ? r.engineType === t : r.gold === t) c[r.verdict]++;
    }
    c.gold = gold.filter((g) => g.type === t).length;
    out.set(t, c);
  }
  return out;
}

const pct = (a: number, b: number): string => (b === 0 ? '  -  ' : ((100 * a) / b).toFixed(1).padStart(5));
const f1 = (tp: number, marks: number, gold: number): string =>
  marks + gold === 0 ? '  -  ' : ((200 * tp) / (marks + gold)).toFixed(1).padStart(5);

/** Strict precision, recall and F per type and overall. */
export function table(counts: ReadonlyMap<EntityType, Counts>): string {
  const lines = ['type           true false span  type  missed   P     R     F'];
  let [tp, marks, gold] = [0, 0, 0];
  for (const [t, c] of counts) {
    const cells = [c.true, c.false, c['wrong-span'], c['wrong-type'], c.missed].map((x) => String(x).padStart(5));
    const figures = `${pct(c.true, c.marks)} ${pct(c.true, c.gold)} ${f1(c.true, c.marks, c.gold)}`;
    lines.push(`${t.padEnd(14)}${cells.join(' ')} ${figures}`);
    [tp, marks, gold] = [tp + c.true, marks + c.marks, gold + c.gold];
  }
  lines.push(`overall strict P ${pct(tp, marks)}  R ${pct(tp, gold)}  F ${f1(tp, marks, gold).trim()}`);
  return lines.join('\n');
}

/** Sums the counts of several folders. */
export function addCounts(all: readonly ReadonlyMap<EntityType, Counts>[]): Map<EntityType, Counts> {
  const out = new Map<EntityType, Counts>();
  for (const counts of all)
    for (const [t, c] of counts) {
      const s = out.get(t) ?? { true: 0, false: 0, 'wrong-span': 0, 'wrong-type': 0, missed: 0, marks: 0, gold: 0 };
      for (const k of Object.keys(c) as (keyof Counts)[]) s[k] += c[k];
      out.set(t, s);
    }
  return out;
}
