// Compiles every lib/gazetteer/data/**/*.json (open, curated, extra; *.demonyms.json are nisba tables) into
// lib/gazetteer/compiled.generated.json and prints its figures:
//   npx tsx scripts/data/build-gazetteer.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import type { GazetteerEntry } from '../../lib/types';
import { compileGazetteer, mergeEntries, unresolvedForms, type Demonym } from '../../lib/gazetteer/compile';
import { gazetteerSourceFiles, isDemonymFile } from './gazetteer-sources';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = join(ROOT, 'lib/gazetteer/compiled.generated.json');
const files = gazetteerSourceFiles();

const entries: GazetteerEntry[] = [];
let demonyms: Record<string, Demonym> = {};
for (const f of files) {
  const rel = relative(ROOT, f);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(f, 'utf8'));
  } catch (err) {
    console.error(`SKIPPED ${rel}: ${(err as Error).message}`);
    continue;
  }
  if (isDemonymFile(f)) {
    demonyms = { ...demonyms, ...(data as Record<string, Demonym>) };
    continue;
  }
  if (!Array.isArray(data)) {
    console.error(`SKIPPED ${rel}: not an array of entries`);
    continue;
  }
  entries.push(...(data as GazetteerEntry[]));
  console.log(`${rel}: ${data.length}`);
}

const { problems } = mergeEntries(entries);
for (const p of problems) console.warn(`merge: ${p}`);
const compiled = compileGazetteer(entries, demonyms);
const unresolved = unresolvedForms(compiled);
for (const u of unresolved) console.warn(`unresolved form ${u}`);

const body = JSON.stringify(compiled);
writeFileSync(OUT, body + '\n');
const bytes = Buffer.byteLength(body);
const gz = gzipSync(body).length;
// Keys with no candidates only begin longer forms.
const forms = compiled.keys.filter((_, k) => compiled.offsets[k]! < compiled.offsets[k + 1]!).length;
console.log(
  `entries ${compiled.entries.length}, forms ${forms}, ` + `demonyms ${Object.keys(compiled.demonyms).length}`,
);
console.log(`compiled.generated.json: ${bytes} bytes, ${gz} gzip bytes`);

// Load time in a fresh process: reading the file, JSON.parse and building the lookup index.
// CPU time is printed beside wall time because the build machine is often shared.
const probe = `
import { readFileSync } from 'node:fs';
import { loadGazetteer } from './lib/gazetteer/load';
const c0 = process.cpuUsage();
const t0 = performance.now();
const g = loadGazetteer(JSON.parse(readFileSync('lib/gazetteer/compiled.generated.json', 'utf8')));
const t1 = performance.now();
const cpu = process.cpuUsage(c0);
const cpuMs = (cpu.user + cpu.system) / 1000;
console.log('load ' + (t1 - t0).toFixed(1) + ' ms wall, ' + cpuMs.toFixed(1) + ' ms CPU (' + g.size + ' entries)');
`;
const out = execFileSync('npx', ['tsx', '--eval', probe], { cwd: ROOT, encoding: 'utf8' });
console.log(out.trim());
if (unresolved.length || problems.length) process.exitCode = 1;
