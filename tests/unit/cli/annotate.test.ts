// The command line contract of `npm run -s annotate -- [--published YYYY-MM-DD] FILE...`, run as a
// child process on temporary files (the real engine data loads, so these take a few seconds).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '@/lib/engine/types';
import { annotateOutcome } from '../../../scripts/cli/annotate';

const ROOT = process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'hamish-cli-'));
const TXT = join(dir, 'story.txt');
const BOM = join(dir, 'bom.txt');
const HTML = join(dir, 'page.html');
const NOEXT = join(dir, 'page-without-extension');
const TXT_BODY =
  'قال الرئيس الروسي فلاديمير بوتين في موسكو أمس إن العلاقات مع الصين جيدة، ' +
  'وأكدت وزارة الخارجية الروسية ذلك في 3 مارس 2024.\n';
const HTML_BODY = `<!doctype html><html lang="ar"><head><meta charset="utf-8">
<meta property="article:published_time" content="2023-11-20T08:00:00Z"><title>خبر</title></head>
<body><nav><a href="/">الرئيسية</a> <a href="/x">باريس</a></nav>
<article><h1>زيارة إلى القاهرة</h1><p>وصل وزير الخارجية التركي إلى القاهرة أمس لبحث الوضع في غزة مع نظيره المصري.</p>
<p>وقالت الأمم المتحدة إن المساعدات ستصل قريبا إلى رفح.</p></article>
<footer>جميع الحقوق محفوظة لبغداد</footer></body></html>`;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  lines: Record<string, unknown>[];
}
function run(args: string[], input?: string): Run {
  const r = spawnSync('npm', ['run', '-s', 'annotate', '--', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input,
    timeout: 120_000,
  });
  const lines = r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, lines };
}

const ENTITY_KEYS = ['start', 'end', 'text', 'type', 'english', 'romanized', 'id', 'known'];
const DATE_KEYS = ['start', 'end', 'text', 'value', 'calendar'];
type Ent = {
  start: number;
  end: number;
  text: string;
  type: string;
  english: string | null;
  romanized: string;
  id: string;
  known: boolean;
};
type Dt = { start: number; end: number; text: string; value: string; calendar: string };

function checkShape(obj: Record<string, unknown>, text: string): void {
  for (const e of obj.entities as Ent[]) {
    expect(Object.keys(e)).toEqual(ENTITY_KEYS);
    expect(['person', 'place', 'organization']).toContain(e.type);
    expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(typeof e.romanized).toBe('string');
    expect(typeof e.known).toBe('boolean');
    expect(e.english === null || typeof e.english === 'string').toBe(true);
  }
  for (const d of obj.dates as Dt[]) {
    expect(Object.keys(d)).toEqual(DATE_KEYS);
    expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(['gregorian', 'hijri']).toContain(d.calendar);
  }
}

describe('annotate CLI', () => {
  let main: Run;
  beforeAll(() => {
    writeFileSync(TXT, TXT_BODY);
    writeFileSync(BOM, '\uFEFF' + 'زار الوفد بغداد.');
    writeFileSync(HTML, HTML_BODY);
    writeFileSync(NOEXT, HTML_BODY);
    main = run(['--published', '2024-03-05', TXT, join(dir, 'missing.txt'), HTML, BOM, NOEXT]);
  });

  it('prints one JSON line per readable file, in order, and exits 2 for the unreadable one', () => {
    expect(main.status).toBe(2);
    expect(main.lines.map((l) => l.file)).toEqual([TXT, HTML, BOM, NOEXT]);
    const err = main.stderr.trim().split('\n');
    expect(err).toHaveLength(1);
    expect(err[0]).toContain('missing.txt');
  });

  it('reports a text file with offsets into its content and without a text key', () => {
    const o = main.lines[0]!;
    expect(Object.keys(o)).toEqual(['file', 'lang', 'publishedAt', 'entities', 'dates']);
    expect(o).toMatchObject({ lang: 'ar', publishedAt: '2024-03-05' });
    checkShape(o, TXT_BODY);
    const ents = (o.entities as Ent[]).map((e) => [e.text, e.type]);
    expect(ents).toEqual([
      ['فلاديمير بوتين', 'person'],
      ['موسكو', 'place'],
      ['الصين', 'place'],
      ['وزارة الخارجية الروسية', 'organization'],
    ]);
    // the demonym الروسي is not listed; the relative date resolves against --published
    expect((o.dates as Dt[]).map((d) => [d.text, d.value])).toEqual([
      ['أمس', '2024-03-04'],
      ['3 مارس 2024', '2024-03-03'],
    ]);
  });

  it('counts a byte order mark in the offsets', () => {
    const o = main.lines[2]!;
    const [e] = o.entities as Ent[];
    expect(e).toMatchObject({ text: 'بغداد', start: 11, end: 16 });
  });

  it.each([
    ['by extension', 1],
    ['by content', 3],
  ])('reads HTML %s: article text only, the page date wins', (_how, index) => {
    const o = main.lines[index]!;
    expect(Object.keys(o)).toEqual(['file', 'text', 'lang', 'publishedAt', 'entities', 'dates']);
    const text = o.text as string;
    expect(o.publishedAt).toBe('2023-11-20');
    expect(text).toContain('القاهرة');
    expect(text).not.toContain('الرئيسية'); // navigation left out
    expect(text).not.toContain('محفوظة');
    checkShape(o, text);
    const names = (o.entities as Ent[]).map((e) => e.text);
    expect(names).toEqual(expect.arrayContaining(['القاهرة', 'غزة', 'الأمم المتحدة', 'رفح']));
    expect(names).not.toContain('المصري');
    expect((o.dates as Dt[]).find((d) => d.text === 'أمس')?.value).toBe('2023-11-19');
  });

  it('reads standard input for "-"', () => {
    const r = run(['-'], 'عاد الوفد إلى عمّان.');
    expect(r.status).toBe(0);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatchObject({ file: '-', publishedAt: null });
    expect((r.lines[0]!.entities as Ent[]).map((e) => e.english)).toEqual(['Amman']);
  });

  it.each([
    [['--bogus', TXT], 'unknown flag'],
    [['--published', '2024-02-30', TXT], 'bad date'],
    [['--published', 'yesterday', TXT], 'bad date'],
  ])('bad flag %j: one stderr line, exit 2, the files still print', (args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    const err = r.stderr.trim().split('\n');
    expect(err).toHaveLength(1);
    expect(err[0]).toContain(message);
    expect(r.lines.map((l) => l.file)).toEqual([TXT]);
    expect(r.lines[0]!.publishedAt).toBeNull();
  });
}, 300_000);

describe('annotateOutcome', () => {
  const failing: Engine = {
    annotate: () => {
      throw new RangeError('Maximum call stack size exceeded');
    },
  };

  it.each([
    ['story.txt', 'وصل الوفد.'],
    ['page.html', '<html><body><p>وصل الوفد.</p></body></html>'],
  ])('turns a failure of the engine on %s into a message naming the file', (file, content) => {
    expect(annotateOutcome(failing, file, content, null)).toEqual({
      error: `annotate: cannot annotate ${file}: Maximum call stack size exceeded`,
    });
  });
});
