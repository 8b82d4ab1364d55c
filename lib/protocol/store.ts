// The records the background keeps in IndexedDB (entrypoints/background/db.ts owns the database;
// extension pages read these shapes in its answers, so they live with the protocol).
import * as v from 'valibot';
import { arrayOf, exact, httpUrl, int, orNull, text } from './check';
import { datedSentence, entityType, seenEntity } from './entity';
import { pageInfo } from './card';

/** At most this many entities of one page go into the history (a long page's most named). */
export const MAX_SEEN_ENTITIES = 2000;

/** A page the reader opened, as the content script reports it. */
export const pageSeen = exact({
  ...pageInfo.entries,
  lang: text(20),
  entities: arrayOf(seenEntity, MAX_SEEN_ENTITIES),
});
export type PageSeen = v.InferOutput<typeof pageSeen>;

export const pageRecord = exact({
  ...pageSeen.entries,
  firstSeen: int(),
  lastSeen: int(),
  /** Entity ids, indexed (multiEntry) so the timeline finds earlier pages naming an entity. */
  entityIds: arrayOf(text(200), 2000),
});
export type PageRecord = v.InferOutput<typeof pageRecord>;

/** One entity named on one page the reader opened: the timeline reads these, newest first. */
export const mention = exact({
  entityId: text(200),
  /** The page's publication date, or the day it was first seen. */
  date: text(10),
  url: httpUrl,
  title: text(1000),
  site: text(300),
  publishedAt: orNull(text(10)),
  /** The sentence that named it, and how the page spelt it. */
  context: orNull(text(2000)),
  arabic: text(300),
  /** The page's sentences naming it with a date (absent from records written before they were kept). */
  dated: v.optional(arrayOf(datedSentence, 20)),
});
export type Mention = v.InferOutput<typeof mention>;

/** The reader's choice for one name form as the engine read it. */
const correctionTarget = exact({
  /** Another reading (an entity id from the gazetteer), or the engine's with another type or English name. */
  id: v.optional(text(200)),
  type: v.optional(entityType),
  english: v.optional(text(300)),
});
export type CorrectionTarget = v.InferOutput<typeof correctionTarget>;

/** A reader's correction of one name form as the engine read it, as the card sends it (see lib/readings). */
export const correctionDraft = exact({
  /** The name form, normalised, from the name's first letter. */
  form: text(300),
  /** The engine's reading that was corrected. */
  fromId: text(200),
  /** The name as the page wrote it when it was corrected. */
  arabic: text(300),
  /** English names before and after, for the reader's list of corrections. */
  fromEnglish: text(300),
  toEnglish: orNull(text(300)),
  /** The page it was made on. */
  url: httpUrl,
  /** The new reading; null means "not a name". */
  to: orNull(correctionTarget),
});
export type CorrectionDraft = v.InferOutput<typeof correctionDraft>;

/** A correction as the store keeps it (the v2 store, keyPath entityId). */
export const correction = exact({
  ...correctionDraft.entries,
  /** The store's key: `${fromId}|${form}` (lib/readings correctionKey). */
  entityId: text(600),
  updated: int(),
});
export type Correction = v.InferOutput<typeof correction>;
