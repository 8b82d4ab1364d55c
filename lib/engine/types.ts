// Shapes shared by the engine's stages. Every stage works on token indexes (end exclusive); the
// engine turns them into UTF-16 offsets once, at the end.
import type { Demonym } from '../gazetteer/compile';
import type { Gazetteer } from '../gazetteer/load';
import type { NerModel } from '../ner/model';
import type { CueLexicon } from '../ner/cues';
import type { Translit } from '../translit/guess';
import type { DateMention, EntityMention, EntityType } from '../types';
import type { Analysis } from '../text/clitics';
import type { TokenTable, WordToken } from '../text/tokens';

interface PatternOverride {
  en: string;
  id?: string;
}

export interface BodyPattern {
  id: string;
  ar: string[];
  arConstruct?: string[];
  en: string;
  type: EntityType;
  requiresCountry?: boolean;
  nisbaGender: 'f' | 'm' | 'any';
  overrides?: Record<string, PatternOverride>;
}

/** lib/gazetteer/patterns.json as published by the gazetteer helper. */
export interface PatternsDoc {
  patterns: BodyPattern[];
  countryAliases: { ar: string; country: string; as: 'construct' | 'nisba' }[];
  definiteCountries: string[];
  notAfter: string[];
  notStandalone: string[];
}

/** Everything the engine reads, passed in (tests give small in-memory data). */
export interface EngineData {
  gazetteer: Gazetteer;
  /** Nisba base → country (the compiled gazetteer's demonym table), for compositional names. */
  demonyms?: Record<string, Demonym>;
  patterns: PatternsDoc | null;
  /** Guesses English for names the gazetteer lacks; null leaves english null for them. */
  translit: Translit | null;
  /** The learned tagger; null uses the trigger rules alone. */
  ner: NerModel | null;
  /** Cue words for the rules; defaults to lib/ner/cues. */
  cues?: CueLexicon;
}

export interface AnnotateOptions {
  /** Publication date YYYY-MM-DD, the reference for relative dates. */
  published?: string | null;
}

export interface Annotation {
  entities: EntityMention[];
  dates: DateMention[];
}

export interface Engine {
  annotate(text: string, opts?: AnnotateOptions): Annotation;
}

/** Where a candidate came from; decides ties in merge.ts. */
export type Source = 'gazetteer' | 'pattern' | 'coref' | 'rule' | 'tagger' | 'demonym';

/** A candidate mention over token indexes [start, end). */
export interface Candidate {
  start: number;
  end: number;
  type: EntityType | 'demonym';
  source: Source;
  known: boolean;
  english: string | null;
  id: string | null;
  description?: string;
  /** Normalised proclitic letters attached to the first token and not part of the name (و, بال, لل). */
  prefix: string;
  /** The first token's key without that prefix, as matched (للامم → الامم restores the article's alef). */
  stem?: string;
  /** For an in-document coreference: the mention it refers back to (shares its id). */
  ref?: Candidate;
  /** A gazetteer reading's fields (GazCandidate, match.ts), undefined on other candidates. */
  ambiguous?: boolean;
  entry?: number;
  alt?: Candidate;
}

/**
 * A candidate with every field of the layout, in one order, whatever its source. V8 gives each
 * order and set of fields its own hidden class: made as literals of six shapes, candidates reached
 * merge, byStart and the stages past four shapes, where a property read goes generic, and the
 * first page compiled those functions again for each new shape (merge 7 times, byPriority 10).
 * A copy made by spreading one (`{ ...c, end }`) has one class of its own, so two in all.
 */
export function candidate<C extends Candidate>(c: C): C {
  return {
    start: c.start,
    end: c.end,
    type: c.type,
    source: c.source,
    known: c.known,
    english: c.english,
    id: c.id,
    description: c.description,
    prefix: c.prefix,
    stem: c.stem,
    ref: c.ref,
    ambiguous: c.ambiguous,
    entry: c.entry,
    alt: c.alt,
  } as C;
}

/**
 * The class V8 gives a spread copy's first few objects at each `{ ...c }` site: the layout's fields
 * added one by one to `{}` (its inline-cache copies later objects to a class of their own). Only
 * the first page's copies have it, so it died with them, two or three pages later, and every
 * stage compiled while it lived, some sixty, was compiled again on that page (300–500 ms of
 * compiling). Held here, it never dies; the object is never read.
 */
export const FIRST_SPREAD_CLASS: Readonly<Record<string, unknown>> = (() => {
  const like = ruleGuess(0, 1, 'person') as unknown as Record<string, unknown>;
  const o: Record<string, unknown> = {};
  for (const k of Object.keys(like)) o[k] = like[k];
  return o;
})();

/** A name a rule found by its shape and context: no list holds it, so it has no English or id. */
export function ruleGuess(start: number, end: number, type: EntityType, prefix = '', stem?: string): Candidate {
  return candidate({ start, end, type, source: 'rule', known: false, english: null, id: null, prefix, stem });
}

/**
 * A later mention over [start, end) of `root`, read as analysis `a` (its proclitic and stem): the
 * root's identity, with the English the mention reads (a surname alone reads its own).
 */
export function corefMention(
  start: number,
  end: number,
  root: Candidate,
  a: { prefix: string; stem: string },
  english: string | null = root.english,
  ref: Candidate = root,
): Candidate {
  const { type, known, id, description } = root;
  return candidate({
    start,
    end,
    type,
    source: 'coref',
    known,
    english,
    id,
    description,
    prefix: a.prefix,
    stem: a.stem,
    ref,
  });
}

/** The document as the stages see it. */
export interface Doc {
  text: string;
  /** Its tokens' words; their offsets are tokenStart and tokenEnd (doc.ts). */
  tokens: WordToken[];
  /** foldLoose(normal form) of each token: the gazetteer's key space. */
  keys: string[];
  /** Per-page word ids (lib/engine/doc.ts); absent on a Doc built by hand, where lookups fall back. */
  words?: PageWords;
  /** The token table `tokens` were made of (its form ids); absent on a Doc built by hand. */
  table?: TokenTable;
}

/** The page's distinct keys: token i is word ids[i] (0 .. distinct - 1), with its proclitic analyses. */
interface PageWords {
  ids: Int32Array;
  distinct: number;
  analyses: (readonly Readonly<Analysis>[])[];
}
