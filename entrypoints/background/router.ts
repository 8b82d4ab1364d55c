// Validates each incoming message and routes it; answers are Result values, never throws.
import type { IDBPDatabase } from 'idb';
import { CONTENT_MESSAGES, parseMessage, type Message, type TabMessage } from '@/lib/messages';
import { err, ok, type Result } from '@/lib/result';
import { parseImport } from '@/lib/notes/import';
import type { Settings } from '@/lib/settings';
import type { CardPayload } from '@/lib/card';
import type { HamishDB } from './db';
import { allNotes, deleteNote, recentNotes, importNotes, notesForUrl, restoreNote, saveNote } from './notes-store';
import { allCorrections, deleteCorrection, saveCorrection } from './corrections-store';
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
  annotate: (text: string, published: string | null) => unknown;
  cards: CardRelay;
}

/** Carries card messages between a tab's content script and the card frame in the same tab. */
export interface CardRelay {
  show(tabId: number, card: CardPayload): void;
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
export function classifySender(sender: SenderInfo, deps: Pick<RouterDeps, 'extensionId' | 'extensionOrigin'>): SenderKind {
  if (sender.id !== deps.extensionId) return 'foreign';
  const url = sender.url ?? '';
  if (url.startsWith(deps.extensionOrigin)) return 'extension-page';
  if (/^https?:/.test(url) && sender.tab) return 'content';
  return 'foreign';
}

/** Returns null for senders that are ignored (no answer at all). */
export async function route(raw: unknown, sender: SenderInfo, deps: RouterDeps): Promise<Result<unknown> | null> {
  const kind = classifySender(sender, deps);
  if (kind === 'foreign') return null;
  const parsed = parseMessage(raw);
  if (!parsed.ok) return parsed;
  const msg = parsed.value;
  if (kind === 'content' && !CONTENT_MESSAGES.has(msg.type)) return err(`${msg.type} is not allowed from a web page`);
  // A page may read only its own notes (to re-attach them), never another page's.
  if (kind === 'content' && msg.type === 'notes/forPage' && stripHash(msg.url) !== stripHash(sender.url ?? '')) return err('a page may read only its own notes');
  const tabId = sender.tab?.id ?? -1;
  try {
    switch (msg.type) {
      case 'page/annotate':
        return ok(await deps.annotate(msg.text, msg.published));
      case 'card/show':
        deps.cards.show(tabId, msg.card);
        return ok(true);
      case 'card/hide':
        deps.cards.hide(tabId);
        return ok(true);
      case 'card/closed':
        deps.cards.closed(tabId);
        return ok(true);
      case 'card/register':
        await deps.cards.register(tabId, msg.token);
        return ok(true);
      case 'card/layout':
      case 'card/key':
        // Only the tab's own card frame steers it; a copy of card.html a page embeds does not.
        if (!deps.cards.isCard(tabId, sender.frameId)) return err(`${msg.type} is only for the card of this tab`);
        deps.cards.toTab(tabId, msg.type === 'card/key' ? { type: 'tab/cardKey', key: msg.key } : { type: 'tab/cardLayout', layout: msg.layout });
        return ok(true);
    }
    const answer = await dispatch(msg, deps);
    // A correction changes how the page is marked: the tab it was made from reads itself again.
    if (answer.ok && (msg.type === 'corrections/save' || msg.type === 'corrections/delete')) deps.cards.toTab(tabId, { type: 'tab/refresh' });
    return answer;
  } catch (e) {
    return err(describe(e));
  }
}

const stripHash = (url: string) => url.split('#')[0];

type StoreMessage = Exclude<Message, { type: 'page/annotate' | 'card/show' | 'card/hide' | 'card/closed' | 'card/layout' | 'card/key' | 'card/register' }>;

async function dispatch(msg: StoreMessage, deps: RouterDeps): Promise<Result<unknown>> {
  const db = await deps.db();
  switch (msg.type) {
    case 'notes/forEntity':
      return ok((await db.getAllFromIndex('notes', 'by-entity', msg.entityId)).sort((a, b) => b.updated - a.updated));
    case 'page/seen': {
      const settings = await deps.settings();
      if (!settings.historyEnabled) return ok({ url: msg.page.url, recorded: false });
      const rec = await recordPage(db, msg.page, deps.now());
      await trimHistory(db, settings.historyMaxPages);
      return ok({ url: rec.url, recorded: true, entities: rec.entities.length });
    }
    case 'pages/recent':
      return ok(await recentPages(db, msg.limit));
    case 'notes/forPage':
      return ok(await notesForUrl(db, stripHash(msg.url)!));
    case 'notes/all':
      return ok(await allNotes(db));
    case 'notes/recent':
      return ok(await recentNotes(db, msg.limit));
    case 'notes/save':
      return ok(await saveNote(db, { ...msg.draft, url: stripHash(msg.draft.url)! }, msg.id, deps.now(), deps.newId));
    case 'notes/delete':
      return ok(await deleteNote(db, msg.id));
    case 'notes/restore':
      await restoreNote(db, msg.note);
      return ok(msg.note.id);
    case 'notes/import': {
      const parsed = parseImport(msg.json);
      return parsed.ok ? ok({ ...(await importNotes(db, parsed.value.notes)), repeated: parsed.value.repeated }) : parsed;
    }
    case 'history/clear':
      await clearHistory(db);
      return ok(true);
    case 'entity/history':
      return ok(await entityHistory(db, msg.entityId, msg.excludeUrl));
    case 'corrections/save':
      return ok(await saveCorrection(db, { ...msg.correction, url: stripHash(msg.correction.url)!, to: msg.correction.to ?? null, toEnglish: msg.correction.toEnglish ?? null }, deps.now()));
    case 'corrections/delete':
      return ok(await deleteCorrection(db, msg.key));
    case 'corrections/all':
      return ok(await allCorrections(db));
  }
}

export function describe(e: unknown): string {
  if (e instanceof DOMException && e.name === 'QuotaExceededError') return 'storage is full: free space or clear history in the options page';
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}
