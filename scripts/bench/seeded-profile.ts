// A browser profile seeded once through the extension's own messages and reused by later runs:
// seeding 100,000 notes takes minutes, measuring them seconds. Each run works on a fresh copy, so
// what one run does (a reload, an export) never reaches the next. The key names what was seeded,
// the database version and the extension's directory (Chromium derives the extension's id, and so
// its storage, from that path). HAMISH_BENCH_FRESH=1 seeds again.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DB_VERSION } from '../../entrypoints/background/db';

const CACHE = resolve(import.meta.dirname, '../../.output/bench/profiles');

interface SeededProfile {
  /** A fresh profile directory: a copy of the seeded one, or empty. */
  dir: string;
  /** Whether `dir` already holds the seeded store. */
  seeded: boolean;
  /** Whether `dir`, not seeded, holds the store of the `base` profile to seed on from. */
  based: boolean;
  /** Keeps `dir` (closed, after seeding) for the next run. */
  keep(): void;
  remove(): void;
}

/** `base`: a profile kept earlier that this one adds to (seeded on from it when this one is not kept). */
export function seededProfile(what: string, extensionDir: string, base?: string): SeededProfile {
  const path = createHash('sha256').update(resolve(extensionDir)).digest('hex').slice(0, 12);
  const keptAs = (name: string) => join(CACHE, `${name}-db${DB_VERSION}-${path}`);
  const cached = keptAs(what);
  const dir = mkdtempSync(join(tmpdir(), 'hamish-bench-'));
  const seeded = process.env.HAMISH_BENCH_FRESH !== '1' && existsSync(cached);
  const based = !seeded && base !== undefined && existsSync(keptAs(base));
  if (seeded || based) {
    cpSync(seeded ? cached : keptAs(base!), dir, { recursive: true });
    forgetWorkers(dir);
  }
  return {
    dir,
    seeded,
    based,
    keep: () => {
      rmSync(cached, { recursive: true, force: true });
      // Not the registered worker: Chromium would run that copy of the background, not the build's.
      cpSync(dir, cached, { recursive: true, filter: (p) => !/[/\\](Service Worker|Code Cache)$/.test(p) });
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * The copy holds no registered worker (see keep), but its preferences still say the extension's
 * worker is registered: Chromium then skips registering it and fails to start it (DidStartWorkerFail).
 * Forgetting that record makes it register the build's worker afresh.
 */
function forgetWorkers(dir: string) {
  const file = join(dir, 'Default', 'Preferences');
  if (!existsSync(file)) return;
  const prefs = JSON.parse(readFileSync(file, 'utf8')) as {
    extensions?: { settings?: Record<string, Record<string, unknown>> };
  };
  for (const ext of Object.values(prefs.extensions?.settings ?? {})) delete ext.service_worker_registration_info;
  writeFileSync(file, JSON.stringify(prefs));
}
