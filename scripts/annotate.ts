// Command line front end of the engine:
//   npm run -s annotate -- [--published YYYY-MM-DD] FILE...     (FILE "-" reads standard input)
// Prints one JSON object per file, on one line:
//   {"file","text"?,"lang","publishedAt","entities":[...],"dates":[...]}
// - .txt (or any non-HTML input): offsets are UTF-16 code units into the file's content exactly as
//   read, decoded as UTF-8 with a byte order mark KEPT as U+FEFF (so offset 0 is the mark), CRLF
//   kept. "text" is omitted: it is the file itself.
// - HTML (.html/.htm, or content starting with <!doctype or <html): the article text is extracted
//   (parsed as a browser parses it, scripts/parse-html.ts; lib/article/extract.ts, aria-labels of images included) and printed as "text"; offsets refer
//   to it. The page's own publication date wins over --published.
// - Entities are people, places and organisations; demonyms (الروسي) are not listed.
// An unreadable file or a bad flag prints one line on stderr and sets exit code 2; the other files
// are still processed.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { extractArticle } from '../lib/article/extract';
import { publishedFromHtml } from '../lib/dates/published';
import { guessLanguage } from '../lib/detect';
import type { Engine } from '../lib/engine/types';
import type { DateMention, EntityMention } from '../lib/types';
import { parseHtml } from './parse-html';

const USAGE = 'usage: annotate [--published YYYY-MM-DD] FILE... (- for stdin)';

export interface CliEntity {
  start: number;
  end: number;
  text: string;
  type: 'person' | 'place' | 'organization';
  english: string | null;
  romanized: string;
  id: string;
  known: boolean;
}

function validDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

export function parseArgs(argv: string[]): { published: string | null; files: string[]; errors: string[] } {
  const errors: string[] = [];
  const files: string[] = [];
  let published: string | null = null;
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (onlyFiles || a === '-' || !a.startsWith('-')) {
      files.push(a);
    } else if (a === '--') {
      onlyFiles = true;
    } else if (a === '--published' || a.startsWith('--published=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) errors.push('annotate: --published needs a date YYYY-MM-DD');
      else if (!validDay(v)) errors.push(`annotate: bad date for --published: ${JSON.stringify(v)} (expected YYYY-MM-DD)`);
      else published = v;
    } else {
      errors.push(`annotate: unknown flag ${a}; ${USAGE}`);
    }
  }
  if (files.length === 0 && errors.length === 0) errors.push(`annotate: no input file; ${USAGE}`);
  return { published, files, errors };
}

export function isHtml(file: string, content: string): boolean {
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') return true;
  return /^\uFEFF?\s*<(!doctype|html)/i.test(content.slice(0, 200));
}

const sliceDate = ({ start, end, text, value, calendar }: DateMention): DateMention => ({ start, end, text, value, calendar });
function cliEntities(list: EntityMention[]): CliEntity[] {
  const out: CliEntity[] = [];
  for (const m of list) {
    if (m.type === 'demonym') continue;
    out.push({ start: m.start, end: m.end, text: m.text, type: m.type, english: m.english, romanized: m.romanized, id: m.id, known: m.known });
  }
  return out;
}

export function annotateContent(engine: Engine, file: string, content: string, published: string | null): Record<string, unknown> {
  if (isHtml(file, content)) {
    const { documentElement, body } = parseHtml(content);
    const { text } = extractArticle(body, { ariaLabels: true });
    const declared = documentElement.getAttribute?.('lang') ?? '';
    const ref = publishedFromHtml(content) ?? published;
    const r = engine.annotate(text, { published: ref });
    return { file, text, lang: guessLanguage(text.slice(0, 4000), declared).lang, publishedAt: ref, entities: cliEntities(r.entities), dates: r.dates.map(sliceDate) };
  }
  const r = engine.annotate(content, { published });
  return { file, lang: guessLanguage(content.slice(0, 4000)).lang, publishedAt: published, entities: cliEntities(r.entities), dates: r.dates.map(sliceDate) };
}

async function main(): Promise<void> {
  const { published, files, errors } = parseArgs(process.argv.slice(2));
  for (const e of errors) console.error(e);
  if (errors.length) process.exitCode = 2;
  let engine: Engine | null = null;
  for (const file of files) {
    let content: string;
    try {
      // toString keeps a UTF-8 byte order mark as U+FEFF: offsets count it.
      content = readFileSync(file === '-' ? 0 : file).toString('utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      console.error(`annotate: cannot read ${file}: ${code}`);
      process.exitCode = 2;
      continue;
    }
    if (!engine) engine = (await import('../lib/engine/default-data')).defaultEngine();
    process.stdout.write(JSON.stringify(annotateContent(engine, file, content, published)) + '\n');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
