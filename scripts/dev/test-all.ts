// `npm test`: every check, in order, stopping at the first failure.
import { spawnSync } from 'node:child_process';
import { chromiumPath, firefoxPath, HOW_TO_GET } from '../../tests/support/browsers';

const missing = [!chromiumPath() && 'Chromium', !firefoxPath() && 'Firefox'].filter(Boolean);
if (missing.length) {
  console.error(`hamish: the end-to-end tests need ${missing.join(' and ')}, not found; ${HOW_TO_GET}.`);
  process.exit(1);
}

// A failing step may say how to fix it (the third field), printed after its own output.
const steps: [name: string, cmd: string, fix?: string][] = [
  ['Node versions (engines)', 'tsx scripts/dev/check-engines.ts'],
  ['type check', 'npm run -s typecheck'],
  ['lint', 'npm run -s lint'],
  ['unused code (knip)', 'npm run -s knip', 'delete what knip lists, or list it in knip.json if a tool uses it'],
  ['unit tests', 'npm run -s test:unit'],
  ['build (Chrome)', 'npm run -s build'],
  ['build (Firefox)', 'npm run -s build:firefox'],
  ['end-to-end (Chromium)', 'npm run -s test:e2e:chromium'],
  ['end-to-end (Firefox)', 'npm run -s test:e2e:firefox'],
  ['web-ext lint (Firefox build)', 'npm run -s lint:firefox'],
  // Last, so that an unformatted tree still runs every other check first.
  [
    'format and line length',
    'npm run -s format:check',
    'run `npm run format`, then break by hand what it leaves over 120 characters',
  ],
];

for (const [name, cmd, fix] of steps) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}: ${cmd}`);
  const r = spawnSync(cmd, { stdio: 'inherit', shell: true });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`✖ ${name} failed (${secs} s)${fix ? `: ${fix}` : ''}`);
    process.exit(r.status ?? 1);
  }
  console.log(`✔ ${name} (${secs} s)`);
}
console.log('\nAll checks passed.');
