// Car makers whose names are also everyday words, given names or towns (نيسان is April, كيا a word,
// رينو a first name, فورد a surname): in a sentence about cars (a car word, or two makers) they are
// the company, with its English name from the hand-written list lib/ner/lexicon/car-makers.json.
// Elsewhere they are left to the other stages.
import makers from '../ner/lexicon/car-makers.json';
import { keyedSet } from '../ner/lexicon';
import { foldLoose, normalizeText } from '../text/normalize';
import { askWord, tokenAnalyses, wordMemo } from './doc';
import { candidate, type Candidate, type Doc } from './types';
import { sentenceRanges } from './unknown';
import { imperfectShaped } from '../ner/rule-words';

const CAR_WORDS = keyedSet('carWords');
const COMPANY_WORDS = keyedSet('companyWords');
const PREFIXES = new Set(['', 'و', 'ب', 'ل', 'ف', 'وب', 'ول']);

// فئات (classes) normalises as فيات: no maker is spelt with a hamza on ya or waw.
const HAMZA_SEAT = /[ئؤ]/;

interface Maker {
  /** Normal forms of its words, stricter than the loose keys. */
  norms: string[];
  en: string;
}
const byFirst = new Map<string, Maker[]>();
for (const m of makers.makers)
  for (const ar of m.ar) {
    const norms = normalizeText(ar).split(' ');
    const first = foldLoose(norms[0]!);
    const list = byFirst.get(first) ?? [];
    list.push({ norms, en: m.en });
    byFirst.set(first, list);
  }

/** The car makers named at token i: [end, maker, prefix, stem], or null. */
function makerAt(doc: Doc, i: number, everyday: (key: string) => boolean): [number, Maker, string, string] | null {
  if (doc.tokens[i]!.kind !== 'arabic') return null;
  for (const a of tokenAnalyses(doc, i)) {
    // وفيات is "deaths", not و + Fiat: a common word, or a word shaped like a feminine plural,
    // has no proclitic reading.
    if (!PREFIXES.has(a.prefix) || (a.prefix && (everyday(doc.keys[i]!) || a.stem.endsWith('ات')))) continue;
    for (const m of byFirst.get(a.stem) ?? [])
      if (
        m.norms.every((w, d) => doc.tokens[i + d]?.norm === (d === 0 ? a.prefix + w : w)) &&
        !HAMZA_SEAT.test(doc.tokens[i]!.text)
      )
        return [i + m.norms.length, m, a.prefix, a.stem];
  }
  return null;
}

const PROCLITIC_OPENING = /^[وفبلك]/;

/**
 * نيسان أورفان, أودي إيه 6: a maker and its model name a product, not the company. The model is a
 * bare word no list calls common, a word in Latin letters or a number; موتورز names the company.
 */
function modelAfter(doc: Doc, i: number, everyday: (key: string) => boolean): boolean {
  const t = doc.tokens[i];
  if (!t || t.kind === 'punct') return false;
  if (t.kind !== 'arabic') return true;
  const k = doc.keys[i]!;
  return (
    !everyday(k) && !COMPANY_WORDS.has(k) && !PROCLITIC_OPENING.test(k) && !k.startsWith('ال') && !CAR_WORDS.has(k)
  );
}

/**
 * Car makers in sentences about cars, as organisations with their English names; `everyday(key)`
 * tells a common or function word (وفيات, على).
 */
// Module functions, not arrows made per page and per word: V8 compiled those again on each page.
const opensMakerAt = (doc: Doc, i: number): boolean => stemIn(doc, i, byFirst);
const carWordAt = (doc: Doc, i: number): boolean => stemIn(doc, i, CAR_WORDS);

/** Might a maker's name open at token i? `opens`: the page's memo (wordMemo) for opensMakerAt. */
function maybeMaker(doc: Doc, opens: Int8Array | null, i: number): boolean {
  return doc.tokens[i]!.kind === 'arabic' && askWord(doc, opens, i, opensMakerAt);
}

function stemIn(doc: Doc, i: number, stems: { has(stem: string): boolean }): boolean {
  const as = tokenAnalyses(doc, i);
  for (let k = 0; k < as.length; k++) if (stems.has(as[k]!.stem)) return true;
  return false;
}

export function carMakers(doc: Doc, everyday: (key: string) => boolean): Candidate[] {
  const out: Candidate[] = [];
  // Both tests depend on the word alone: asked once per distinct word of the page.
  const opens = wordMemo(doc);
  const cars = wordMemo(doc);
  // Most pages name no maker: the page's sentences are only cut when one is.
  let any = false;
  for (let i = 0; i < doc.keys.length && !any; i++) any = maybeMaker(doc, opens, i);
  if (!any) return out;
  for (const [from, to] of sentenceRanges(doc)) {
    const found: Candidate[] = [];
    let aboutCars = false;
    for (let i = from; i < to; i++) {
      const hit = maybeMaker(doc, opens, i) ? makerAt(doc, i, everyday) : null;
      if (hit && !modelAfter(doc, hit[0], everyday)) {
        const [end, m, prefix, stem] = hit;
        found.push(
          candidate({
            start: i,
            end,
            type: 'organization',
            source: 'pattern',
            known: false,
            english: m.en,
            id: null,
            prefix,
            stem,
          }),
        );
        i = end - 1;
      } else if (hit) i = hit[0] - 1;
      else if (!aboutCars && doc.tokens[i]!.kind === 'arabic') aboutCars = askWord(doc, cars, i, carWordAt);
    }
    if (aboutCars || new Set(found.map((c) => c.english)).size >= 2) out.push(...found);
  }
  return out;
}

/**
 * Is candidate c, whatever stage made it, exactly a car maker before its model's name (نيسان أورفان,
 * أوبل فوكسهول)? The product is named, not the company. A second maker after it is a group's name
 * (فولكسفاغن أودي), and a verb's shape is the sentence going on (تويوتا تعلن).
 */
export function makerBeforeModel(doc: Doc, c: Candidate, everyday: (key: string) => boolean): boolean {
  const next = doc.tokens[c.end];
  if (next?.kind !== 'arabic' || !tokenAnalyses(doc, c.start).some((a) => byFirst.has(a.stem))) return false;
  if (makerAt(doc, c.start, everyday)?.[0] !== c.end) return false;
  if (imperfectShaped(next.norm) || tokenAnalyses(doc, c.end).some((a) => byFirst.has(a.stem))) return false;
  return modelAfter(doc, c.end, everyday);
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
