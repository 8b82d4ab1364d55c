// The one message protocol between content scripts, extension pages and the background. Each
// message declares its request fields and its answer once, as schemas; the TypeScript types are
// inferred from them. The background checks every request with `parseMessage` before it routes
// it, and answers with a Result value of the declared type.
import * as v from 'valibot';
import { datedRole, pageAnnotation } from './annotation';
import { cardKey, cardLayout, cardPayload, cardToken } from './card';
import { bool, exact, httpUrl, int, isoDate, oneOf, orNull, text } from './check';
import { note, noteDraft, noteId } from './note';
import { correction, correctionDraft, mention, pageRecord, pageSeen } from './store';
import { parserOf, spec } from './spec';

// The sender and the tab's messages live apart, so a content script does not build this table.
export { createClient, type Send } from './client';
export { parseTabAnswer, type AskTab, type TabAnswer, type TabMessage } from './tab-messages';

const limit = int(1, 1000);
const notes = v.array(note);
/** Where a page of the notes list ends: the time and id of its last note. */
const listKey = v.tuple([int(), noteId]);
const noteFilter = exact({
  query: v.optional(text(1000)),
  type: v.optional(oneOf(['', 'person', 'place', 'organization', 'passage'] as const)),
  tag: v.optional(text(100)),
  site: v.optional(text(300)),
});
/** The key of the last note of an export page: [updated, id] in time order, [url, updated, id] in page order. */
const exportKey = v.union([listKey, v.tuple([httpUrl, int(), noteId])]);
const importCounts = v.object({
  added: int(),
  merged: int(),
  repeated: int(),
  corrections: v.object({ added: int(), merged: int() }),
});
const done = v.literal(true);

const SPECS = {
  'page/seen': spec({ page: pageSeen }, v.object({ url: httpUrl, recorded: bool, entities: v.optional(int()) }), true),
  'page/annotate': spec({ text: text(5_000_000), published: orNull(isoDate) }, pageAnnotation, true),
  'pages/recent': spec({ limit }, v.array(pageRecord)),
  'notes/forPage': spec({ url: httpUrl }, notes, true),
  /**
   * An entity's notes, newest first: all of them, or with `limit` a page of them older than `before`
   * (the card's "more").
   */
  'notes/forEntity': spec(
    { entityId: text(200), before: v.optional(orNull(listKey)), limit: v.optional(limit) },
    notes,
  ),
  'notes/all': spec({}, notes),
  /** A page of the notes list, newest first, filtered and searched through the background's word index. */
  'notes/find': spec(
    { filter: noteFilter, after: orNull(listKey), limit },
    v.object({ notes, total: v.nullable(int()), next: v.nullable(listKey) }),
  ),
  /** How many notes meet a filter, asked after its first page; null when too many to count quickly. */
  'notes/count': spec({ filter: noteFilter }, v.nullable(int())),
  /** The tags and sites of all notes, for the filters. */
  'notes/facets': spec({}, v.object({ tags: v.array(text(100)), sites: v.array(text(300)) })),
  /** A page of notes for a streamed export, in the format's order. */
  'notes/exportPage': spec(
    { order: oneOf(['time', 'page'] as const), after: orNull(exportKey), limit },
    v.object({ notes, next: v.nullable(exportKey) }),
  ),
  /** Every note to the trash (answers how many); undone by notes/undoDeleteAll until the trash is emptied. */
  'notes/deleteAll': spec({}, int()),
  'notes/undoDeleteAll': spec({}, int()),
  'notes/emptyTrash': spec({}, done),
  'notes/save': spec({ draft: noteDraft, id: orNull(noteId) }, note),
  'notes/delete': spec({ id: noteId }, v.nullable(note)),
  'notes/restore': spec({ note }, noteId),
  'notes/import': spec({ json: text(50_000_000) }, importCounts),
  'history/clear': spec({}, done),
  'entity/history': spec({ entityId: text(200), excludeUrl: orNull(httpUrl) }, v.array(mention)),
  /** The gazetteer's dated roles of an entity (none for names it does not list). */
  'entity/roles': spec({ entityId: text(200) }, v.array(datedRole)),
  // False when no card frame of the tab is bound (the content script then binds it again).
  'card/show': spec({ card: cardPayload }, v.boolean(), true),
  'card/hide': spec({}, done, true),
  /** The reader is on a name's hover delay: the background reads its notes and history meanwhile. */
  'card/prefetch': spec({ entityId: text(200) }, done, true),
  'card/closed': spec({}, done),
  /** The token the content script's own card frame will present when it connects (card-frame.ts). */
  'card/register': spec({ token: cardToken }, done, true),
  /** From the tab's own card frame only (the router checks the sending frame). */
  'card/layout': spec({ layout: cardLayout }, done),
  'card/key': spec({ key: cardKey }, done),
  'corrections/save': spec({ correction: correctionDraft }, correction),
  /** Answers the correction deleted, or null when there was none. */
  'corrections/delete': spec({ key: text(600) }, v.nullable(correction)),
  'corrections/all': spec({}, v.array(correction)),
};

export type MessageType = keyof typeof SPECS;
type Fields<K extends MessageType> = v.InferOutput<(typeof SPECS)[K]['fields']>;
/** The message of type K, as sent and as the background receives it after checking. */
export type Request<K extends MessageType> = { type: K } & Fields<K>;
/** What the background answers to a message of type K, when it succeeds. */
export type Answer<K extends MessageType> = v.InferOutput<(typeof SPECS)[K]['answer']>;
export type Message = { [K in MessageType]: Request<K> }[MessageType];

export const CONTENT_MESSAGES: ReadonlySet<MessageType> = new Set(
  (Object.keys(SPECS) as MessageType[]).filter((k) => SPECS[k].fromContent),
);

export const parseMessage = parserOf<Message>(SPECS, 'message type');

/** The schema of the answer to a message type, for tests that hold the background to it. */
export const answerSchema = <K extends MessageType>(type: K): (typeof SPECS)[K]['answer'] => SPECS[type].answer;
