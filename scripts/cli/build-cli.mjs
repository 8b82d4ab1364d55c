// Bundles the command line (scripts/cli/annotate.ts) into one file that runs with node alone, as the
// extension's build bundles the engine: .output/cli/annotate.mjs. The engine's data (a few MB of
// JSON) goes in as JSON.parse of a string, which a JavaScript engine reads several times faster
// than the same data written as object literals: that is most of the start time.
//   node scripts/cli/build-cli.mjs [--if-stale]   (--if-stale: only when a source is newer than the bundle)
import { readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';

const OUT = '.output/cli/annotate.mjs';

/** Newest modification time of the sources the bundle is made of (lib/, scripts/, the lock file). */
function newestSource() {
  let newest = statSync('package-lock.json').mtimeMs;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|json|mjs)$/.test(e.name)) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  walk('lib');
  walk('scripts');
  return newest;
}

const built = (() => {
  try {
    return statSync(OUT).mtimeMs;
  } catch {
    return 0;
  }
})();
if (process.argv.includes('--if-stale') && built > newestSource()) process.exit(0);

const jsonAsParse = {
  name: 'json-as-parse',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      return { contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))});`, loader: 'js' };
    });
  },
};

await build({
  entryPoints: ['scripts/cli/annotate.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  minify: true,
  outfile: OUT,
  banner: { js: '#!/usr/bin/env node' },
  plugins: [jsonAsParse],
  logLevel: 'warning',
});
