// What a card shows from the reader's store: the newest notes on the name with how many there are,
// and the earlier articles that named it. The background reads them when the content script asks
// for the card (the card frame does not ask again), and keeps them for the last names hovered, so
// hovering a name again sends the card whole at once. Every write that can change what a kept
// entry holds forgets it (router.ts): a note saved, edited, deleted or restored, an import,
// "Delete all" and its undo, a page recorded, the history trimmed or cleared.
import type { IDBPDatabase } from 'idb';
import {
  CARD_HISTORY,
  CARD_NOTES,
  NOTE_COUNT_CAP,
  type CardExtras,
  type CardPayload,
  type EarlierPage,
} from '@/lib/protocol/card';
import type { Note } from '@/lib/protocol/note';
import type { HamishDB } from './db';
import { notesForUrl } from './notes-store';
import { entityHistory } from './pages-store';

/** Where a page of notes ends: the time and id of its last note. */
type NoteKey = [number, string];

const entityRange = (entityId: string, before: NoteKey | null) =>
  IDBKeyRange.bound(
    [entityId, -Infinity, ''],
    before ? [entityId, before[0], before[1]] : [entityId, Infinity, ''],
    false,
    before !== null,
  );

/**
 * An entity's notes newest first, older than `before`: `limit` of them, or all. A key cursor steps
 * back past the newest `limit` keys and one getAll reads them: three requests however many notes
 * the name has, never one per note.
 */
export async function entityNotes(
  db: IDBPDatabase<HamishDB>,
  entityId: string,
  before: NoteKey | null,
  limit = Infinity,
): Promise<Note[]> {
  const index = db.transaction('notes').store.index('by-entity-time');
  let range = entityRange(entityId, before);
  if (Number.isFinite(limit)) {
    const cursor = await index.openKeyCursor(range, 'prev');
    const past = cursor && (await cursor.advance(limit));
    if (past) range = IDBKeyRange.bound(past.key, range.upper, true, range.upperOpen);
  }
  return (await index.getAll(range)).reverse();
}

/**
 * How many notes an entity has, counted up to NOTE_COUNT_CAP: a key cursor steps back that far
 * (no note read), so a name in 33,000 notes costs what one in a thousand does. Null past the cap.
 */
export async function entityNoteCount(db: IDBPDatabase<HamishDB>, entityId: string): Promise<number | null> {
  const index = db.transaction('notes').store.index('by-entity-time');
  const range = entityRange(entityId, null);
  const cursor = await index.openKeyCursor(range, 'prev');
  if (cursor && (await cursor.advance(NOTE_COUNT_CAP))) return null;
  return index.count(range);
}

/** The notes on one passage of a page (no entity), newest first. */
async function passageNotes(db: IDBPDatabase<HamishDB>, card: CardPayload): Promise<Note[]> {
  const url = card.page.url.split('#')[0]!;
  const all = await notesForUrl(db, url);
  return all.filter((n) => !n.entity && n.quote.exact === card.quote.exact).sort((a, b) => b.updated - a.updated);
}

/** What is kept per entity: one more earlier article than shown, as one of them may be the card's own page. */
interface Kept {
  notes: Note[];
  noteCount: number | null;
  history: EarlierPage[];
}

/** How long each part of the last read took, in ms (for the bench build's record). */
export interface ReadTimes {
  notes: number;
  history: number;
}

export class CardData {
  private readonly kept = new Map<string, Kept>();
  /** Reads under way, which a card asked for meanwhile joins. */
  private readonly reading = new Map<string, Promise<Kept>>();
  /** Bumped by every forget: a read that started before one is not kept (it may be stale). */
  private generation = 0;

  constructor(
    private readonly db: () => Promise<IDBPDatabase<HamishDB>>,
    private readonly size = 32,
    private readonly timed?: (t: ReadTimes) => void,
  ) {}

  /** The card's extras when they are kept, else null. */
  atHand(card: CardPayload): CardExtras | null {
    const id = card.entity?.id;
    const kept = id === undefined ? undefined : this.kept.get(id);
    if (!kept) return null;
    // Most recently used last, so the oldest is the one dropped.
    this.kept.delete(id!);
    this.kept.set(id!, kept);
    return serve(kept, card.page.url);
  }

  async read(card: CardPayload): Promise<CardExtras> {
    if (card.entity) return serve(await this.entity(card.entity.id), card.page.url);
    const notes = await passageNotes(await this.db(), card);
    return { notes: notes.slice(0, CARD_NOTES), noteCount: notes.length, history: [] };
  }

  /**
   * Starts reading a name's extras while the reader is still on the hover delay, so that its card
   * goes out whole; nothing when they are kept or on their way.
   */
  prefetch(entityId: string): void {
    if (!this.kept.has(entityId)) void this.entity(entityId).catch(() => undefined);
  }

  private entity(id: string): Promise<Kept> {
    const under = this.reading.get(id);
    if (under) return under;
    const generation = this.generation;
    const read = this.readEntity(id)
      .then((kept) => {
        if (generation === this.generation) {
          this.kept.set(id, kept);
          if (this.kept.size > this.size) this.kept.delete(this.kept.keys().next().value!);
        }
        return kept;
      })
      .finally(() => {
        if (this.reading.get(id) === read) this.reading.delete(id);
      });
    this.reading.set(id, read);
    return read;
  }

  private async readEntity(id: string): Promise<Kept> {
    const db = await this.db();
    const t0 = performance.now();
    const times: ReadTimes = { notes: 0, history: 0 };
    const [[notes, noteCount], history] = await Promise.all([
      Promise.all([entityNotes(db, id, null, CARD_NOTES), entityNoteCount(db, id)]).finally(
        () => (times.notes = performance.now() - t0),
      ),
      entityHistory(db, id, null, CARD_HISTORY + 1).finally(() => (times.history = performance.now() - t0)),
    ]);
    this.timed?.(times);
    return { notes, noteCount, history: history.map((m) => ({ date: m.date, title: m.title, url: m.url })) };
  }

  /** Forgets what is kept, or being read, for these entities (undefined: a note on a passage), or for all. */
  forget(entityIds: readonly (string | undefined)[] | 'all'): void {
    this.generation++;
    if (entityIds === 'all') {
      this.kept.clear();
      this.reading.clear();
      return;
    }
    for (const id of entityIds) {
      if (id === undefined) continue;
      this.kept.delete(id);
      this.reading.delete(id);
    }
  }
}

function serve(kept: Kept, pageUrl: string): CardExtras {
  return {
    notes: kept.notes,
    noteCount: kept.noteCount,
    history: kept.history.filter((h) => h.url !== pageUrl).slice(0, CARD_HISTORY),
  };
}
