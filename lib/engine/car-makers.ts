// Car makers whose names are also everyday words, given names or towns (نيسان is April, كيا a word,
// رينو a first name, فورد a surname): in a sentence about cars (a car word, or two makers) they are
// the company, with its English name from the hand-written list lib/ner/lexicon/car-makers.json.
// Elsewhere they are left to the other stages.
import makers from '../ner/lexicon/car-makers.json';
import { keyedSet } from '../ner/lexicon';
import { foldLoose, normalizeText } from '../text/normalize';
import { tokenAnalyses } from './doc';
import type { Candidate, Doc } from './types';
import { sentenceRanges } from './unknown';

const CAR_WORDS = keyedSet('carWords');
const PREFIXES = new Set(['', 'و', 'ب', 'ل', 'ف', 'وب', 'ول']);

interface Maker {
  keys: string[];
  en: string;
}
const byFirst = new Map<string, Maker[]>();
for (const m of makers.makers)
  for (const ar of m.ar) {
    const keys = foldLoose(normalizeText(ar)).split(' ');
    const list = byFirst.get(keys[0]!) ?? [];
    list.push({ keys, en: m.en });
    byFirst.set(keys[0]!, list);
  }

/** The car makers named at token i: [end, maker, prefix, stem], or null. */
function makerAt(doc: Doc, i: number, common: (key: string) => boolean): [number, Maker, string, string] | null {
  if (doc.tokens[i]!.kind !== 'arabic') return null;
  for (const a of tokenAnalyses(doc, i)) {
    // وفيات is "deaths", not و + Fiat: a common word, or a word shaped like a feminine plural,
    // has no proclitic reading.
    if (!PREFIXES.has(a.prefix) || (a.prefix && (common(doc.keys[i]!) || a.stem.endsWith('ات')))) continue;
    for (const m of byFirst.get(a.stem) ?? [])
      if (m.keys.every((k, d) => d === 0 || doc.keys[i + d] === k)) return [i + m.keys.length, m, a.prefix, a.stem];
  }
  return null;
}

/**
 * Car makers in sentences about cars, as organisations with their English names; `common(key)`
 * tells an everyday word (وفيات).
 */
export function carMakers(doc: Doc, common: (key: string) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const [from, to] of sentenceRanges(doc)) {
    const found: Candidate[] = [];
    let cars = false;
    for (let i = from; i < to; i++) {
      const hit = makerAt(doc, i, common);
      if (hit) {
        const [end, m, prefix, stem] = hit;
        found.push({
          start: i,
          end,
          type: 'organization',
          source: 'pattern',
          known: false,
          english: m.en,
          id: null,
          prefix,
          stem,
        });
        i = end - 1;
      } else if (!cars && doc.tokens[i]!.kind === 'arabic')
        cars = tokenAnalyses(doc, i).some((a) => CAR_WORDS.has(a.stem));
    }
    if (cars || new Set(found.map((c) => c.english)).size >= 2) out.push(...found);
  }
  return out;
}

/** The candidates without those a car maker's name overlaps (رينو read as a first name). */
export function besideMakers<C extends Candidate>(cands: readonly C[], makersFound: readonly Candidate[]): C[] {
  if (makersFound.length === 0) return [...cands];
  return cands.filter(
    (c) =>
      !makersFound.some(
        (m) => m.start < c.end && c.start < m.end && !(c.type === 'organization' && c.end - c.start >= m.end - m.start),
      ),
  );
}
