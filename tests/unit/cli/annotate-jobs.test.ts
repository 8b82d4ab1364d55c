// Folders, --jobs and the progress line of the bundled command line (npm run build:cli first:
// these run .output/cli/annotate.mjs as a child process, as a user runs it).
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Progress } from '../../../scripts/cli/annotate-jobs';

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
  // A folder with a file that cannot be read (a link to nowhere) and a page nested 50,000 deep
  // (once beyond the call stack of the HTML conversion, which took the whole run down).
  mkdirSync(join(dir, 'mixed'));
  writeFileSync(join(dir, 'mixed', 'a.txt'), `وصل الوفد إلى ${CITIES[0]} أمس.`);
  symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'mixed', 'b.txt'));
  const deep = 50_000;
  writeFileSync(
    join(dir, 'mixed', 'c.html'),
    `<html><body>${'<div>'.repeat(deep)}وصل الوفد إلى ${CITIES[1]} أمس.${'</div>'.repeat(deep)}</body></html>`,
  );
  writeFileSync(join(dir, 'mixed', 'd.txt'), `وصل الوفد إلى ${CITIES[2]} أمس.`);
  writeFileSync(join(dir, 'page.html'), `<html><body><p>وصل الوفد إلى ${CITIES[3]} أمس.</p></body></html>`);
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

  it('a folder gives byte for byte the same output with --jobs 1 and --jobs 2', () => {
    const one = run(['--jobs', '1', join(dir, 'news')]);
    const two = run(['--jobs', '2', join(dir, 'news')]);
    expect(one.status, one.stderr).toBe(0);
    expect(two.status, two.stderr).toBe(0);
    expect(one.lines).toHaveLength(CITIES.length);
    expect(two.stdout).toBe(one.stdout);
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

  it.each([
    ['one thread', []],
    ['--jobs 2', ['--jobs', '2']],
  ])('%s: a file that cannot be read is named on stderr and the folder goes on', (_name, flags) => {
    const r = run([...flags, join(dir, 'mixed')]);
    expect(r.status).toBe(2);
    expect(r.lines.map((l) => [l.file.slice(dir.length), l.entities.map((e) => e.text).join()])).toEqual([
      ['/mixed/a.txt', CITIES[0]],
      ['/mixed/c.html', CITIES[1]],
      ['/mixed/d.txt', CITIES[2]],
    ]);
    // The failure once, in its turn: progress lines (one every 5 s on a slow machine) count it only
    // after it is named; the last line is the total.
    const lines = r.stderr.trim().split('\n');
    const failure = `annotate: cannot read ${join(dir, 'mixed', 'b.txt')}: ENOENT`;
    expect(lines.filter((l) => l === failure)).toHaveLength(1);
    const at = lines.indexOf(failure);
    for (const l of lines.slice(0, at)) expect(l).toMatch(/^annotated [0-3]\/4 files, .* s left$/);
    for (const l of lines.slice(at + 1, -1)) expect(l).toMatch(/^annotated [1-4]\/4 files \(1 failed\), .* s left$/);
    expect(lines.at(-1)).toMatch(/^annotated 4\/4 files \(1 failed\), [\d.]+ MB, [\d.]+ MB\/s$/);
  });

  it('--jobs auto runs, with the same lines', () => {
    const files = [join(dir, 'news', '0.txt'), join(dir, 'news', '1.txt')];
    const r = run(['--jobs', 'auto', ...files]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.lines.map((l) => l.entities.map((e) => e.text).join())).toEqual(CITIES.slice(0, 2));
  });

  it.each([
    ['one thread', []],
    ['--jobs 2', ['--jobs', '2']],
  ])('%s: stops quietly with exit 0 when the reader closes the output after one line', async (_name, flags) => {
    // The second line (3,000 names) is far beyond what a pipe holds: writing it must meet the close.
    const big = join(dir, 'big.txt');
    writeFileSync(big, `وصل الوفد إلى ${CITIES[0]} أمس. `.repeat(3000));
    const child = spawn('node', ['.output/cli/annotate.mjs', ...flags, join(dir, 'news', '0.txt'), big]);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  });

  // The HTML conversion has a phase of its own, only where a page was converted.
  const n = String.raw`[\d,]+`;
  it.each([
    ['a text file', ['news', '0.txt'], `start ${n}, read ${n}, engine data ${n}, engine ${n}, json ${n}, write ${n}`],
    ['a page', ['page.html'], `start ${n}, read ${n}, engine data ${n}, html ${n}, engine ${n}, json ${n}, write ${n}`],
  ])(
    '--timing adds one line on stderr saying where the CPU time went, and changes no output: %s',
    (_, path, phases) => {
      const file = join(dir, ...path);
      const plain = run([file]);
      const timed = run(['--timing', file]);
      expect(timed.stdout).toBe(plain.stdout);
      expect(timed.stdout).toContain('"entities":[{');
      expect(timed.stderr).toMatch(new RegExp(`^annotate: CPU ms: ${phases} \\(total ${n}\\)\n$`));
    },
  );

  it('stops with one clear line and exit 1 when the engine data beside the bundle is missing', () => {
    const alone = mkdtempSync(join(tmpdir(), 'hamish-cli-alone-'));
    copyFileSync('.output/cli/annotate.mjs', join(alone, 'annotate.mjs'));
    const r = spawnSync('node', [join(alone, 'annotate.mjs'), join(dir, 'news', '0.txt')], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^annotate: ENOENT.*data.*\(npm run build:cli rebuilds the bundle\)$/),
    ]);
  });

  it("reads the name model's n-gram tables and spelling table only when a name needs them", () => {
    const copy = mkdtempSync(join(tmpdir(), 'hamish-cli-lazy-'));
    cpSync('.output/cli', copy, { recursive: true });
    // The tables as the binary file of lib/translit/counts-binary.ts, the spellings as JSON.
    const deferred = readdirSync(join(copy, 'data')).filter((f) => /^name-counts\.bin$|\.table\.json$/.test(f));
    expect(deferred).toHaveLength(2);
    for (const f of deferred) rmSync(join(copy, 'data', f));
    const known = join(dir, 'news', '0.txt');
    const r = spawnSync('node', [join(copy, 'annotate.mjs'), known], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(run([known]).stdout);
    // A name no list holds needs the model: without its files that file fails, by name, alone.
    const unknown = join(dir, 'unknown.txt');
    writeFileSync(unknown, 'قال المتحدث زكريا الخطابي إن الوفد وصل.');
    const u = spawnSync('node', [join(copy, 'annotate.mjs'), unknown, known], { encoding: 'utf8' });
    expect(u.status).toBe(2);
    expect(u.stderr).toMatch(new RegExp(`^annotate: cannot annotate ${unknown}: ENOENT`));
    expect(u.stdout).toBe(run([known]).stdout);
  });

  it.each([['0'], ['-2'], ['many'], ['']])('refuses --jobs %j', (v) => {
    const r = run(['--jobs', v, join(dir, 'news', '0.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--jobs needs a number of worker threads');
  });
});

describe('the progress line', () => {
  const lines = (isTTY: boolean, steps: [number, boolean, number][], total = steps.length) => {
    let t = 0;
    const out: string[] = [];
    const p = new Progress(total, { isTTY, write: (s: string) => out.push(s) > 0 }, () => t);
    for (const [bytes, failed, at] of steps) {
      t = at;
      p.step(bytes, failed);
    }
    return out;
  };

  it('off a terminal: a line every 5 s with the time left, and one at the end with the failures', () => {
    expect(
      lines(false, [
        [500_000, false, 1000],
        [500_000, true, 5000],
        [1_000_000, false, 6000],
        [1_000_000, false, 10_000],
      ]),
    ).toEqual([
      'annotated 2/4 files (1 failed), 1.0 MB, 0.2 MB/s, about 5 s left\n',
      'annotated 4/4 files (1 failed), 3.0 MB, 0.3 MB/s\n',
    ]);
  });

  it('on a terminal: rewritten in place, ending the line when done', () => {
    expect(
      lines(true, [
        [1_000_000, false, 100],
        [1_000_000, false, 300],
        [1_000_000, false, 400],
      ]),
    ).toEqual([
      '\rannotated 2/3 files, 2.0 MB, 6.7 MB/s, about 1 s left\x1b[K',
      '\rannotated 3/3 files, 3.0 MB, 7.5 MB/s\x1b[K\n',
    ]);
  });
});
