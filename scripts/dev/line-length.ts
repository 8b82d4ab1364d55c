// `npm run -s lines`: no line of the project's own code is longer than 120 characters. Prettier
// wraps code at that width but cannot wrap a long string, comment or regular expression; this
// finds those. Characters are counted, not bytes, so Arabic text is measured as it reads.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const MAX = 120;
const SOURCES = ['*.ts', '*.tsx', '*.mjs', '*.js', '*.css'];
// Generated files and the test pages (whose bytes are the fixture) are not written by hand, and
// highlights.css holds highlightCss()'s output one rule per line (a unit test keeps the two equal).
const skipped = (path: string): boolean =>
  path.includes('.generated.') || path.startsWith('tests/pages/') || path === 'entrypoints/content/highlights.css';

const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...SOURCES], {
  encoding: 'utf8',
});
const long: string[] = [];
for (const path of listed.split('\0')) {
  if (!path || skipped(path)) continue;
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const width = [...line].length;
      if (width > MAX) long.push(`${path}:${i + 1}: ${width} characters`);
    });
}
if (long.length) {
  console.error(long.join('\n'));
  console.error(
    `\n${long.length} lines longer than ${MAX} characters: run \`npm run format\` first, then break by hand`,
  );
  console.error('what it leaves (long strings, comments, regular expressions).');
  process.exit(1);
}
console.log(`no line longer than ${MAX} characters`);
