// The engine's answer for one page, as the background sends it to the content script.
import * as v from 'valibot';
import { ROMAN_SOURCES, type RomanSource } from '../translit/sources';
import type { DatedRole, DateMention, EntityMention } from '../types';
import { bool, int, oneOf, text } from './check';
import { entityType, reading } from './entity';
import type { ReadMention } from '../readings';

const span = { start: int(), end: int(), text: text(5_000_000) };

const entityMention = v.object({
  ...span,
  type: v.union([entityType, v.literal('demonym')]),
  english: v.nullable(v.string()),
  romanized: v.string(),
  romanizedFrom: v.optional(v.picklist(ROMAN_SOURCES as readonly [RomanSource, ...RomanSource[]])),
  id: v.string(),
  known: bool,
  description: v.optional(v.string()),
});

/** A mention as the reader sees it (lib/readings): where the name starts, the other readings, any correction. */
const readMention = v.object({
  ...entityMention.entries,
  /** UTF-16 offset inside the span where the name itself starts (after و، ل، ب...). */
  nameStart: v.optional(int()),
  alternatives: v.optional(v.array(reading)),
  /** The engine's own reading, when the reader corrected it. */
  correctedFrom: v.optional(v.string()),
  /** The name form corrections are keyed on (lib/readings nameForm). */
  form: v.optional(v.string()),
});

const dateMention = v.object({ ...span, value: v.string(), calendar: oneOf(['gregorian', 'hijri'] as const) });

export const datedRole = v.object({ role: v.string(), start: v.optional(v.string()), end: v.optional(v.string()) });

export const pageAnnotation = v.object({
  entities: v.array(readMention),
  dates: v.array(dateMention),
  /** Dated roles of the known entities found, by id. */
  facts: v.record(v.string(), v.array(datedRole)),
  /** Time the engine took, in milliseconds. */
  ms: v.number(),
});
export type PageAnnotation = v.InferOutput<typeof pageAnnotation>;

// The engine's own types (lib/types.ts) and these schemas must describe the same values.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree: [
  Same<v.InferOutput<typeof entityMention>, EntityMention>,
  Same<v.InferOutput<typeof readMention>, ReadMention>,
  Same<v.InferOutput<typeof dateMention>, DateMention>,
  Same<v.InferOutput<typeof datedRole>, DatedRole>,
] = [true, true, true, true];
void agree;
