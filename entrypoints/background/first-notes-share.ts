// The popup's first page of notes, shared in `storage.session` (memory only; extension pages and
// the background, never content scripts): an opening popup reads it there with one call to the
// browser, so its first rows neither wait for a message round trip nor for a stopped worker to
// start. The page shared is the one notes-index keeps; every write of the notes removes it before
// the write begins, and it is read again a moment after the last write, so the next popup finds it.
import { FIRST_NOTES, FIRST_NOTES_KEY } from '@/lib/protocol/first-notes';
import type { NotesPage } from './notes-index';

export interface SessionArea {
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}

/** After the last write of a burst (an import, a save), how long to wait before reading the page again. */
const REFILL_DELAY = 1000;

let area: SessionArea | null = null;
let refill: (() => Promise<unknown>) | null = null;
let refillDelay = REFILL_DELAY;
let refillTimer: ReturnType<typeof setTimeout> | undefined;
/** The last change to the area: later ones are made after it (the browser runs them in order). */
let last: Promise<unknown> = Promise.resolve();

/**
 * Shares first pages in `session` from now on; `read` reads the first page again (through
 * notes-index, which then shares it). Null stops sharing (the unit tests of other parts).
 */
export function shareFirstNotesIn(
  session: SessionArea | null,
  read: (() => Promise<unknown>) | null = null,
  delay = REFILL_DELAY,
) {
  area = session;
  refill = read;
  refillDelay = delay;
  clearTimeout(refillTimer);
}

/** The answer to FIRST_NOTES just read and kept by notes-index (pages of other sizes are not shared). */
export function shareFirstNotes(limit: number, page: NotesPage) {
  if (!area || limit !== FIRST_NOTES.limit) return;
  last = area.set({ [FIRST_NOTES_KEY]: { ok: true, value: page } }).catch(() => undefined);
}

/** A write of the notes begins: the shared page is removed now, and read again after the writes. */
export function unshareFirstNotes() {
  if (!area) return;
  last = area.remove(FIRST_NOTES_KEY).catch(() => undefined);
  clearTimeout(refillTimer);
  const read = refill;
  if (read) refillTimer = setTimeout(() => void read().catch(() => undefined), refillDelay);
}

/**
 * Settles when the last change to the shared page is made: the router answers a write only after
 * it, so a popup opened once the reader is told "saved" cannot find the page from before.
 */
export const firstNotesSettled = () => last;
