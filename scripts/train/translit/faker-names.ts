// Writes the person names of @faker-js/faker's locales (MIT; NOTICE) as a word list for
// gen-translit.ts --lexicon, one name a line, plain a–z:
//   npm pack @faker-js/faker@10.6.0 && tar xzf faker-js-faker-10.6.0.tgz
//   npx tsx scripts/train/translit/faker-names.ts package > faker-names.txt
// The package is read where it was unpacked, not installed: the project does not depend on it.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fakerPersonNames } from './name-lists';

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: faker-names.ts <unpacked @faker-js/faker package folder>');
  const exports = (await import(pathToFileURL(join(resolve(dir), 'dist/index.js')).href)) as Record<string, unknown>;
  const names = fakerPersonNames(exports).sort();
  process.stdout.write(names.join('\n') + '\n');
  console.error(`${names.length} names`);
}

void main();
