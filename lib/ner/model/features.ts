// Feature extraction for the NER tagger. Every feature is a 32-bit integer (template id mixed with
// hashed values); the same input always gives the same integers (tests check this). Word-level
// features are cached per distinct token, so a page of news costs mostly Map lookups.

import { hashString, mix } from './hash';
import { clitics } from '../../text/clitics';
import { NUM_TAGS, type NerInputToken } from './types';
import type { EntityType } from '../../types';
import type { CueLexicon, CueType } from '../cues';
import { cueAt, cueForms } from '../rule-words';
import { clusterPrefixes, type WordClusters } from './clusters';
import type { NameEvidence } from './name-evidence';

/** Bump when anything below changes the integers produced for visible words (models record it). */
export const FEATURE_VERSION = 1;

// Template ids (arbitrary distinct constants).
const enum T {
  Bias = 1,
  Word,
  Bare,
  Definite,
  Alt,
  Pre2,
  Pre3,
  Suf2,
  Suf3,
  Suf4,
  Shape,
  Len,
  Flag,
  Clitic,
  WordM1,
  WordP1,
  WordM2,
  WordP2,
  BareM1,
  BareP1,
  BigramM1,
  BigramP1,
  FlagM1,
  FlagP1,
  Suf2P1,
  CuePrev,
  CuePrev2,
  TitleDist,
  GazHere,
  GazM1,
  GazP1,
  Prev1,
  Prev12,
  Prev1Word,
  Prev1Bare,
  ShapeWindow,
  Prev1Flag,
  FlagP2,
  // Only with a cluster table (clusters.ts); appended so the ids above keep their values.
  Cluster,
  ClusterM1,
  ClusterP1,
  // Only with a name-evidence table (name-evidence.ts); appended likewise.
  NameCount,
  NameLike,
  NameCountLike,
  NameCountM1,
  NameCountP1,
  ClusterNamed,
}

/** Path prefixes (bits) of a word's cluster read as its own features, and as its neighbours'. */
const CLUSTER_BITS = [2, 4, 6, 8, 10] as const;
const CLUSTER_NEIGHBOUR_BITS = [4, 8] as const;
/** Stands for "not in the table" (rare in the unlabelled text: often a name). */
const NO_CLUSTER = -1;

// Flag bits of a word.
export const F = {
  given: 1,
  family: 2,
  name: 4,
  article: 8,
  foreign: 16,
  stop: 32,
  nisba: 64,
  latin: 128,
  digit: 256,
  punct: 512,
  cueTitle: 1024,
  cuePlace: 2048,
  cueOrg: 4096,
} as const;
const FLAG_BITS = Object.values(F);

export interface WordInfo {
  /** The word's normal form (a hidden word's too: cue phrases are matched on it). */
  norm: string;
  /** Word-level features, template mixed in. */
  feats: Int32Array;
  /** Features this word gives its right neighbour (as word -1) and the word two to the right (-2). */
  asLeft: Int32Array;
  asLeft2: Int32Array;
  /** Features this word gives its left neighbour (as word +1) and the word two to the left (+2). */
  asRight: Int32Array;
  asRight2: Int32Array;
  /** Transition features into this word from every previous state (see historyFeatures). */
  trans: Int32Array;
  word: number;
  bare: number;
  flags: number;
  shape: number;
  /** Single-token cue code (1 title, 2 place, 3 org) and multi-token cues starting here. */
  cue: number;
  phrases: { tokens: string[]; type: CueType }[] | null;
  /** Score vector of this word under the frozen table `scoredBy` (see compact.ts), cached here. */
  scores: Float32Array | null;
  scoredBy: object | null;
}

const BOS = hashString('<s>');
/** Identity of a hidden word; a visible word's own hash never takes this value in practice. */
const UNKNOWN = hashString('<unk>');
const HIDDEN_KEY = '\u0000';
const EOS = hashString('</s>');

function shapeOf(w: string): string {
  let out = '';
  for (let i = 0; i < w.length && out.length < 4; i++) {
    const c = w.charCodeAt(i);
    const k =
      c >= 0x0600 && c <= 0x06ff
        ? 'a'
        : c >= 0x30 && c <= 0x39
          ? 'd'
          : (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a
            ? 'L'
            : 'p';
    if (out[out.length - 1] !== k) out += k;
  }
  return out;
}

export class FeatureExtractor {
  private cache = new Map<string, WordInfo>();
  constructor(
    private lex: CueLexicon,
    private clusters: WordClusters | null = null,
    private names: NameEvidence | null = null,
  ) {}

  /** `hidden`: the word's identity is withheld (training only, see NerInputToken.hidden). */
  word(norm: string, hidden = false): WordInfo {
    const key = hidden ? HIDDEN_KEY + norm : norm;
    let info = this.cache.get(key);
    if (info) return info;
    if (this.cache.size > 60000) {
      this.cache.clear();
      this.byForm = [];
    }
    info = this.compute(norm, hidden);
    this.cache.set(key, info);
    return info;
  }

  // The words of a page's form table (lib/text tokenTable: one id per distinct normal form, kept
  // from page to page), by form id: an array read instead of a string-keyed lookup per token.
  private forms: readonly string[] | null = null;
  private byForm: (WordInfo | null)[] = [];

  /** word(forms[id]), remembered by form id for as long as `forms` is the table's form list. */
  wordOfForm(forms: readonly string[], id: number): WordInfo {
    if (forms !== this.forms) {
      this.forms = forms;
      this.byForm = [];
    }
    const byForm = this.byForm;
    let info = id < byForm.length ? byForm[id]! : null;
    if (info) return info;
    info = this.word(forms[id]!);
    // word() may have emptied byForm: write to the current one.
    while (this.byForm.length <= id) this.byForm.push(null);
    this.byForm[id] = info;
    return info;
  }

  private compute(norm: string, hidden: boolean): WordInfo {
    const lex = this.lex;
    const c = clitics(norm);
    const shape = shapeOf(norm);
    const has = (set: Set<string>): boolean =>
      set.has(norm) || set.has(c.bare) || set.has(c.definite) || (c.alt !== null && set.has(c.alt));
    let flags = 0;
    if (has(lex.given)) flags |= F.given;
    if (has(lex.family)) flags |= F.family;
    if (has(lex.names)) flags |= F.name;
    if (c.article) flags |= F.article;
    if (lex.stop.has(norm)) flags |= F.stop;
    if (
      c.bare.length >= 4 &&
      (c.bare.endsWith('ي') || c.bare.endsWith('يه') || c.bare.endsWith('يين') || c.bare.endsWith('يون'))
    )
      flags |= F.nisba;
    if (
      !c.article &&
      lex.foreignEndings.some((e) => norm.length >= e.minLength && norm.endsWith(e.suffix)) &&
      !lex.foreignExceptions.has(norm)
    )
      flags |= F.foreign;
    if (shape.includes('L')) flags |= F.latin;
    if (shape.includes('d')) flags |= F.digit;
    if (shape === 'p') flags |= F.punct;
    const cue = cueAt([{ norm, kind: 'arabic' }], 0, lex);
    if (cue?.length === 1) flags |= cue.type === 'title' ? F.cueTitle : cue.type === 'place' ? F.cuePlace : F.cueOrg;
    const cueCode = cue?.length === 1 ? CUE_CODE[cue.type] : 0;
    const phrases = cueForms(norm).flatMap((f) => lex.phrases.get(f) ?? []);

    const b = c.bare;
    // A hidden word keeps its letters' evidence (affixes, shape, list flags), not its identity.
    const id = (x: string): number => (hidden ? UNKNOWN : hashString(x));
    const feats: number[] = [
      mix(T.Word, id(norm)),
      mix(T.Bare, id(b)),
      mix(T.Definite, id(c.definite)),
      mix(T.Pre2, hashString(norm.slice(0, 2))),
      mix(T.Pre3, hashString(norm.slice(0, 3))),
      mix(T.Suf2, hashString(b.slice(-2))),
      mix(T.Suf3, hashString(b.slice(-3))),
      mix(T.Suf4, hashString(b.slice(-4))),
      mix(T.Shape, hashString(shape)),
      mix(T.Len, Math.min(b.length, 9)),
      mix(T.Clitic, hashString(c.pre + (c.article ? '+ال' : ''))),
    ];
    if (c.alt !== null && !hidden) feats.push(mix(T.Alt, hashString(c.alt)));
    for (const bit of FLAG_BITS) if (flags & bit) feats.push(mix(T.Flag, bit));
    const word = id(norm);
    const bare = id(b);
    const bits = FLAG_BITS.filter((bit) => flags & bit);
    const count = this.nameCount(norm, b, c.alt);
    // A word many names carry reads its cluster apart (see clusterFeatures).
    const named = this.names?.clusterNamed && (count >= 2 || flags & (F.given | F.family)) ? Math.max(count, 2) : 0;
    const cl = this.clusterFeatures(b, named);
    const ne = this.nameFeatures(count, b);
    const info: WordInfo = {
      norm,
      feats: Int32Array.from([...feats, ...cl.self, ...ne.self]),
      asLeft: Int32Array.from([
        mix(T.WordM1, word),
        mix(T.BareM1, bare),
        ...bits.map((x) => mix(T.FlagM1, x)),
        ...cl.asLeft,
        ...ne.asLeft,
      ]),
      asLeft2: Int32Array.of(mix(T.WordM2, word)),
      asRight: Int32Array.from([
        mix(T.WordP1, word),
        mix(T.BareP1, bare),
        mix(T.Suf2P1, hashString(b.slice(-2))),
        ...bits.map((x) => mix(T.FlagP1, x)),
        ...cl.asRight,
        ...ne.asRight,
      ]),
      asRight2: Int32Array.from([mix(T.WordP2, word), ...bits.map((x) => mix(T.FlagP2, x))]),
      trans: new Int32Array(0),
      word,
      bare,
      flags,
      shape: hashString(shape),
      cue: cueCode,
      phrases: phrases.length ? phrases : null,
      scores: null,
      scoredBy: null,
    };
    info.trans = new Int32Array((NUM_TAGS + 1) * HISTORY_COUNT);
    for (let p = -1; p < NUM_TAGS; p++) historyFeatures(p, info, info.trans, (p + 1) * HISTORY_COUNT);
    return info;
  }

  /**
   * A word's cluster features (none without a table). A hidden word keeps them: the cluster is
   * what generalises past the word's identity, learned from text the labels never covered.
   * `named` (a count bucket, 0 for none) marks a word that many listed names carry: its own path is
   * read in a family of its own, conjoined with that evidence, because a large text puts a given
   * name that is also a common word (رائد, سلمى: "pioneering", "peaceful") among the adjectives,
   * and the adjectives' weights would otherwise carry it.
   */
  private clusterFeatures(bare: string, named: number): { self: number[]; asLeft: number[]; asRight: number[] } {
    if (!this.clusters) return { self: [], asLeft: [], asRight: [] };
    const own = clusterPrefixes(this.clusters, bare, CLUSTER_BITS);
    const selfT = named ? mix(T.ClusterNamed, named) : T.Cluster;
    if (!own)
      return {
        self: [mix(selfT, NO_CLUSTER)],
        asLeft: [mix(T.ClusterM1, NO_CLUSTER)],
        asRight: [mix(T.ClusterP1, NO_CLUSTER)],
      };
    const side = clusterPrefixes(this.clusters, bare, CLUSTER_NEIGHBOUR_BITS)!;
    return {
      self: own.map((p, k) => mix(mix(selfT, CLUSTER_BITS[k]!), p)),
      asLeft: side.map((p, k) => mix(mix(T.ClusterM1, CLUSTER_NEIGHBOUR_BITS[k]!), p)),
      asRight: side.map((p, k) => mix(mix(T.ClusterP1, CLUSTER_NEIGHBOUR_BITS[k]!), p)),
    };
  }

  /** The count bucket of a word's most listed form (as written, clitics off, or the clitic-letter reading). */
  private nameCount(norm: string, bare: string, alt: string | null): number {
    const ne = this.names;
    if (!ne) return 0;
    return Math.max(ne.countBucket(norm), ne.countBucket(bare), alt === null ? 0 : ne.countBucket(alt));
  }

  /**
   * A word's graded name evidence (none without a table): its count bucket, the letters'
   * name-likeness, and both together. A hidden word keeps them, as it keeps its list flags.
   */
  private nameFeatures(count: number, bare: string): { self: number[]; asLeft: number[]; asRight: number[] } {
    if (!this.names) return { self: [], asLeft: [], asRight: [] };
    const like = this.names.likeBucket(bare);
    if (like < 0 && !count) return { self: [], asLeft: [], asRight: [] };
    return {
      self: [mix(T.NameCount, count), mix(T.NameLike, like), mix(mix(T.NameCountLike, count), like)],
      asLeft: [mix(T.NameCountM1, count)],
      asRight: [mix(T.NameCountP1, count)],
    };
  }

  private buf = new Int32Array(4096);
  private cueEnd = new Int8Array(256);
  private gaz = new Uint8Array(256);

  /**
   * Context features of every position, flat: position i owns feats[offsets[i] .. offsets[i + 1]).
   * The buffer is reused by the next call. The rest of a position's static features are word-level
   * arrays (see staticParts), which a frozen model scores once per distinct word. Cue phrases such
   * as المتحدث باسم are matched here, so "the previous tokens end a title" is one feature.
   */
  sentence(tokens: readonly NerInputToken[]): { feats: Int32Array; offsets: Int32Array; words: WordInfo[] } {
    const n = tokens.length;
    const words = tokens.map((t) => this.word(t.norm, t.hidden === true));
    const gaz = this.gazScratch(n);
    for (let i = 0; i < n; i++) gaz[i] = gazCode(tokens[i]!);
    const offsets = new Int32Array(n + 1);
    return { feats: this.context(words, n, gaz, 0, offsets), offsets, words };
  }

  /** Scratch for n gazetteer codes (see gazCode), reused by the next sentence. */
  gazScratch(n: number): Uint8Array {
    // Per-sentence scratch, reused: a page has thousands of sentences, and a typed array of more
    // than a few dozen bytes is a native allocation the collector has to track.
    if (this.gaz.length < n) this.gaz = new Uint8Array(2 * n);
    return this.gaz;
  }

  /**
   * sentence() from the sentence's first n words, word i's gazetteer code at gaz[gazFrom + i]:
   * fills offsets (n + 1) and returns the reused feature buffer.
   */
  context(words: readonly WordInfo[], n: number, gaz: Uint8Array, gazFrom: number, offsets: Int32Array): Int32Array {
    if (this.cueEnd.length < n + 1) this.cueEnd = new Int8Array(2 * (n + 1));
    const cueEnd = this.cueEnd.fill(0, 0, n + 1); // cue code of a cue ending just before position i
    for (let i = 0; i < n; i++) {
      const w = words[i]!;
      if (w.cue) cueEnd[i + 1] = w.cue;
      if (w.phrases === null) continue;
      for (const p of w.phrases) {
        // A loop, not every(): its callback would be a closure made per word and phrase.
        let k = 1;
        while (k < p.tokens.length && i + k < n && words[i + k]!.norm === p.tokens[k]) k++;
        if (k === p.tokens.length) {
          cueEnd[i + p.tokens.length] = CUE_CODE[p.type];
          break;
        }
      }
    }
    // A position puts at most MAX_PER_POSITION integers, so the buffer is sized once up front.
    if (this.buf.length < (n + 1) * MAX_PER_POSITION)
      this.buf = new Int32Array(Math.max(this.buf.length * 2, (n + 1) * MAX_PER_POSITION));
    const buf = this.buf;
    let at = 0;
    let lastTitle = -10;
    for (let i = 0; i < n; i++) {
      offsets[i] = at;
      if (cueEnd[i] === 1) lastTitle = i;
      const w = words[i]!;
      const m1 = i > 0 ? words[i - 1] : undefined;
      const p1 = i + 1 < n ? words[i + 1] : undefined;
      buf[at++] = T.Bias;
      if (!m1) for (let k = 0; k < BOS_LEFT.length; k++) buf[at++] = BOS_LEFT[k]!;
      if (i < 2) for (let k = 0; k < BOS_LEFT2.length; k++) buf[at++] = BOS_LEFT2[k]!;
      if (!p1) for (let k = 0; k < EOS_RIGHT.length; k++) buf[at++] = EOS_RIGHT[k]!;
      if (i + 2 >= n) for (let k = 0; k < EOS_RIGHT2.length; k++) buf[at++] = EOS_RIGHT2[k]!;
      buf[at++] = mix(mix(T.BigramM1, m1?.word ?? BOS), w.word);
      buf[at++] = mix(mix(T.BigramP1, w.word), p1?.word ?? EOS);
      buf[at++] = mix(mix(mix(T.ShapeWindow, m1?.shape ?? BOS), w.shape), p1?.shape ?? EOS);
      if (cueEnd[i]) buf[at++] = mix(T.CuePrev, cueEnd[i]!);
      if (i > 0 && cueEnd[i - 1]) buf[at++] = mix(T.CuePrev2, cueEnd[i - 1]!);
      const d = i - lastTitle;
      if (d >= 0 && d <= 3) buf[at++] = mix(T.TitleDist, d);
      const g = gaz[gazFrom + i]!;
      if (g) buf[at++] = mix(T.GazHere, g);
      const gm = i > 0 ? gaz[gazFrom + i - 1]! : 0;
      if (gm) buf[at++] = mix(T.GazM1, gm);
      const gp = i + 1 < n ? gaz[gazFrom + i + 1]! : 0;
      if (gp) buf[at++] = mix(T.GazP1, gp);
    }
    offsets[n] = at;
    return buf;
  }
}

/** Word-level feature arrays of position i (those of its neighbours as context), for training updates. */
export function staticParts(words: readonly WordInfo[], i: number): Int32Array[] {
  const parts = [words[i]!.feats];
  if (i > 0) parts.push(words[i - 1]!.asLeft);
  if (i > 1) parts.push(words[i - 2]!.asLeft2);
  if (i + 1 < words.length) parts.push(words[i + 1]!.asRight);
  if (i + 2 < words.length) parts.push(words[i + 2]!.asRight2);
  return parts;
}

/** Bias, the edge constants (2 + 1 + 3 + 1), bigrams, shape window, cues, title distance, gazetteer. */
const MAX_PER_POSITION = 20;
const CUE_CODE: Record<CueType, number> = { title: 1, place: 2, organization: 3 };
const BOS_LEFT = Int32Array.of(mix(T.WordM1, BOS), mix(T.BareM1, BOS));
const BOS_LEFT2 = Int32Array.of(mix(T.WordM2, BOS));
const EOS_RIGHT = Int32Array.of(mix(T.WordP1, EOS), mix(T.BareP1, EOS), mix(T.Suf2P1, EOS));
const EOS_RIGHT2 = Int32Array.of(mix(T.WordP2, EOS));

/** 0 = no gazetteer match; else type (1..3) * 2 + begin. */
function gazCode(t: NerInputToken): number {
  return t.gazType ? gazTypeCode(t.gazType) * 2 + (t.gazBegin ? 1 : 0) : 0;
}

/** A gazetteer type's part of gazCode. */
export function gazTypeCode(type: EntityType): number {
  return type === 'person' ? 1 : type === 'place' ? 2 : 3;
}

/**
 * Features of the transition from label `prev` (-1 = sentence start) into word w; out receives
 * HISTORY_COUNT integers. First-order only, so that decoding can be exact (Viterbi).
 */
function historyFeatures(prev: number, w: WordInfo, out: Int32Array, at = 0): void {
  out[at] = mix(T.Prev1, prev);
  out[at + 1] = mix(mix(T.Prev1Word, prev), w.word);
  out[at + 2] = mix(mix(T.Prev1Bare, prev), w.bare);
  out[at + 3] = mix(mix(T.Prev1Flag, prev), w.flags & (F.article | F.nisba | F.given | F.name | F.stop));
}
export const HISTORY_COUNT = 4;
