// The one message protocol between content scripts, extension pages and the background. Each
// message declares its request fields and its answer once, as schemas; the TypeScript types are
// inferred from them. The background checks every request with `parseMessage` before it routes
// it, and answers with a Result value of the declared type.
import * as v from 'valibot';
import { err, type Result } from '../result';
import { datedRole, pageAnnotation } from './annotation';
import { cardKey, cardLayout, cardPayload, cardToken, pageInfo } from './card';
import { bool, check, exact, httpUrl, int, isoDate, isRecord, oneOf, orNull, text } from './check';
import { pageEntity } from './entity';
import { note, noteDraft, noteId } from './note';
import { correction, correctionDraft, mention, pageRecord, pageSeen } from './store';

interface Spec<E extends v.ObjectEntries, R extends v.GenericSchema> {
  /** The request's fields besides its type. */
  fields: v.StrictObjectSchema<E, undefined>;
  answer: R;
  /** Whether a content script (a web page's tab) may send it; the rest are for extension pages only. */
  fromContent: boolean;
}
const spec = <E extends v.ObjectEntries, R extends v.GenericSchema>(
  fields: E,
  answer: R,
  fromContent = false,
): Spec<E, R> => ({ fields: exact(fields), answer, fromContent });

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

/**
 * A parser for a table of specs: each request schema is the strict object of its type's fields,
 * so what it outputs is the request of that type, which M (the union of them) records once, here.
 */
function parserOf<M extends { type: string }>(
  specs: Record<string, { fields: v.StrictObjectSchema<v.ObjectEntries, undefined> }>,
  what: string,
) {
  const requests = new Map(
    Object.entries(specs).map(([type, s]) => [
      type,
      exact({ type: v.literal(type), ...s.fields.entries }) as v.GenericSchema<unknown, M>,
    ]),
  );
  return (raw: unknown): Result<M> => {
    if (!isRecord(raw) || typeof raw.type !== 'string') return err('message has no type');
    const schema = requests.get(raw.type);
    return schema ? check(schema, raw, 'message') : err(`unknown ${what}: ${raw.type.slice(0, 40)}`);
  };
}

export const parseMessage = parserOf<Message>(SPECS, 'message type');

/** The schema of the answer to a message type, for tests that hold the background to it. */
export const answerSchema = <K extends MessageType>(type: K): (typeof SPECS)[K]['answer'] => SPECS[type].answer;

/** The port a news page's content script sends its article through (content/page-port.ts). */
export const PAGE_PORT = 'page';

export type Send = <K extends MessageType>(m: Request<K>) => Promise<Result<Answer<K>>>;

const isResult = (x: unknown): x is Result<never> => isRecord(x) && typeof x.ok === 'boolean';

/**
 * A sender typed by message over any transport (runtime.sendMessage in the extension, a function
 * in tests). Answers come from the extension's own background, which the router tests hold to
 * each message's answer schema; they are not checked again here.
 */
export function createClient(transport: (m: Message) => Promise<unknown>): Send {
  return async (m) => {
    try {
      const answer = await transport(m as Message);
      return isResult(answer) ? answer : err('no answer from the extension background');
    } catch (e) {
      return err(e instanceof Error ? e.message : String(e));
    }
  };
}

/** Messages an extension page (the popup) sends to the content script of a tab, and their answers. */
/** How much of a long page the engine has read: the popup says so when it is not all. */
const coverage = exact({ read: int(), total: int(), done: bool });

const TAB_SPECS = {
  'tab/entities': spec(
    {},
    exact({
      site: text(300),
      lang: text(20),
      active: bool,
      reason: v.optional(oneOf(['site-off', 'not-news'] as const)),
      page: v.optional(pageInfo),
      entities: v.array(pageEntity),
      orphans: v.array(noteId),
      coverage: orNull(coverage),
    }),
  ),
  'tab/reveal': spec({ id: text(200) }, bool),
  'tab/cardClosed': spec({}, done),
  'tab/cardLayout': spec({ layout: cardLayout }, done),
  'tab/cardKey': spec({ key: cardKey }, done),
  /** Read the page again (after a correction). */
  'tab/refresh': spec({}, done),
  /** Mark a page the content script did not read on its own (the popup's "Mark this page"). */
  'tab/mark': spec({}, done),
};
export type TabMessageType = keyof typeof TAB_SPECS;
type TabRequest<K extends TabMessageType> = { type: K } & v.InferOutput<(typeof TAB_SPECS)[K]['fields']>;
export type TabAnswer<K extends TabMessageType> = v.InferOutput<(typeof TAB_SPECS)[K]['answer']>;
export type TabMessage = { [K in TabMessageType]: TabRequest<K> }[TabMessageType];
export type AskTab = <K extends TabMessageType>(m: TabRequest<K>) => Promise<Result<TabAnswer<K>>>;

export const parseTabMessage = parserOf<TabMessage>(TAB_SPECS, 'tab message');

/** The content script's answer to the popup, held to the tab message's answer schema. */
export function parseTabAnswer<K extends TabMessageType>(type: K, raw: unknown): Result<TabAnswer<K>> {
  if (!isResult(raw)) return err('no answer from the page');
  if (!raw.ok) return raw;
  const answer: v.GenericSchema<unknown, TabAnswer<K>> = TAB_SPECS[type].answer;
  return check(answer, raw.value, 'answer');
}
