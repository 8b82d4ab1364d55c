// Span-level scores for a BIO tagger against NewsFANE gold: precision, recall and F1 per type and
// micro-averaged, for exact spans and for overlapping spans of the same type.

import { ENTITY_TYPES, type EntityType } from '../../lib/types';
import { bioToSpans, type GoldSentence, type Span } from './newsfane';

export type TagFn = (sentence: GoldSentence) => readonly string[];

/** tp counts predictions that match; found counts gold spans that are matched (they differ for overlap). */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  found: number;
}
export type CountTable = Record<'exact' | 'overlap', Record<EntityType | 'micro', Counts>>;
export interface Scores {
  p: number;
  r: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}
export type Report = Record<'exact' | 'overlap', Record<EntityType | 'micro', Scores>>;

const TYPES = ENTITY_TYPES;

export function score(c: Counts): Scores {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.found + c.fn ? c.found / (c.found + c.fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp: c.tp, fp: c.fp, fn: c.fn };
}

const overlaps = (a: Span, b: Span): boolean => a.type === b.type && a.start < b.end && b.start < a.end;
const same = (a: Span, b: Span): boolean => a.type === b.type && a.start === b.start && a.end === b.end;

/** Zero counts per type and micro, for exact and overlapping spans. */
export function emptyCounts(): CountTable {
  const zero = (): Record<EntityType | 'micro', Counts> => ({
    person: { tp: 0, fp: 0, fn: 0, found: 0 },
    place: { tp: 0, fp: 0, fn: 0, found: 0 },
    organization: { tp: 0, fp: 0, fn: 0, found: 0 },
    micro: { tp: 0, fp: 0, fn: 0, found: 0 },
  });
  return { exact: zero(), overlap: zero() };
}

export const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

/** Compares predicted spans with gold spans over all sentences. */
export function evaluateTagger(sentences: readonly GoldSentence[], tag: TagFn): Report {
  const counts = emptyCounts();
  for (const s of sentences) {
    const gold = bioToSpans(s.map((t) => t.tag));
    const pred = bioToSpans(tag(s));
    for (const [mode, match] of [
      ['exact', same],
      ['overlap', overlaps],
    ] as const) {
      const c = counts[mode];
      for (const p of pred) {
        const hit = gold.some((g) => match(p, g));
        for (const k of [p.type, 'micro'] as const) c[k][hit ? 'tp' : 'fp']++;
      }
      for (const g of gold) {
        const hit = pred.some((p) => match(p, g));
        for (const k of [g.type, 'micro'] as const) c[k][hit ? 'found' : 'fn']++;
      }
    }
  }
  const out = {} as Report;
  for (const mode of ['exact', 'overlap'] as const) {
    out[mode] = {} as Record<EntityType | 'micro', Scores>;
    for (const k of [...TYPES, 'micro'] as const) out[mode][k] = score(counts[mode][k]);
  }
  return out;
}

export function formatReport(r: Report, title: string): string {
  const lines = [title, 'type          | exact P     R    F1 | overlap P   R    F1 | gold'];
  for (const k of [...TYPES, 'micro'] as const) {
    const e = r.exact[k];
    const o = r.overlap[k];
    lines.push(
      `${k.padEnd(13)} | ${pct(e.p)} ${pct(e.r)} ${pct(e.f1)} | ${pct(o.p)} ${pct(o.r)} ${pct(o.f1)} | ${e.tp + e.fn}`,
    );
  }
  return lines.join('\n');
}
