// The reader's corrections for a page's annotation, without the wait for the database on a fresh
// install. Opening a new IndexedDB database took 400–1,100 ms after the worker's script ran in the
// page bench (a fresh profile at load 11), and the first page's answer waited up to 110 ms for it
// after the engine was done. Right after an install the database is new (the browser deletes an
// extension's data with it), and until it is open no write can have been made (every write awaits
// the open first), so there is no correction to read: the answer goes with none.
import type { Correction } from '@/lib/protocol/store';

export interface FirstCorrections {
  /** The browser said the extension was just installed (runtime.onInstalled, reason "install"). */
  installed(): void;
  /** The corrections to apply now: none while a just-installed extension's database is opening. */
  read(): Promise<ReadonlyMap<string, Correction>>;
}

/**
 * `open` is the worker's one database open (shared, started once); `read` reads the corrections
 * from the open database. The open is still started, so that it is done when the reader writes.
 */
export function firstCorrections<D>(
  open: () => Promise<D>,
  read: (db: D) => Promise<ReadonlyMap<string, Correction>>,
): FirstCorrections {
  let fresh = false;
  let opened = false;
  return {
    installed() {
      fresh = true;
    },
    read() {
      const db = open();
      if (!opened) void db.then(() => (opened = true)).catch(() => undefined);
      return fresh && !opened ? Promise.resolve(NONE) : db.then(read);
    },
  };
}

const NONE: ReadonlyMap<string, Correction> = new Map();
