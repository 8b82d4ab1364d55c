// Gazetteer longest match over the document's token keys. The first token may carry proclitics
// (وبأفغانستان, للناتو, كروسيا); a form stored without its article (the compiler's article-dropped
// key) only counts when the page word really had the article, split off with its proclitics
// (بالخرطوم → بال + خرطوم), so a bare common word never matches a name that needs ال.
import { FORM_AMBIGUOUS, FORM_ARTICLE_DROPPED } from '../gazetteer/compile';
import type { Gazetteer } from '../gazetteer/load';
import { analyses as proclitics } from './analyses';
import { tokenAnalyses, tokenEnd, tokenStart } from './doc';
import type { Analysis } from '../text/clitics';
import { foldLoose, normalizeText } from '../text/normalize';
import type { Candidate, Doc } from './types';
import { keyedSet } from '../ner/lexicon';

export interface GazCandidate extends Candidate {
  /** The form is also a common word: context.ts decides. */
  ambiguous: boolean;
  /** Entry index in the gazetteer. */
  entry: number;
  /** The same words read with a و or ف split off, when that also names something (وجدة: و + جدة). */
  alt?: GazCandidate;
}

/** Letters a split-off stem keeps (without its article) before a one-token match is believed. */
const MIN_SPLIT_STEM = 3;

function articleLess(stem: string): number {
  return stem.startsWith('ال') ? stem.length - 2 : stem.length;
}

/** Clubs named after their town (الريان, برشلونة): in sports reporting the club is the reading. */
export const CLUB_DESC = /\b(football|sports?|basketball) club\b/i;
const AGENCY_DESC = /\bnews agency\b/i;
/** News outlets of any kind: credited in brackets, told things (قال للشرق الأوسط), reporting. */
export const MEDIA_DESC = /\b(broadcaster|channel|television|TV|newspaper|news|agency|daily|radio|website|outlet)\b/i;
/**
 * Speech and reporting verbs, as stems (their proclitics off): قال للشرق الأوسط is said to the
 * paper, not the region; قالت الجزيرة names the channel.
 */
const SPEECH = keyedSet('speechVerbs');
/** Is the page word at key a speech or reporting verb, with or without its proclitics? */
export const speechWord = (key: string | undefined): boolean =>
  !!key && proclitics(key).some((a) => SPEECH.has(a.stem));

/**
 * Homographs that a written vowel tells apart: عُمان is Oman, عَمّان is Amman (the form without vowels
 * is shared). When the page writes the vowel, its entry wins.
 */
const VOWELLED: [RegExp, string][] = [
  [/\u0639\u064F/, 'Q842'], // ع with damma
  [/\u0639\u064E|\u0645\u064E?\u0651/, 'Q3805'], // ع with fatha, or م with shadda
];
const AMMAN_OR_OMAN = foldLoose(normalizeText('عمان'));
// Made once: a regex literal in a function is a new object each time it is evaluated, and these
// are asked per reading and per hit.
const ARTICLE_LAST = /(ال|لل)$/;
const WA_OR_FA = /^[وف]$/;
const TO_PREFIX = /^و?ل/;
const KA = 'ك';

/** The clitics of a prefix that ends in the article, without it (وال → و, لل → ل). */
function ownPrefix(prefix: string): string {
  const p = prefix.endsWith('ال') ? prefix.slice(0, -2) : prefix;
  return p.endsWith('لل') ? p.slice(0, -1) : p;
}

function candidate(
  gaz: Gazetteer,
  i: number,
  idx: number,
  flags: number,
  length: number,
  prefix: string,
  stem: string,
): GazCandidate {
  const e = gaz.entry(idx);
  const dropped = (flags & FORM_ARTICLE_DROPPED) !== 0;
  // The layout's fourteen fields in its order (types.ts), written here at once: layout() would copy
  // a first object into a second for every match.
  return {
    start: i,
    end: i + length,
    type: e.type,
    source: 'gazetteer',
    known: true,
    english: e.en,
    id: e.id,
    description: e.desc || undefined,
    // The article belongs to the name (العراق): only the clitics before it are not the name's.
    prefix: dropped ? ownPrefix(prefix) : prefix,
    stem: dropped ? 'ال' + stem : stem,
    ref: undefined,
    ambiguous: (flags & FORM_AMBIGUOUS) !== 0,
    entry: idx,
    alt: undefined,
  };
}

/**
 * The entry a written vowel picks, if any. A module function: an arrow in matchAt reading doc and
 * i would make V8 allocate a context on every call of matchAt, asked at every word opening a form.
 */
function vowelledId(text: string): string | undefined {
  for (let v = 0; v < VOWELLED.length; v++) if (VOWELLED[v]![0].test(text)) return VOWELLED[v]![1];
  return undefined;
}

/** The best gazetteer match starting at token i, or null. */
function matchAt(doc: Doc, gaz: Gazetteer, i: number, preferClubs = false): GazCandidate | null {
  const keys = doc.keys;
  const own = keys[i]!;
  if (!own || doc.tokens[i]!.kind === 'punct' || doc.tokens[i]!.kind === 'number') return null;
  let best: GazCandidate | null = null;
  // "(قنا)", "(وام)": right after an opening bracket a news agency's name outranks a town's; in
  // a dateline's "بغداد: الشرق الأوسط" and after "قال لـ" the outlet outranks a place.
  const credit = doc.tokens[i - 1]?.text === '(';
  const vowelled = own.endsWith(AMMAN_OR_OMAN) ? vowelledId(doc.tokens[i]!.text) : undefined;
  // Asked only where a form matched (a few tokens in ten): the speech-verb test is per word.
  let press: boolean | undefined;
  const readings = proclitics(own);
  for (let r = 0; r < readings.length; r++) {
    const a = readings[r]!;
    // وقال كلاوس: after a speech verb comes the speaker, not "like Laos" (ك + لاوس).
    if (a.prefix === KA && speechWord(keys[i - 1])) continue;
    keys[i] = a.stem;
    let hits;
    try {
      hits = gaz.lookup(keys, i);
    } finally {
      keys[i] = own;
    }
    // Dropped-article key: the analysis must have removed a real article from the page word.
    const articleRemoved = a.article && !a.stem.startsWith('ال') && ARTICLE_LAST.test(a.prefix);
    for (let n = 0; n < hits.length; n++) {
      const h = hits[n]!;
      // Analyses come shortest prefix first: a split reading only wins by being longer, and one
      // of the same length is kept as the whole word's alternative (وجدة: و + جدة).
      const tie = !!best && h.length === best.end - best.start;
      if (best && (h.length < best.end - best.start || (tie && (best.alt || best.prefix || !WA_OR_FA.test(a.prefix)))))
        break;
      if (a.prefix && h.length === 1 && articleLess(a.stem) < MIN_SPLIT_STEM) continue;
      let k = -1;
      for (let c = 0; c < h.ids.length; c++) {
        const dropped = (h.flags[c]! & FORM_ARTICLE_DROPPED) !== 0;
        // and a form written without the article is not matched by a page word that has one (المالية ≠ ماليه).
        if (dropped !== articleRemoved) continue;
        if (k < 0) k = c;
        if (vowelled && gaz.entry(h.ids[c]!).id === vowelled) {
          k = c;
          break;
        }
        if (vowelled) continue;
        press ??= doc.tokens[i - 1]?.text === ':' || speechWord(keys[i - 1]);
        const told = press && (doc.tokens[i - 1]!.text === ':' || TO_PREFIX.test(a.prefix));
        if (!preferClubs && !credit && !told) break;
        const ce = gaz.entry(h.ids[c]!);
        if (ce.type === 'organization' && (credit ? AGENCY_DESC : told ? MEDIA_DESC : CLUB_DESC).test(ce.desc)) {
          k = c;
          break;
        }
      }
      if (k < 0) continue;
      const cand = candidate(gaz, i, h.ids[k]!, h.flags[k]!, h.length, a.prefix, a.stem);
      if (tie) best!.alt = cand;
      else best = cand;
      break;
    }
  }
  return best;
}

/** Does one of a word's readings open a gazetteer form? */
function opensForm(gaz: Gazetteer, readings: readonly Analysis[]): boolean {
  for (let r = 0; r < readings.length; r++) if (gaz.opens(readings[r]!.stem)) return true;
  return false;
}

/** The best match at every token (overlaps are resolved later by merge.ts). */
export function gazetteerMatches(doc: Doc, gaz: Gazetteer, preferClubs = false): GazCandidate[] {
  const out: GazCandidate[] = [];
  // Most words open no form under any of their readings: they are asked once per distinct word.
  const w = doc.words;
  const memo = w ? new Int8Array(w.distinct) : null; // 0 not asked yet, 1 opens, 2 does not
  for (let i = 0; i < doc.tokens.length; i++) {
    if (memo) {
      const id = w!.ids[i]!;
      if (memo[id] === 0) memo[id] = opensForm(gaz, tokenAnalyses(doc, i)) ? 1 : 2;
      if (memo[id] === 2) continue;
    } else if (!opensForm(gaz, tokenAnalyses(doc, i))) continue;
    const m = matchAt(doc, gaz, i, preferClubs);
    if (m) out.push(m);
  }
  return out;
}

const PLUS = foldLoose(normalizeText('بلس'));

/**
 * أوبك+ is written for أوبك بلس (OPEC+): a name with a "+" attached to it is the entry of the name
 * with بلس, when the gazetteer has one, over both tokens.
 */
export function withPlus(doc: Doc, gaz: Gazetteer, cands: GazCandidate[]): GazCandidate[] {
  // A loop and a module function, not map with an arrow made per page (compiled again on every page).
  const out: GazCandidate[] = [];
  for (let k = 0; k < cands.length; k++) out[k] = withPlusAt(doc, gaz, cands[k]!);
  return out;
}

function withPlusAt(doc: Doc, gaz: Gazetteer, c: GazCandidate): GazCandidate {
  const plus = doc.tokens[c.end];
  if (!plus || plus.text !== '+' || tokenStart(doc, c.end) !== tokenEnd(doc, c.end - 1)) return c;
  const keys = [c.stem ?? doc.keys[c.start]!, ...doc.keys.slice(c.start + 1, c.end), PLUS];
  const hit = gaz.lookup(keys, 0).find((h) => h.length === keys.length);
  if (!hit) return c;
  const e = gaz.entry(hit.ids[0]!);
  return {
    ...c,
    end: c.end + 1,
    type: e.type,
    english: e.en,
    id: e.id,
    description: e.desc || undefined,
    entry: hit.ids[0]!,
    ambiguous: false,
  };
}
