// Builds the tagger's graded name evidence (lib/ner/model/name-evidence.ts) for `--name-evidence`:
// - counts: in how many Wikidata person names each normalised word form occurs (the
//   NETransliteration word pairs, CC0: name-pairs-netranslit/wd_arabic.normalized.aligned.tokens,
//   the same file that gen-given-names.ts reads; no NewsFANE text);
// - letter trigram log-odds, naive-Bayes style, of name words (those forms) against ordinary news
//   words: the common-word and not-person lists (lib/ner/*.generated.json, words of NewsFANE's train
//   split that are almost never inside a name), clitics off as the tagger looks them up; with
//   `nisbas`, also every gender and number of the gazetteer's country adjectives (التونسي, الغينية),
//   whose letters otherwise read as a surname's.
// Deterministic: the same files give the same table.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import compiled from '../../lib/gazetteer/compiled.generated.json';
import common from '../../lib/ner/common-words.generated.json';
import notPerson from '../../lib/ner/not-person-words.generated.json';
import { encodeNameEvidence, letterGrams, type NameEvidenceJson } from '../../lib/ner/model/name-evidence';
import { clitics } from '../../lib/text/clitics';
import { normalizeText } from '../../lib/text/normalize';

const PAIRS = 'name-pairs-netranslit/wd_arabic.normalized.aligned.tokens';
/** Add-α smoothing of trigram counts; trigrams seen fewer than MIN_GRAM times in all are left out. */
const ALPHA = 0.5;
const MIN_GRAM = 3;
const MAX_ODDS = 4;

/** Normalised person-name word forms and the number of listed names each occurs in. */
export function nameWordCounts(dataDir: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of readFileSync(join(dataDir, PAIRS), 'utf8').split(/\r?\n/)) {
    const [, ar, n] = line.split('\t');
    if (!ar || !n) continue;
    const w = normalizeText(ar.replace(/ /g, ''));
    if (!/^[\u0621-\u064a]{2,}$/.test(w)) continue;
    counts.set(w, (counts.get(w) ?? 0) + Number(n));
  }
  return counts;
}

/** Log-odds of each trigram: its share among name words' trigrams over its share among ordinary words'. */
export function trigramOdds(names: Iterable<string>, ordinary: Iterable<string>): Map<string, number> {
  const count = (words: Iterable<string>): { by: Map<string, number>; total: number } => {
    const by = new Map<string, number>();
    let total = 0;
    for (const w of words)
      for (const g of letterGrams(w)) {
        by.set(g, (by.get(g) ?? 0) + 1);
        total++;
      }
    return { by, total };
  };
  const pos = count(names);
  const neg = count(ordinary);
  const vocab = new Set([...pos.by.keys(), ...neg.by.keys()]);
  const odds = new Map<string, number>();
  for (const g of vocab) {
    const p = pos.by.get(g) ?? 0;
    const q = neg.by.get(g) ?? 0;
    if (p + q < MIN_GRAM) continue;
    const v =
      Math.log((p + ALPHA) / (pos.total + ALPHA * vocab.size)) -
      Math.log((q + ALPHA) / (neg.total + ALPHA * vocab.size));
    odds.set(g, Math.max(-MAX_ODDS, Math.min(MAX_ODDS, v)));
  }
  return odds;
}

/** Every gender and number of the gazetteer's country adjectives, without article (تونسي, تونسيه, تونسيون). */
export function countryAdjectives(): string[] {
  const out: string[] = [];
  for (const base of Object.keys(compiled.demonyms)) {
    const stem = normalizeText(base).replace(/ي$/, '');
    for (const ending of ['ي', 'يه', 'يون', 'يين', 'يات', 'يان', 'يتان', 'يتين']) out.push(stem + ending);
  }
  return out;
}

/**
 * Ordinary news words as the tagger looks them up (clitics off), none of them a listed name word;
 * `nisbas`: the country adjectives too.
 */
export function ordinaryWords(names: ReadonlySet<string>, nisbas = false): string[] {
  const out = new Set<string>();
  for (const w of [...common.words, ...notPerson.words, ...(nisbas ? countryAdjectives() : [])]) {
    const b = clitics(w).bare;
    if (/^[\u0621-\u064a]{2,}$/.test(b) && !names.has(b)) out.add(b);
  }
  return [...out].sort();
}

/**
 * `clusterNamed`: name words read their cluster path apart (lib/ner/model/features.ts); `nisbas`:
 * country adjectives are among the letter model's ordinary words.
 */
export function buildNameEvidence(dataDir: string, clusterNamed = false, nisbas = false): NameEvidenceJson {
  const counts = nameWordCounts(dataDir);
  const names = [...counts.keys()].sort();
  return encodeNameEvidence(counts, trigramOdds(names, ordinaryWords(new Set(names), nisbas)), clusterNamed);
}
