// The records the background keeps in IndexedDB (entrypoints/background/db.ts owns the database;
// extension pages read these shapes in its answers, so they live with the protocol).
import * as v from 'valibot';
import { arrayOf, exact, httpUrl, int, orNull, text } from './check';
import { seenEntity } from './entity';
import { pageInfo } from './card';

/** A page the reader opened, as the content script reports it. */
export const pageSeen = exact({ ...pageInfo.entries, lang: text(20), entities: arrayOf(seenEntity, 2000) });
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
});
export type Mention = v.InferOutput<typeof mention>;

/** A reader's own English name for an entity (the v2 store). */
export const correction = exact({ entityId: text(200), english: text(300), updated: int() });
export type Correction = v.InferOutput<typeof correction>;
