// Reading an everypolitician-data checkout, or a bare git snapshot of it, for the generators that
// take its Wikidata extracts (gen-gazetteer-people.ts, scripts/train/translit/gen-label-pairs.ts).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Snapshot {
  /** A file's text, by its path in the repository. */
  read(rel: string): string;
  /** Every file path under data/. */
  list(): string[];
}

/** A checkout is read from disk; a bare snapshot (git dir) through git itself. */
export function openSnapshot(src: string): Snapshot {
  const bare = !existsSync(join(src, 'data')) && existsSync(join(src, 'objects'));
  const git = (args: string[]) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  return {
    read: (rel) =>
      bare ? git(['--git-dir', src, 'cat-file', '-p', `HEAD:${rel}`]) : readFileSync(join(src, rel), 'utf8'),
    list: () =>
      (bare
        ? git(['--git-dir', src, 'ls-tree', '-r', '--name-only', 'HEAD', 'data'])
        : git(['-C', src, 'ls-files', 'data'])
      ).split('\n'),
  };
}

/** The Wikidata extract of each house: data/<Country>/<House>/sources/morph/wikidata.csv. */
export const isWikidataExtract = (file: string): boolean =>
  /^data\/[^/]+\/[^/]+\/sources\/morph\/wikidata\.csv$/.test(file);
