// One entity shape. The engine's mentions (lib/types.ts EntityMention: offsets, surface text) are
// read into an EntityRef, and every shape that crosses a boundary extends or picks from it.
import * as v from 'valibot';
import { ROMAN_SOURCES, type RomanSource } from '../translit/sources';
import { ENTITY_TYPES } from '../types';
import { arrayOf, bool, exact, int, isoDate, oneOf, orNull, text } from './check';

export const entityType = oneOf(ENTITY_TYPES as readonly ['person', 'place', 'organization']);

/** Where the English name comes from: the gazetteer, or a guess for a name it does not list. */
const entityOrigin = oneOf(['gazetteer', 'guess'] as const);

const refFields = {
  id: text(200),
  type: entityType,
  english: orNull(text(300)),
  /** As this page spelt it. */
  arabic: text(300),
  romanized: text(600),
  origin: entityOrigin,
};

const entityRef = exact(refFields);
export type EntityRef = v.InferOutput<typeof entityRef>;

/**
 * The part of an entity that the store keeps with a note or a page (records written before
 * romanized and origin existed).
 */
const storedFields = { id: refFields.id, type: refFields.type, english: refFields.english, arabic: refFields.arabic };
export const noteEntity = exact(storedFields);
export type NoteEntity = v.InferOutput<typeof noteEntity>;

/** A sentence of a page that names an entity together with a date (lib/timeline datedSentences). */
export const datedSentence = exact({ date: isoDate, label: text(2000) });

/**
 * An entity named on a page the reader opened, with one sentence of context from that page, and
 * its dated sentences.
 */
export const seenEntity = exact({
  ...storedFields,
  context: v.optional(text(2000)),
  dated: v.optional(arrayOf(datedSentence, 20)),
});

/** Another reading of the same letters (the gazetteer's), which the reader may pick instead. */
export const reading = exact({ id: text(200), type: entityType, english: text(300), description: text(1000) });
export type Reading = v.InferOutput<typeof reading>;

/** The entity a card is about: what the page found, with the gazetteer's description. */
export const cardEntity = exact({
  ...refFields,
  /** Where the romanization's vowels come from ('skeleton': none); absent from older senders. */
  romanizedFrom: v.optional(oneOf(ROMAN_SOURCES as readonly [RomanSource, ...RomanSource[]])),
  description: orNull(text(1000)),
  /** Other readings of the same letters, which the reader may pick instead. */
  alternatives: v.optional(arrayOf(reading, 10)),
  /** What a correction is keyed on: the name form and the engine's own reading of it. */
  form: v.optional(text(300)),
  fromId: v.optional(text(200)),
  /** The reader corrected this reading. */
  corrected: v.optional(bool),
});
export type CardEntity = v.InferOutput<typeof cardEntity>;

/** An entity found on the page, as the popup's "On this page" lists it: one row per id. */
export const pageEntity = exact({ ...refFields, count: int(1) });
export type PageEntity = v.InferOutput<typeof pageEntity>;

export const isGuess = (e: { origin: EntityRef['origin'] }) => e.origin === 'guess';
export const originOf = (known: boolean): EntityRef['origin'] => (known ? 'gazetteer' : 'guess');
