// Validates each incoming message and routes it; answers are Result values, never throws.
import type { IDBPDatabase } from 'idb';
import { CONTENT_MESSAGES, parseMessage, type Message } from '@/lib/messages';
import { err, ok, type Result } from '@/lib/result';
import { parseImport } from '@/lib/notes/import';
import type { Settings } from '@/lib/settings';
import type { HamishDB } from './db';
import { allNotes, deleteNote, importNotes, notesForUrl, restoreNote, saveNote } from './notes-store';
import { clearHistory, pagesWithEntity, recentPages, recordPage, trimHistory } from './pages-store';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export interface RouterDeps {
  extensionId: string;
  extensionOrigin: string;
  db: () => Promise<IDBPDatabase<HamishDB>>;
  now: () => number;
  newId: () => string;
  settings: () => Promise<Settings>;
}

export type SenderKind = 'extension-page' | 'content' | 'foreign';

export function classifySender(sender: SenderInfo, deps: RouterDeps): SenderKind {
  if (sender.id !== deps.extensionId) return 'foreign';
  if (sender.url?.startsWith(deps.extensionOrigin) && !sender.tab?.url?.match(/^https?:/)) return 'extension-page';
  if (sender.tab && /^https?:/.test(sender.tab.url ?? sender.url ?? '')) return 'content';
  return sender.url?.startsWith(deps.extensionOrigin) ? 'extension-page' : 'foreign';
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
  if (kind === 'content' && msg.type === 'notes/forPage' && stripHash(msg.url) !== stripHash(sender.tab?.url ?? '')) return err('a page may read only its own notes');
  try {
    return await dispatch(msg, deps);
  } catch (e) {
    return err(describe(e));
  }
}

const stripHash = (url: string) => url.split('#')[0];

async function dispatch(msg: Message, deps: RouterDeps): Promise<Result<unknown>> {
  const db = await deps.db();
  switch (msg.type) {
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
    case 'notes/save':
      return ok(await saveNote(db, { ...msg.draft, url: stripHash(msg.draft.url)! }, msg.id, deps.now(), deps.newId));
    case 'notes/delete':
      return ok(await deleteNote(db, msg.id));
    case 'notes/restore':
      await restoreNote(db, msg.note);
      return ok(msg.note.id);
    case 'notes/import': {
      const parsed = parseImport(msg.json);
      return parsed.ok ? ok(await importNotes(db, parsed.value)) : parsed;
    }
    case 'history/clear':
      await clearHistory(db);
      return ok(true);
    case 'entity/history':
      return ok(await pagesWithEntity(db, msg.entityId, msg.excludeUrl));
    case 'corrections/set':
      if (msg.english) await db.put('corrections', { entityId: msg.entityId, english: msg.english, updated: deps.now() });
      else await db.delete('corrections', msg.entityId);
      return ok(true);
  }
}

export function describe(e: unknown): string {
  if (e instanceof DOMException && e.name === 'QuotaExceededError') return 'storage is full: free space or clear history in the options page';
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}
