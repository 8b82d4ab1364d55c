// Validates each incoming message and routes it; answers are Result values, never throws.
import type { IDBPDatabase } from 'idb';
import {
  CONTENT_MESSAGES,
  parseMessage,
  type Answer,
  type Message,
  type MessageType,
  type Request,
  type TabMessage,
} from '@/lib/protocol/messages';
import { err, ok, type Result } from '@/lib/result';
import { parseImport } from '@/lib/notes/import';
import type { Settings } from '@/lib/settings';
import type { CardExtras, CardPayload } from '@/lib/protocol/card';
import type { PageAnnotation } from '@/lib/protocol/annotation';
import type { DatedRole } from '@/lib/types';
import type { CardData } from './card-data';
import { entityNotes } from './card-data';
import type { HamishDB } from './db';
import { firstNotesSettled } from './first-notes-share';
import {
  allNotes,
  notesWrites,
  deleteAllNotes,
  deleteNote,
  emptyTrash,
  exportPage,
  importNotes,
  notesForUrl,
  restoreNote,
  saveNote,
  undoDeleteAll,
} from './notes-store';
import { countNotes, findNotes, noteFacets } from './notes-index';
import { allCorrections, deleteCorrection, forgetCorrections, saveCorrection } from './corrections-store';
import { clearHistory, entityHistory, recentPages, recordPage, trimHistory } from './pages-store';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export interface RouterDeps {
  extensionId: string;
  extensionOrigin: string;
  db: () => Promise<IDBPDatabase<HamishDB>>;
  now: () => number;
  newId: () => string;
  settings: () => Promise<Settings>;
  annotate: (text: string, published: string | null) => PageAnnotation | Promise<PageAnnotation>;
  /** The gazetteer's dated roles of an entity; without it, none. */
  roles?: (entityId: string) => DatedRole[] | Promise<DatedRole[]>;
  cards: CardRelay;
  /** The reader's notes and history for cards, kept for the last names hovered. */
  cardData: CardData;
  /** The bench build's record of each card's way through the background. */
  cardTimes?: (t: CardTime) => void;
}

/** When the background got a card, posted it and posted its extras (ms since the epoch, fractional). */
export interface CardTime {
  requestedAt?: number;
  entity: string | null;
  received: number;
  posted: number;
  atHand: boolean;
  extrasPosted?: number;
}

/** Carries card messages between a tab's content script and the card frame in the same tab. */
export interface CardRelay {
  /**
   * False when no card frame of the tab is bound (the card waits for one). `extras` go with the card
   * when given as a value, or follow it when given as a promise (null: they could not be read).
   */
  show(tabId: number, card: CardPayload, extras?: CardExtras | Promise<CardExtras> | null): boolean;
  hide(tabId: number): void;
  closed(tabId: number): void;
  /** The card page's layout and keys, to the content script of its tab (the top frame). */
  toTab(tabId: number, m: TabMessage): void;
  /** The token the tab's own card frame will present (only its content script knows it). */
  register(tabId: number, token: string): Promise<void>;
  /** Whether the frame (of the tab) that sent a message is the tab's own bound card frame. */
  isCard(tabId: number, frameId: number | undefined): boolean;
}

export type SenderKind = 'extension-page' | 'content' | 'foreign';

// sender.url is the sending frame's URL, set by the browser: the extension's own pages (popup,
// options, and the card frame inside a web page's tab) have the extension origin; content
// scripts have the web page's.
export function classifySender(
  sender: SenderInfo,
  deps: Pick<RouterDeps, 'extensionId' | 'extensionOrigin'>,
): SenderKind {
  if (sender.id !== deps.extensionId) return 'foreign';
  const url = sender.url ?? '';
  if (url.startsWith(deps.extensionOrigin)) return 'extension-page';
  if (/^https?:/.test(url) && sender.tab) return 'content';
  return 'foreign';
}

type Handlers = {
  [K in MessageType]: (msg: Request<K>, tabId: number, sender: SenderInfo) => Promise<Answer<K>> | Answer<K>;
};

function handlers(deps: RouterDeps): Handlers {
  const db = deps.db;
  return {
    'page/annotate': (m) => deps.annotate(m.text, m.published),
    'card/show': (m, tabId) => showCard(deps, tabId, m.card),
    'card/hide': (_m, tabId) => (deps.cards.hide(tabId), true),
    'card/prefetch': (m): true => (deps.cardData.prefetch(m.entityId), true),
    'card/closed': (_m, tabId) => (deps.cards.closed(tabId), true),
    'card/register': async (m, tabId): Promise<true> => {
      await deps.cards.register(tabId, m.token);
      return true;
    },
    // Only the tab's own card frame steers it; a copy of card.html a page embeds does not.
    'card/layout': (m, tabId, sender): true => {
      if (!deps.cards.isCard(tabId, sender.frameId)) throw new Refused('card/layout is only for the card of this tab');
      deps.cards.toTab(tabId, { type: 'tab/cardLayout', layout: m.layout });
      return true;
    },
    'card/key': (m, tabId, sender): true => {
      if (!deps.cards.isCard(tabId, sender.frameId)) throw new Refused('card/key is only for the card of this tab');
      deps.cards.toTab(tabId, { type: 'tab/cardKey', key: m.key });
      return true;
    },
    // A correction changes how the page is marked: the tab it was made from reads itself again.
    'corrections/save': async (m, tabId) => {
      const saved = await saveCorrection(await db(), { ...m.correction, url: stripHash(m.correction.url) }, deps.now());
      deps.cards.toTab(tabId, { type: 'tab/refresh' });
      return saved;
    },
    'corrections/delete': async (m, tabId) => {
      const before = await deleteCorrection(await db(), m.key);
      deps.cards.toTab(tabId, { type: 'tab/refresh' });
      return before;
    },
    'corrections/all': async () => allCorrections(await db()),
    'page/seen': async (m) => {
      const settings = await deps.settings();
      if (!settings.historyEnabled) return { url: m.page.url, recorded: false };
      const rec = await recordPage(await db(), m.page, deps.now());
      deps.cardData.forget(rec.entityIds);
      if (await trimHistory(await db(), settings.historyMaxPages)) deps.cardData.forget('all');
      return { url: rec.url, recorded: true, entities: rec.entities.length };
    },
    'pages/recent': async (m) => recentPages(await db(), m.limit),
    'notes/forPage': async (m) => notesForUrl(await db(), stripHash(m.url)),
    'notes/forEntity': async (m) => entityNotes(await db(), m.entityId, m.before ?? null, m.limit ?? Infinity),
    'notes/all': async () => allNotes(await db()),
    'notes/find': async (m) => findNotes(await db(), m.filter, m.after, m.limit),
    'notes/count': async (m) => countNotes(await db(), m.filter),
    'notes/facets': async () => noteFacets(await db()),
    'notes/exportPage': async (m) => exportPage(await db(), m.order, m.after, m.limit),
    'notes/deleteAll': async () => forgetAll(deps, await deleteAllNotes(await db())),
    'notes/undoDeleteAll': async () => forgetAll(deps, await undoDeleteAll(await db())),
    'notes/emptyTrash': async (): Promise<true> => {
      await emptyTrash(await db());
      return true;
    },
    // An edit or a restore may replace a note on another name: every kept card is forgotten.
    'notes/save': async (m) => {
      const saved = await saveNote(
        await db(),
        { ...m.draft, url: stripHash(m.draft.url) },
        m.id,
        deps.now(),
        deps.newId,
      );
      deps.cardData.forget(m.id === null ? [saved.entity?.id] : 'all');
      return saved;
    },
    'notes/delete': async (m) => {
      const gone = await deleteNote(await db(), m.id);
      deps.cardData.forget([gone?.entity?.id]);
      return gone;
    },
    'notes/restore': async (m) => (await restoreNote(await db(), m.note), forgetAll(deps, m.note.id)),
    'notes/import': async (m) => {
      const parsed = parseImport(m.json);
      if (!parsed.ok) throw new Refused(parsed.error);
      const counts = forgetAll(deps, await importNotes(await db(), parsed.value.notes, parsed.value.corrections));
      if (parsed.value.corrections.length) forgetCorrections(await db());
      return { ...counts, repeated: parsed.value.repeated };
    },
    'history/clear': async (): Promise<true> => {
      await clearHistory(await db());
      return forgetAll(deps, true);
    },
    'entity/history': async (m) => entityHistory(await db(), m.entityId, m.excludeUrl),
    'entity/roles': (m) => deps.roles?.(m.entityId) ?? [],
  };
}

/** After a write that may touch any name's notes or history: what was written, every kept card forgotten. */
function forgetAll<T>(deps: RouterDeps, written: T): T {
  deps.cardData.forget('all');
  return written;
}

/** Comparable across the extension's pages and the tab: each context's clock is offset to the epoch. */
const epochNow = () => performance.timeOrigin + performance.now();

/**
 * The card goes to the tab's frame at once; its notes and history with it when kept, else read
 * now and sent after it (the frame does not ask for them).
 */
function showCard(deps: RouterDeps, tabId: number, card: CardPayload): boolean {
  const received = epochNow();
  const atHand = deps.cardData.atHand(card);
  let read: Promise<CardExtras> | null = null;
  if (!atHand) read = deps.cardData.read(card);
  const bound = deps.cards.show(tabId, card, atHand ?? read);
  const time = deps.cardTimes;
  if (time) {
    const t: CardTime = {
      requestedAt: card.requestedAt,
      entity: card.entity?.id ?? null,
      received,
      posted: epochNow(),
      atHand: !!atHand,
    };
    if (read) void read.finally(() => time({ ...t, extrasPosted: epochNow() })).catch(() => {});
    else time(t);
  }
  return bound;
}

/** A refused request (an import file, a card message from another frame): its message goes back as it is. */
class Refused extends Error {}

/** Returns null for senders that are ignored (no answer at all). */
export async function route(raw: unknown, sender: SenderInfo, deps: RouterDeps): Promise<Result<unknown> | null> {
  const kind = classifySender(sender, deps);
  if (kind === 'foreign') return null;
  const parsed = parseMessage(raw);
  if (!parsed.ok) return parsed;
  const msg = parsed.value;
  if (kind === 'content' && !CONTENT_MESSAGES.has(msg.type)) return err(`${msg.type} is not allowed from a web page`);
  // A page may read only its own notes (to re-attach them), never another page's.
  if (kind === 'content' && msg.type === 'notes/forPage' && stripHash(msg.url) !== stripHash(sender.url ?? ''))
    return err('a page may read only its own notes');
  try {
    // The table gives each type its own handler; TypeScript cannot pair a union member with it.
    const handle = handlers(deps)[msg.type] as (
      m: Message,
      tabId: number,
      sender: SenderInfo,
    ) => Promise<unknown> | unknown;
    const writes = notesWrites();
    const answer = await handle(msg, sender.tab?.id ?? -1, sender);
    // A write of the notes is answered once the popup's shared first page is gone
    // (./first-notes-share), so a popup opened after "saved" cannot show the page from before. Other
    // answers (a page's marks, reads) do not wait on the session storage: nothing they answer is in
    // the shared page, and IndexedDB runs a read after the writes begun before it.
    if (notesWrites() !== writes) await firstNotesSettled();
    return ok(answer);
  } catch (e) {
    return err(e instanceof Refused ? e.message : describe(e));
  }
}

const stripHash = (url: string) => url.split('#')[0]!;

export function describe(e: unknown): string {
  if (e instanceof DOMException && e.name === 'QuotaExceededError')
    return 'storage is full: free space or clear history in the options page';
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}
