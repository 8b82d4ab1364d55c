// `npx tsx scripts/dev/check-engines.ts` (first step of `npm test`): every package npm installs
// from package-lock.json accepts the lowest Node that package.json's `engines.node` declares.
import { readFileSync } from 'node:fs';
import { excluding, floorOf, nodeRange } from './engines';

const project: unknown = JSON.parse(readFileSync('package.json', 'utf8'));
const lock: unknown = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const declared =
  typeof project === 'object' && project !== null && 'engines' in project ? nodeRange(project.engines) : null;
if (declared === null) {
  console.error('package.json declares no engines.node: say which Node the project supports.');
  process.exit(1);
}
if (typeof lock !== 'object' || lock === null || !('packages' in lock) || typeof lock.packages !== 'object') {
  console.error('package-lock.json has no "packages" map (lockfile v2 or later): run `npm install` with npm 7+.');
  process.exit(1);
}
const floor = floorOf(declared);
const packages = { ...lock.packages };
const bad = excluding(packages, floor);
if (bad.length) {
  for (const b of bad) console.error(`${b.path.replace(/^node_modules\//, '')}@${b.version} needs Node ${b.range}`);
  console.error(
    `\n${bad.length} installed package(s) refuse Node ${floor}, the floor of package.json's "${declared}":` +
      ' pin versions that accept it (an "overrides" entry for a nested one), or raise the floor and the README.',
  );
  process.exit(1);
}
console.log(`${Object.keys(packages).length - 1} packages in package-lock.json accept Node ${floor} ("${declared}")`);
