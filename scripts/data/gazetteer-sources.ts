// The gazetteer's source files, shared by the compile script and the generators that must not
// add what another source already holds.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GazetteerEntry } from '../../lib/types';

export const GAZETTEER_DATA = fileURLToPath(new URL('../../lib/gazetteer/data', import.meta.url));

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return jsonFiles(p);
    return name.endsWith('.json') ? [p] : [];
  });
}

/** Nisba tables (base → country), not entry lists. */
export const isDemonymFile = (p: string) => p.endsWith('demonyms.generated.json') || p.endsWith('.demonyms.json');

// Curated files first: on a shared id their English name and description win over open data.
const order = (p: string) => (p.includes('/curated/') ? 0 : p.includes('/open/') ? 2 : 1);

/** Every JSON file under lib/gazetteer/data, in merge order. */
export function gazetteerSourceFiles(): string[] {
  return jsonFiles(GAZETTEER_DATA).sort((a, b) => order(a) - order(b) || a.localeCompare(b));
}

/** The entries of every entry file except those named in `except` (absolute paths). */
export function gazetteerEntries(except: readonly string[] = []): GazetteerEntry[] {
  return gazetteerSourceFiles()
    .filter((f) => !isDemonymFile(f) && !except.includes(f))
    .flatMap((f) => JSON.parse(readFileSync(f, 'utf8')) as GazetteerEntry[]);
}
