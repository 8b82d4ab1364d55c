// Validates each incoming message and routes it; answers are Result values, never throws.
import type { IDBPDatabase } from 'idb';
import { CONTENT_MESSAGES, parseMessage, type Message } from '@/lib/messages';
import { err, ok, type Result } from '@/lib/result';
import type { HamishDB } from './db';
import { recentPages, recordPage } from './pages-store';

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
  try {
    return await dispatch(msg, deps);
  } catch (e) {
    return err(describe(e));
  }
}

async function dispatch(msg: Message, deps: RouterDeps): Promise<Result<unknown>> {
  switch (msg.type) {
    case 'page/seen': {
      const rec = await recordPage(await deps.db(), msg.page, deps.now());
      return ok({ url: rec.url, entities: rec.entities.length });
    }
    case 'pages/recent':
      return ok(await recentPages(await deps.db(), msg.limit));
  }
}

export function describe(e: unknown): string {
  if (e instanceof DOMException && e.name === 'QuotaExceededError') return 'storage is full: free space or clear history in the options page';
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}
