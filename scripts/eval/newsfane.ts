// Reader for NewsFANE Gold (Alotaibi & Lee, COLING 2014; CC BY-SA 3.0): ANERcorp newswire text
// re-annotated with 50 fine-grained classes. Anything trained on it (lib/ner/model.generated.json)
// is a derived work and ships under CC BY-SA 3.0.
//
// File format: one token per line, "\u200E<token>\t<B-|I-><Class>" or "<token>\tO", CRLF line ends,
// a BOM at the start, and an empty token ("\t") between sentences. Hamza and alef forms are already
// folded in the source.
//
// Segmentation: the corpus is tokenised, but unevenly: punctuation is always split off; clitics are
// split in about 20k places (و 10k, ف ب ل ك, suffix pronouns ه ها هم نا ي: "و قال", "ل حركة",
// "مساعد ه") and attached elsewhere (للامم المتحدة, لريال مدريد, بمطار محمد الخامس, inside spans).
// Pages are not segmented, so rejoinClitics() glues split clitics back onto their word as written
// (ل + الامم → للامم, رؤية + ه → رؤيته) before lib/text tokenize(). A proclitic joined to the first
// word of a span becomes part of the span — the project's convention (وروسيا, لحركة حماس).
//
// Character offsets: after rejoining, tokens are the words of untokenised text, so a token-level
// span [s, e) maps to [start of token s, end of token e-1] in the text: whole words including their
// attached clitics.
//
// There are no document markers, so the split is by blocks of consecutive sentences (BLOCK
// sentences each, roughly one to three articles): block i goes to test if i % 10 === 9, dev if
// i % 10 === 8, else train. Deterministic, and a story rarely straddles two splits.
//
// Reserved sentences: RESERVED_FILE lists 769 sentence indices (0-based, of the SENTENCES
// blank-line-separated blocks) that belong to a standard Arabic NER test set. They are taken out
// of train, dev and test before anything else sees the corpus, and only loadReservedSet() hands
// them out, for reporting a score (never for training, tuning, lists or cross-validation).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../../lib/text';
import type { EntityType } from '../../lib/types';
import { bioSpans } from '../../lib/engine/bio-spans';

/** Fine class → coarse type; null = not a name the product marks. Covers the full 50-class taxonomy. */
export const CLASS_MAP: Record<string, EntityType | null> = {
  // People. "Group" (العرب, المسلمين, الاسرائيليين) is a plural demonym or community, not a name: O.
  Politician: 'person',
  Athlete: 'person',
  Artist: 'person',
  Other_PER: 'person',
  Religious_PER: 'person',
  Scientist: 'person',
  Businessperson: 'person',
  Police: 'person',
  Lawyer: 'person',
  Engineer: 'person',
  Group: null,
  // Geo-political entities and natural locations.
  Nation: 'place',
  'Population-Center': 'place',
  'State-or-Province': 'place',
  'County-or-District': 'place',
  'GPE-Cluster': 'place',
  Continent: 'place',
  'Water-Body': 'place',
  'Land-Region-Natural': 'place',
  'Region-General': 'place',
  'Region-International': 'place',
  Address: 'place',
  Boundary: 'place',
  // Named facilities are places on a map (البيت الابيض, مطار دمشق, طريق الحرير). Sub-areas are
  // mostly common nouns in this corpus (المئذنة, المسبح): O. Celestial (المريخ): O.
  'Building-Grounds': 'place',
  Airport: 'place',
  Path: 'place',
  Plant: 'place',
  'Subarea-Facility': null,
  Celestial: null,
  // Organisations.
  Government: 'organization',
  'Non-Governmental': 'organization',
  Sports: 'organization',
  Media: 'organization',
  Commercial: 'organization',
  Educational: 'organization',
  'Medical-Science': 'organization',
  Entertainment: 'organization',
  Religious_ORG: 'organization',
  // Products, vehicles, weapons, works, substances: not marked.
  Book: null,
  Movie: null,
  Software: null,
  Hardware: null,
  Food: null,
  Drug: null,
  Chemical: null,
  Land: null,
  Air: null,
  Water: null,
  'Subarea-Vehicle': null,
  Projectile: null,
  Shooting: null,
  Blunt: null,
  Exploding: null,
  Nuclear: null,
  Sharp: null,
  Biological: null,
  Chemical_WEA: null,
};

export type Bio = 'O' | `B-${EntityType}` | `I-${EntityType}`;

export interface GoldToken {
  /** Token as written (LRM stripped). */
  text: string;
  /** lib/text normal form and kind: each corpus token goes through lib/text tokenize(), as page text will. */
  norm: string;
  kind: string;
  /** Fine class or 'O'. */
  fine: string;
  tag: Bio;
}
export type GoldSentence = GoldToken[];

export const FILE = 'ner-newsfane-gold/NewsFANE_Gold_2014_170K.txt';
export const BLOCK = 40;

/** Parses the corpus; unknown classes throw so a new class cannot be silently dropped. */
function parseNewsFane(raw: string): GoldSentence[] {
  const sentences: GoldSentence[] = [];
  let cur: RawToken[] = [];
  let prevType: EntityType | null = null;
  const flush = (): void => {
    if (cur.length) sentences.push(toGold(rejoinClitics(cur)));
    cur = [];
  };
  for (const line0 of raw.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const tab = line0.indexOf('\t');
    const text = (tab < 0 ? line0 : line0.slice(0, tab)).replace(/\u200E/g, '').trim();
    const label = tab < 0 ? '' : line0.slice(tab + 1).trim();
    if (text === '') {
      flush();
      prevType = null;
      continue;
    }
    let fine = 'O';
    let tag: Bio = 'O';
    if (label !== 'O' && label !== '') {
      const m = /^([BI])-(.+)$/.exec(label);
      if (!m) throw new Error(`bad label ${label}`);
      fine = m[2]!;
      if (!(fine in CLASS_MAP)) throw new Error(`unmapped class ${fine}`);
      const type = CLASS_MAP[fine]!;
      if (type) {
        // A handful of spans start with I- (annotation slips): treat them as B-.
        tag = m[1] === 'I' && prevType === type ? `I-${type}` : `B-${type}`;
      }
    }
    prevType = tag === 'O' ? null : (tag.slice(2) as EntityType);
    cur.push({ text, fine, tag });
  }
  flush();
  return sentences;
}

export interface RawToken {
  text: string;
  fine: string;
  tag: Bio;
}

const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك', 'س', 'ال']);
const SUFFIXES = new Set(['ه', 'ها', 'هم', 'هما', 'هن', 'نا', 'ي', 'كم', 'كما', 'كن']);
const isArabicWord = (s: string): boolean => /^[\u0621-\u064a]+$/.test(s);

/** Glues split proclitics onto the next word and suffix pronouns onto the previous one. */
export function rejoinClitics(tokens: readonly RawToken[]): RawToken[] {
  const out: RawToken[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (prev && SUFFIXES.has(t.text) && isArabicWord(prev.text) && !PROCLITICS.has(prev.text)) {
      // Before a suffix, ة is written ت and final ى is written ي (رؤيته, عليه).
      prev.text = prev.text.replace(/ة$/, 'ت').replace(/ى$/, 'ي') + t.text;
      continue;
    }
    out.push({ ...t });
  }
  for (let i = out.length - 2; i >= 0; i--) {
    const p = out[i]!;
    const next = out[i + 1]!;
    if (!PROCLITICS.has(p.text) || !isArabicWord(next.text)) continue;
    // ل + ال is written لل (للامم); the article token ال is written straight onto its noun.
    next.text = p.text === 'ل' && next.text.startsWith('ال') ? 'ل' + next.text.slice(1) : p.text + next.text;
    // The clitic before a span's first word joins the span; one inside a span keeps it inside.
    if (p.tag !== 'O') {
      next.tag = p.tag;
      next.fine = p.fine;
    }
    out.splice(i, 1);
  }
  return out;
}

export function toGold(tokens: readonly RawToken[]): GoldSentence {
  const out: GoldSentence = [];
  for (const { text, fine, tag } of tokens) {
    // lib/text splits only a few hyphenated Latin words further.
    tokenize(text).forEach((t, k) => {
      const sub: Bio = k === 0 || tag === 'O' ? tag : `I-${tag.slice(2) as EntityType}`;
      out.push({ text: t.text, norm: t.norm, kind: t.kind, fine, tag: sub });
    });
  }
  return out;
}

export type Split = 'train' | 'dev' | 'test';
export function splitOf(sentenceIndex: number): Split {
  const b = Math.floor(sentenceIndex / BLOCK) % 10;
  return b === 9 ? 'test' : b === 8 ? 'dev' : 'train';
}

export interface NewsFane {
  train: GoldSentence[];
  dev: GoldSentence[];
  test: GoldSentence[];
}

export const RESERVED_FILE = 'ner-newsfane-gold/reserved-sentences.txt';
/** Sentences in the corpus; the reserved indices refer to this numbering, so a parser that disagrees stops. */
export const SENTENCES = 4760;

/** Indices of the reserved sentences; a missing or malformed list stops every NewsFANE reader. */
export function reservedIndices(dataDir: string): Set<number> {
  const out = new Set<number>();
  for (const line of readFileSync(join(dataDir, RESERVED_FILE), 'utf8').split(/\r?\n/)) {
    const l = line.trim();
    if (l === '' || l.startsWith('#')) continue;
    if (!/^\d+$/.test(l) || Number(l) >= SENTENCES) throw new Error(`${RESERVED_FILE}: bad line "${l}"`);
    out.add(Number(l));
  }
  if (out.size === 0) throw new Error(`${RESERVED_FILE}: no indices`);
  return out;
}

function parseAll(dataDir: string): { all: GoldSentence[]; reserved: Set<number> } {
  const reserved = reservedIndices(dataDir);
  const all = parseNewsFane(readFileSync(join(dataDir, FILE), 'utf8'));
  if (all.length !== SENTENCES)
    throw new Error(
      `NewsFANE parsed into ${all.length} sentences, expected ${SENTENCES}: the reserved indices would not line up`,
    );
  return { all, reserved };
}

/** Train, dev and held-out test splits, without the reserved sentences. */
export function loadNewsFane(dataDir: string): NewsFane {
  const { all, reserved } = parseAll(dataDir);
  const out: NewsFane = { train: [], dev: [], test: [] };
  all.forEach((s, i) => {
    if (!reserved.has(i)) out[splitOf(i)].push(s);
  });
  return out;
}

/** The reserved sentences, for reporting a score on unseen newswire only (scripts/eval/eval.ts). */
export function loadReservedSet(dataDir: string): GoldSentence[] {
  const { all, reserved } = parseAll(dataDir);
  return all.filter((_, i) => reserved.has(i));
}

export interface Span {
  start: number;
  end: number;
  type: EntityType;
}

/** Spans from a BIO sequence; a stray I- opens a span (lenient, as conlleval does). */
export const bioToSpans = (tags: readonly string[]): Span[] => bioSpans(tags, 0);
