// The one message protocol between content scripts, extension pages and the background.
// Every message is a discriminated union member; the background checks it at runtime with
// `parseMessage` before its switch, and answers with a Result value.
import { ENTITY_TYPES, type EntityType } from './types';
import type * as v from 'valibot';
import { check } from './protocol/check';
import { note as noteSchema, noteDraft as noteDraftSchema, type Note, type NoteDraft } from './protocol/note';
import { cardPayload, type CardPayload } from './card';
import { arrayOf, httpUrl, int, isoDate, isRecord, oneOf, optional, shape, str, type Check } from './validate';
import { err, ok, type Result } from './result';
import type { CorrectionTarget } from './readings';

export interface SeenEntity {
  id: string;
  type: EntityType;
  english: string | null;
  arabic: string;
  /** One sentence of context from the page. */
  context?: string;
}

export interface PageSeen {
  url: string;
  title: string;
  site: string;
  lang: string;
  publishedAt: string | null;
  entities: SeenEntity[];
}

export type Message =
  | { type: 'page/seen'; page: PageSeen }
  | { type: 'pages/recent'; limit: number }
  | { type: 'notes/forPage'; url: string }
  | { type: 'notes/all' }
  | { type: 'notes/recent'; limit: number }
  | { type: 'notes/save'; draft: NoteDraft; id: string | null }
  | { type: 'notes/delete'; id: string }
  | { type: 'notes/restore'; note: Note }
  | { type: 'notes/import'; json: string }
  | { type: 'history/clear' }
  | { type: 'entity/history'; entityId: string; excludeUrl: string | null }
  | { type: 'notes/forEntity'; entityId: string }
  | { type: 'page/annotate'; text: string; published: string | null }
  | { type: 'card/show'; card: CardPayload }
  | { type: 'card/hide' }
  | { type: 'card/closed' }
  | { type: 'card/layout'; layout: CardLayout }
  | { type: 'card/key'; key: CardKey }
  | { type: 'corrections/save'; correction: CorrectionDraft }
  | { type: 'corrections/delete'; key: string }
  | { type: 'corrections/all' }
  /** The token the content script's own card frame will present when it connects (card-frame.ts). */
  | { type: 'card/register'; token: string };

/** A reader's correction of one name form as the engine read it (see lib/readings). */
export interface CorrectionDraft {
  form: string;
  fromId: string;
  arabic: string;
  fromEnglish: string;
  toEnglish: string | null;
  url: string;
  to: CorrectionTarget | null;
}

/** What the card page wants of its frame: the height its content needs, and its pin and width. */
export interface CardLayout {
  height: number;
  pinned: boolean;
  wide: boolean;
}
/** Keys pressed inside the card that the tab acts on (the card frame's keys never reach the page). */
export type CardKey = 'next' | 'prev' | 'note' | 'escape';
const CARD_KEYS: readonly CardKey[] = ['next', 'prev', 'note', 'escape'];
const bool: Check = (v, p) => (typeof v === 'boolean' ? null : `${p} must be a boolean`);
const cardLayout: Check = shape({ height: int(0, 10_000), pinned: bool, wide: bool });

export type MessageType = Message['type'];

/** Messages a content script (a web page's tab) may send; the rest are for extension pages only. */
export const CONTENT_MESSAGES: ReadonlySet<MessageType> = new Set<MessageType>(['page/seen', 'notes/forPage', 'page/annotate', 'card/show', 'card/hide', 'card/register']);

const seenEntity: Check = shape({
  id: str(200),
  type: oneOf(...ENTITY_TYPES),
  english: optional(str(300)),
  arabic: str(300),
  context: optional(str(2000)),
});

const pageSeen: Check = shape({
  url: httpUrl,
  title: str(1000),
  site: str(300),
  lang: str(20),
  publishedAt: optional(isoDate),
  entities: arrayOf(seenEntity, 2000),
});

// Notes are judged by the one note schema (lib/protocol/note.ts) that import and the store use.
const fromSchema =
  (schema: v.GenericSchema): Check =>
  (value, path) => {
    const r = check(schema, value, path);
    return r.ok ? null : r.error;
  };
const noteDraft = fromSchema(noteDraftSchema);
const fullNote = fromSchema(noteSchema);
const kind = { type: str() };

const bodies: Record<MessageType, Check> = {
  'page/seen': shape({ ...kind, page: pageSeen }),
  'pages/recent': shape({ ...kind, limit: int(1, 1000) }),
  'notes/forPage': shape({ ...kind, url: httpUrl }),
  'notes/all': shape(kind),
  'notes/recent': shape({ ...kind, limit: int(1, 1000) }),
  'notes/save': shape({ ...kind, draft: noteDraft, id: optional(str(100)) }),
  'notes/delete': shape({ ...kind, id: str(100) }),
  'notes/restore': shape({ ...kind, note: fullNote }),
  'notes/import': shape({ ...kind, json: str(50_000_000) }),
  'history/clear': shape(kind),
  'entity/history': shape({ ...kind, entityId: str(200), excludeUrl: optional(httpUrl) }),
  'notes/forEntity': shape({ ...kind, entityId: str(200) }),
  'page/annotate': shape({ ...kind, text: str(5_000_000), published: optional(isoDate) }),
  'card/show': shape({ ...kind, card: cardPayload }),
  'card/hide': shape(kind),
  'card/closed': shape(kind),
  'card/layout': shape({ ...kind, layout: cardLayout }),
  'card/key': shape({ ...kind, key: oneOf(...CARD_KEYS) }),
  'corrections/save': shape({
    ...kind,
    correction: shape({
      form: str(300),
      fromId: str(200),
      arabic: str(300),
      fromEnglish: str(300),
      toEnglish: optional(str(300)),
      url: httpUrl,
      to: optional(shape({ id: optional(str(200)), type: optional(oneOf(...ENTITY_TYPES)), english: optional(str(300)) })),
    }),
  }),
  'corrections/delete': shape({ ...kind, key: str(600) }),
  'corrections/all': shape(kind),
  'card/register': shape({ ...kind, token: (v, p) => (typeof v === 'string' && /^[0-9a-f]{32}$/.test(v) ? null : `${p} is not a card token`) }),
};

export function parseMessage(raw: unknown): Result<Message> {
  if (!isRecord(raw) || typeof raw.type !== 'string') return err('message has no type');
  const check = Object.hasOwn(bodies, raw.type) ? bodies[raw.type as MessageType] : undefined;
  if (!check) return err(`unknown message type: ${raw.type.slice(0, 40)}`);
  const problem = check(raw, 'message');
  return problem ? err(problem) : ok(raw as unknown as Message);
}

/** A typed sender over any transport (runtime.sendMessage in the extension, a function in tests). */
export function createClient(transport: (m: Message) => Promise<unknown>) {
  return async function send<T>(m: Message): Promise<Result<T>> {
    try {
      const answer = await transport(m);
      if (isRecord(answer) && typeof answer.ok === 'boolean') return answer as Result<T>;
      return err('no answer from the extension background');
    } catch (e) {
      return err(e instanceof Error ? e.message : String(e));
    }
  };
}

/** An entity found on the page, as the popup's "On this page" lists it. */
export interface PageEntity {
  /** Stable within the page: the entity id. */
  id: string;
  type: EntityType;
  english: string | null;
  arabic: string;
  known: boolean;
  count: number;
}

/** Messages an extension page (the popup) sends to the content script of a tab. */
export type TabMessage =
  | { type: 'tab/entities' }
  | { type: 'tab/reveal'; id: string }
  | { type: 'tab/cardClosed' }
  | { type: 'tab/cardLayout'; layout: CardLayout }
  | { type: 'tab/cardKey'; key: CardKey }
  | { type: 'tab/refresh' }
  | { type: 'tab/mark' };

export function parseTabMessage(raw: unknown): Result<TabMessage> {
  if (!isRecord(raw) || typeof raw.type !== 'string') return err('message has no type');
  if (raw.type === 'tab/entities') return ok({ type: 'tab/entities' });
  if (raw.type === 'tab/cardClosed') return ok({ type: 'tab/cardClosed' });
  if (raw.type === 'tab/refresh') return ok({ type: 'tab/refresh' });
  if (raw.type === 'tab/mark') return ok({ type: 'tab/mark' });
  if (raw.type === 'tab/reveal' && typeof raw.id === 'string' && raw.id.length <= 200) return ok({ type: 'tab/reveal', id: raw.id });
  if (raw.type === 'tab/cardLayout' && !cardLayout(raw.layout, 'layout')) return ok({ type: 'tab/cardLayout', layout: raw.layout as CardLayout });
  if (raw.type === 'tab/cardKey' && CARD_KEYS.includes(raw.key as CardKey)) return ok({ type: 'tab/cardKey', key: raw.key as CardKey });
  return err(`unknown tab message: ${raw.type.slice(0, 40)}`);
}
