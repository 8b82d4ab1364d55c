// Folders, --jobs and the progress line of the bundled command line (npm run build:cli first:
// these run .output/cli/annotate.mjs as a child process, as a user runs it).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'hamish-cli-jobs-'));
const CITIES = ['القاهرة', 'بغداد', 'دمشق', 'الرياض', 'موسكو', 'باريس', 'الخرطوم'];

beforeAll(() => {
  const b = spawnSync('npm', ['run', '-s', 'build:cli'], { cwd: process.cwd(), encoding: 'utf8' });
  expect(b.status, b.stderr).toBe(0);
  mkdirSync(join(dir, 'news', 'deeper'), { recursive: true });
  CITIES.forEach((c, i) =>
    writeFileSync(join(dir, 'news', i < 4 ? '' : 'deeper', `${i}.txt`), `وصل الوفد إلى ${c} أمس.\n`),
  );
  writeFileSync(join(dir, 'news', 'notes.md'), 'ليس مقالا');
}, 120_000);

function run(args: string[]) {
  const r = spawnSync('node', ['.output/cli/annotate.mjs', ...args], {
    cwd: process.cwd(),
    encoding: 'utf8',
    timeout: 120_000,
  });
  return {
    ...r,
    lines: r.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { file: string; entities: { text: string }[] }),
  };
}

describe('annotate over a folder', { timeout: 180_000 }, () => {
  it.each([
    ['one thread', []],
    ['--jobs 3', ['--jobs', '3']],
  ])('%s: every .txt/.html under it, in sorted order, other files left out, with a progress line', (_name, flags) => {
    const r = run([...flags, join(dir, 'news')]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.lines.map((l) => l.file.slice(dir.length))).toEqual([
      '/news/0.txt',
      '/news/1.txt',
      '/news/2.txt',
      '/news/3.txt',
      '/news/deeper/4.txt',
      '/news/deeper/5.txt',
      '/news/deeper/6.txt',
    ]);
    expect(r.lines.map((l) => l.entities.map((e) => e.text).join())).toEqual(CITIES);
    expect(r.stderr).toMatch(/annotated 7\/7 files, [\d.]+ MB, [\d.]+ MB\/s\n$/);
  });

  it('--jobs gives the same lines as one thread, and an unreadable file is reported in its turn', () => {
    const files = [join(dir, 'news', '0.txt'), join(dir, 'missing.txt'), join(dir, 'news', '1.txt')];
    const one = run(files);
    const many = run(['--jobs=2', ...files]);
    expect(many.stdout).toBe(one.stdout);
    expect(many.status).toBe(2);
    expect(many.stderr).toContain(`cannot read ${join(dir, 'missing.txt')}: ENOENT`);
    expect(many.stderr).not.toContain('annotated'); // no folder, no --progress: no progress line
  });

  it.each([['0'], ['-2'], ['many'], ['']])('refuses --jobs %j', (v) => {
    const r = run(['--jobs', v, join(dir, 'news', '0.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--jobs needs a number of worker threads');
  });
});
