// Bundles the command line (scripts/cli/annotate.ts) into one file that runs with node alone, as the
// extension's build bundles the engine: .output/cli/annotate.mjs, with the engine's data in
// .output/cli/data/.
//   node scripts/cli/build-cli.mjs [--if-stale]   (--if-stale: only when a source is newer than the bundle)
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
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

// The engine's data (a few MB of JSON) ships beside the bundle as plain JSON files, read and
// parsed when a module needs them: JSON.parse reads data several times faster than a JavaScript
// engine compiles the same data written into the source (as object literals or as one long string
// literal), and a run that needs no engine (a bad flag, --help) reads none of it.
const DATA = join(dirname(OUT), 'data');
const jsonBeside = {
  name: 'json-beside',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, async (args) => {
      const name = relative(process.cwd(), args.path).replace(/[\\/]/g, '-');
      mkdirSync(DATA, { recursive: true });
      writeFileSync(join(DATA, name), JSON.stringify(JSON.parse(await readFile(args.path, 'utf8'))));
      const file = JSON.stringify(`./data/${name}`);
      return {
        contents:
          `import { readFileSync } from 'node:fs';\n` +
          `export default JSON.parse(readFileSync(new URL(${file}, import.meta.url), 'utf8'));`,
        loader: 'js',
      };
    });
  },
};

rmSync(DATA, { recursive: true, force: true });
await build({
  entryPoints: ['scripts/cli/annotate.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  minify: true,
  outfile: OUT,
  banner: { js: '#!/usr/bin/env node' },
  plugins: [jsonBeside],
  logLevel: 'warning',
});
