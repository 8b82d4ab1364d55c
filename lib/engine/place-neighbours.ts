// Towns no list holds, named by the places beside them. News lists places joined by و and commas
// (شبعا وكفرحمام, مدن قوانغتشو وتشواتشو وخانجو) and places a town by its bearing from a known one
// (وقتل في المقدادية شمال شرق بعقوبة, في حي الدورة جنوبي العاصمة). A word there that reads as no
// common word, name, title or country adjective is a place. A list needs two places or a plural
// place noun before it (القاهرة ووليد is a person; دمشق وحدها a word), and a bearing needs a
// preposition before the word and a place after it.
import { clitics } from '../text/clitics';
import type { CueLexicon } from '../ner/cues';
import { normalSet } from '../ner/lexicon';
import { cueForms, imperfectShaped, inNames, isNisbaShaped } from '../ner/rule-words';
import { coverIndex } from './candidate-lists';
import { byStart } from './order';
import { ruleGuess, type Candidate, type Doc } from './types';

const LIST_NOUNS = normalSet('placeListNouns');
const BEARINGS = normalSet('bearingWords');
const BEARING_PREPOSITIONS = normalSet('bearingPrepositions');
const BEARING_NOUNS = normalSet('bearingPlaceNouns');
const BEARING_TARGETS = normalSet('bearingTargets');
const COMMAS = new Set(['،', ',']);
// وحدها, ومناطقهم: a noun with its pronoun is no town (ة is written ه, so ـه alone proves nothing).
const PRONOUN_ENDING = /(ها|هم|هما|هن|كم|نا)$/;

/** The engine's word tests a town must pass, made once per engine (on gazetteer keys). */
export interface TownWords {
  cues: CueLexicon;
  everyday: (key: string) => boolean;
  given: (key: string) => boolean;
  isNisba: (key: string) => boolean;
}

/** Could `bare` (a word with no proclitic but its article; `key` its gazetteer key) be a town's name? */
function townShaped(bare: string, key: string, words: TownWords, nisbaOk: boolean): boolean {
  const c = clitics(bare);
  if (c.pre !== '' || c.bare.length < 3 || bare.length < 3) return false;
  if (words.everyday(key) || words.cues.common.has(bare) || words.cues.stop.has(bare)) return false;
  if (inNames(words.cues, bare) || words.given(key) || words.isNisba(key)) return false;
  // المنطقة, المدينة: a cue noun with its article is the noun.
  if (cueForms(bare).some((f) => words.cues.single.has(f)) || words.cues.single.has(c.bare)) return false;
  if (PRONOUN_ENDING.test(bare) || (!c.article && imperfectShaped(bare)) || BEARINGS.has(bare)) return false;
  // والالقاءات: a definite plural is a noun.
  if (c.article && c.bare.endsWith('ات')) return false;
  return nisbaOk || !(c.article && isNisbaShaped(c.bare));
}

/**
 * The token's word without a leading و when `waw` asks for one, or null if it has none. A word
 * that is common with its و (وقعت "was signed"), or a short one (ورجح), is no و + town.
 */
function listWord(doc: Doc, i: number, waw: boolean, words: TownWords): string | null {
  const t = doc.tokens[i];
  if (!t || t.kind !== 'arabic') return null;
  if (!waw) return t.norm.startsWith('و') ? null : t.norm;
  if (!t.norm.startsWith('و') || t.norm.length < 5 || words.everyday(doc.keys[i]!)) return null;
  return t.norm.slice(1);
}

/**
 * Does the word before i end where a list item may end? Not before a name word or a marked name
 * without و: it may be the first word of a longer name (واوز باكستان).
 */
function itemEnds(doc: Doc, i: number, words: TownWords): boolean {
  const t = doc.tokens[i];
  if (!t || t.kind !== 'arabic' || t.norm.startsWith('و')) return true;
  return words.everyday(doc.keys[i]!) || words.cues.stop.has(t.norm);
}

/** Does a list go on at j: a comma, or a word opening with و? */
function joinAt(doc: Doc, j: number): boolean {
  const t = doc.tokens[j];
  return t !== undefined && (COMMAS.has(t.norm) || (t.kind === 'arabic' && t.norm.startsWith('و')));
}

interface Item {
  start: number;
  end: number;
  place: boolean;
  waw: boolean;
  /** Joined by a comma: a clause may open there (، وحضرت فيه), so an unknown word must go on. */
  comma: boolean;
}

/** The list item at i (a place candidate or one town-shaped word), joined by و when `waw`. */
function itemAt(
  doc: Doc,
  i: number,
  waw: boolean,
  cands: readonly Candidate[],
  coverAt: Int32Array,
  words: TownWords,
): Item | null {
  // A list may end the page on its comma (ومنها إلى سوريا,): no item after it.
  if (i >= doc.tokens.length) return null;
  const k = coverAt[i]!;
  if (k >= 0) {
    const c = cands[k]!;
    if (c.start !== i || c.type !== 'place') return null;
    if (waw && c.prefix !== 'و') return null;
    if (!waw && c.prefix !== '') return null;
    return { start: i, end: c.end, place: true, waw, comma: false };
  }
  const w = listWord(doc, i, waw, words);
  const key = waw ? doc.keys[i]!.slice(1) : doc.keys[i]!;
  if (w === null || !townShaped(w, key, words, false) || !itemEnds(doc, i + 1, words)) return null;
  return { start: i, end: i + 1, place: false, waw, comma: false };
}

/** The items after `item`, joined by و or a comma. */
function itemsAfter(doc: Doc, item: Item, cands: readonly Candidate[], cover: Int32Array, words: TownWords): Item[] {
  const out: Item[] = [];
  let j = item.end;
  for (;;) {
    const t = doc.tokens[j];
    if (!t) break;
    const comma = COMMAS.has(t.norm);
    const next = comma
      ? (itemAt(doc, j + 1, false, cands, cover, words) ?? itemAt(doc, j + 1, true, cands, cover, words))
      : itemAt(doc, j, true, cands, cover, words);
    if (!next) break;
    next.comma = comma;
    out.push(next);
    j = next.end;
  }
  while (out.length && !out[out.length - 1]!.place && out[out.length - 1]!.comma) out.pop();
  return out;
}

/** Unknown words in lists of places. */
function listedTowns(doc: Doc, cands: readonly Candidate[], cover: Int32Array, words: TownWords): Candidate[] {
  const out: Candidate[] = [];
  const n = doc.tokens.length;
  let done = 0;
  for (let i = 0; i < n; i++) {
    if (i < done) continue;
    const afterNoun = i > 0 && LIST_NOUNS.has(doc.tokens[i - 1]!.norm);
    // Per word only two look-ups: a list opens at a place or after its plural noun, and goes on
    // with a comma or و.
    if (!afterNoun) {
      const k = cover[i]!;
      if (k < 0 || cands[k]!.type !== 'place' || cands[k]!.start !== i || !joinAt(doc, cands[k]!.end)) continue;
    }
    const first = itemAt(doc, i, false, cands, cover, words);
    if (!first || (!first.place && !afterNoun)) continue;
    const items = [first, ...itemsAfter(doc, first, cands, cover, words)];
    done = items[items.length - 1]!.end;
    const places = items.filter((x) => x.place).length;
    if (items.length < 2 || (places < 2 && !afterNoun)) continue;
    for (const x of items) {
      if (x.place) continue;
      const key = doc.keys[x.start]!;
      out.push(x.waw ? ruleGuess(x.start, x.end, 'place', 'و', key.slice(1)) : ruleGuess(x.start, x.end, 'place'));
    }
  }
  return out;
}

/** Is there a place (or the capital) at j, after its bearing words? */
function placeAfterBearing(doc: Doc, j: number, cands: readonly Candidate[], cover: Int32Array): boolean {
  let k = j;
  while (k < j + 2 && BEARINGS.has(doc.tokens[k]?.norm ?? '')) k++;
  if (k === j) return false;
  const t = doc.tokens[k];
  if (!t) return false;
  if (BEARING_TARGETS.has(t.norm)) return true;
  const c = cover[k]! >= 0 ? cands[cover[k]!]! : null;
  return c !== null && c.start === k && c.type === 'place' && c.prefix === '';
}

/** Unknown words after a preposition and before a bearing from a place. */
function townsByBearing(doc: Doc, cands: readonly Candidate[], cover: Int32Array, words: TownWords): Candidate[] {
  const out: Candidate[] = [];
  const tokens = doc.tokens;
  for (let j = 1; j < tokens.length; j++) {
    if (!BEARINGS.has(tokens[j]!.norm)) continue;
    const i = j - 1;
    const t = tokens[i]!;
    if (t.kind !== 'arabic' || cover[i]! >= 0 || BEARINGS.has(t.norm)) continue;
    const c = clitics(t.norm);
    // في مصانع شمال اسرائيل: after a preposition only a definite word (في المقدادية); an
    // indefinite one needs its place noun (قضاء بلد).
    const before = i > 0 ? tokens[i - 1]!.norm : '';
    const prep = BEARING_PREPOSITIONS.has(before) ? c.article : BEARING_NOUNS.has(before);
    // بالمقدادية: the preposition on the word itself.
    const ba = c.pre === 'ب' && c.article;
    const word = ba ? t.norm.slice(1) : t.norm;
    if (!(prep || ba) || !placeAfterBearing(doc, j, cands, cover)) continue;
    if (!townShaped(word, ba ? doc.keys[i]!.slice(1) : doc.keys[i]!, words, true)) continue;
    out.push(ba ? ruleGuess(i, j, 'place', 'ب', doc.keys[i]!.slice(1)) : ruleGuess(i, j, 'place'));
  }
  return out;
}

/** The candidates with the towns their neighbours name. */
export function placeNeighbours(doc: Doc, cands: Candidate[], words: TownWords): Candidate[] {
  const cover = coverIndex(cands, doc.tokens.length);
  const listed = listedTowns(doc, cands, cover, words);
  const bearing = townsByBearing(doc, cands, cover, words);
  if (!listed.length && !bearing.length) return cands;
  const seen = new Set<number>();
  const added: Candidate[] = [];
  for (const c of listed.concat(bearing)) {
    if (seen.has(c.start)) continue;
    seen.add(c.start);
    added.push(c);
  }
  return byStart(cands.concat(added));
}
