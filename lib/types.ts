// Shared engine vocabulary. Offsets are UTF-16 code units into the text given to the engine.
import type { RomanSource } from './translit/sources';

export type EntityType = 'person' | 'place' | 'organization';
/** The three types the product marks, in the order it lists them. */
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'place', 'organization'];
/** A nisba adjective (الروسية) is reported with its country but is not a name. */
type MentionType = EntityType | 'demonym';

export interface EntityMention {
  start: number;
  end: number;
  text: string;
  type: MentionType;
  /** Conventional English name; for unknown names a guess (known: false). */
  english: string | null;
  romanized: string;
  /**
   * Where the romanization's vowels come from (lib/translit/romanize-name.ts): written diacritics,
   * the table of common words, the known English name, the model's guess, or none ('skeleton').
   */
  romanizedFrom?: RomanSource;
  /** Stable id: a Wikidata id (Q…) where known, else a project id (hamish:…) or a document-local id (doc:…). */
  id: string;
  known: boolean;
  /** Short English description, when the gazetteer has one. */
  description?: string;
}

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** ISO value at the precision the text gives: YYYY, YYYY-MM or YYYY-MM-DD (Gregorian). */
  value: string;
  calendar: 'gregorian' | 'hijri';
}

/** A dated fact about an entity, e.g. a role held from 2012 to 2020. */
export interface DatedRole {
  role: string;
  start?: string;
  end?: string;
}

export interface GazetteerEntry {
  id: string;
  type: EntityType;
  /** Conventional English name as English-language news writes it. */
  en: string;
  /** Arabic surface forms as news writes them (unnormalised; the compiler normalises). */
  ar: string[];
  /** One-line English description. */
  desc: string;
  roles?: DatedRole[];
  /** ISO 3166-1 alpha-2 country code where it applies (places, national bodies, people). */
  country?: string;
  /** Forms that are also common words: marked only when context supports it. */
  ambiguous?: string[];
  /** Ranking hint when two entries share a form (higher wins), e.g. population or prominence. */
  rank?: number;
}
