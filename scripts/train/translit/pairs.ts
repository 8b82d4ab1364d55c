// Parsers for the two Arabic–English name-pair files (text in, pairs out; the caller reads files).

import { foldEnglish } from '../../../lib/translit/english';
import { arabicKey } from '../../../lib/translit/key';

export interface NamePair {
  /** arabicKey() of the Arabic word. */
  ar: string;
  /** foldEnglish() of the English word. */
  en: string;
  count: number;
}

function keep(ar: string, en: string, count: number, out: NamePair[]): void {
  if (ar.length > 0 && en.length > 0 && Number.isFinite(count) && count > 0) out.push({ ar, en, count });
}

/** NETransliteration (Wikidata): "english<TAB>space-separated Arabic letters<TAB>count". */
export function parseWikidataPairs(text: string): NamePair[] {
  const out: NamePair[] = [];
  for (const line of text.split('\n')) {
    const [en, ar, count] = line.split('\t');
    if (en === undefined || ar === undefined) continue;
    keep(arabicKey(ar.replace(/ /g, '')), foldEnglish(en), Number(count ?? '1'), out);
  }
  return out;
}

/** google/transliteration: "arabic<TAB>latin", one pair per line, each counted once. */
export function parseGooglePairs(text: string): NamePair[] {
  const out: NamePair[] = [];
  for (const line of text.split('\n')) {
    const [ar, en] = line.split('\t');
    if (ar === undefined || en === undefined) continue;
    keep(arabicKey(ar), foldEnglish(en), 1, out);
  }
  return out;
}

/** Arabic key → English spelling → summed count. */
export function groupByArabic(pairs: NamePair[]): Map<string, Map<string, number>> {
  const byAr = new Map<string, Map<string, number>>();
  for (const p of pairs) {
    let m = byAr.get(p.ar);
    if (!m) byAr.set(p.ar, (m = new Map()));
    m.set(p.en, (m.get(p.en) ?? 0) + p.count);
  }
  return byAr;
}

/** The most frequent spelling; ties go to the alphabetically first so the output is stable. */
export function topSpelling(spellings: Map<string, number>): string {
  let best = '';
  let bestN = -1;
  for (const [en, n] of spellings) {
    if (n > bestN || (n === bestN && en < best)) {
      best = en;
      bestN = n;
    }
  }
  return best;
}

/** label-pairs.tsv: "arabic key<TAB>english<TAB>count", sorted (gen-label-pairs.ts writes it). */
export function formatLabelPairs(counts: ReadonlyMap<string, number>): string {
  return [...counts]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([pair, n]) => `${pair}\t${n}\n`)
    .join('');
}

/** The pairs of label-pairs.tsv. */
export function parseLabelPairs(text: string): NamePair[] {
  const out: NamePair[] = [];
  for (const line of text.split('\n')) {
    const [ar, en, count] = line.split('\t');
    if (ar !== undefined && en !== undefined) keep(ar, en, Number(count ?? '1'), out);
  }
  return out;
}
