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

// The bundle and its data folder (written before it): either missing counts as never built.
const built = (() => {
  try {
    return Math.min(statSync(OUT).mtimeMs, statSync(join(dirname(OUT), 'data')).mtimeMs);
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
// Keys of a data file that go to a file of their own, parsed on first access. The name model's
// table of attested spellings (26,000 keys) and its English word list (1.1 MB) are read only when a
// name the gazetteer does not know needs them.
const DEFERRED = { 'lib/translit/model.generated.json': ['table', 'lexicon'] };
// The name model's n-gram counts go as the binary tables of lib/translit/counts-binary.ts instead
// (building them from the JSON took 450-600 ms under load), read when the decoder is first built.
const NAME_COUNTS = { json: 'lib/translit/model.generated.json', file: 'name-counts.bin' };
const NAME_COUNTS_SOURCE = 'lib/engine/name-counts-source.ts';
// The tagger's weights go as the binary file of lib/ner/model/binary.ts, whose arrays the engine
// uses where they lie (the JSON's base64 varints cost 80–100 ms to decode at every start). The
// encoder is TypeScript: bundled here for this one call.
const BINARY = { 'lib/ner/model.generated.json': 'lib/ner/model/binary.ts' };
async function encoderOf(source) {
  const out = await build({ entryPoints: [source], bundle: true, platform: 'node', format: 'esm', write: false });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].contents).toString('base64')}`);
}

const jsonBeside = {
  name: 'json-beside',
  setup(b) {
    b.onLoad({ filter: /name-counts-source\.ts$/ }, (args) => {
      if (relative(process.cwd(), args.path).replace(/\\/g, '/') !== NAME_COUNTS_SOURCE) return undefined;
      const shipped = JSON.stringify(join(process.cwd(), 'lib/engine/shipped-data.ts'));
      const contents =
        `import { readFileSync } from 'node:fs';\n` +
        `import { shippedNameCounts } from ${shipped};\n` +
        `const file = new URL('./data/' + ${JSON.stringify(NAME_COUNTS.file)}, import.meta.url);\n` +
        `export const prebuiltNameCounts = () => shippedNameCounts(readFileSync(file))();\n`;
      return { contents, loader: 'ts', resolveDir: dirname(args.path) };
    });
    b.onLoad({ filter: /\.json$/ }, async (args) => {
      const rel = relative(process.cwd(), args.path).replace(/\\/g, '/');
      const name = rel.replace(/\//g, '-');
      const data = JSON.parse(await readFile(args.path, 'utf8'));
      mkdirSync(DATA, { recursive: true });
      if (rel === NAME_COUNTS.json) {
        const { encodeNameCounts } = await encoderOf('lib/translit/counts-binary.ts');
        writeFileSync(join(DATA, NAME_COUNTS.file), encodeNameCounts(data));
        delete data.ngrams;
      }
      if (BINARY[rel]) {
        const { encodeNerModelBinary, NER_BINARY_FORMAT } = await encoderOf(BINARY[rel]);
        const file = name.replace(/\.json$/, '.bin');
        writeFileSync(join(DATA, file), encodeNerModelBinary(data));
        const [format, f] = [JSON.stringify(NER_BINARY_FORMAT), JSON.stringify(file)];
        const contents =
          `import { readFileSync } from 'node:fs';\n` +
          `export default { format: ${format}, bytes: readFileSync(new URL('./data/' + ${f}, import.meta.url)) };\n`;
        return { contents, loader: 'js' };
      }
      const lines = [
        `import { readFileSync } from 'node:fs';`,
        `const read = (f) => JSON.parse(readFileSync(new URL('./data/' + f, import.meta.url), 'utf8'));`,
        `const data = read(${JSON.stringify(name)});`,
      ];
      for (const key of DEFERRED[rel] ?? []) {
        const file = name.replace(/\.json$/, `.${key}.json`);
        writeFileSync(join(DATA, file), JSON.stringify(data[key]));
        delete data[key];
        const [k, f] = [JSON.stringify(key), JSON.stringify(file)];
        lines.push(
          `let ${key};`,
          `Object.defineProperty(data, ${k}, { enumerable: true, get: () => (${key} ??= read(${f})) });`,
        );
      }
      writeFileSync(join(DATA, name), JSON.stringify(data));
      return { contents: lines.join('\n') + '\nexport default data;\n', loader: 'js' };
    });
  },
};

rmSync(DATA, { recursive: true, force: true });
await build({
  entryPoints: ['scripts/cli/main.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  minify: true,
  outfile: OUT,
  banner: { js: '#!/usr/bin/env node' },
  plugins: [jsonBeside],
  logLevel: 'warning',
});
