// Loader for the project's own gold passages (tests/eval/passages/*.txt).
//
// File format:
//   published: YYYY-MM-DD
//   topic: tag, tag, ...
//   <blank line>
//   body text with inline markup:
//     [[type|arabic text|English name / other accepted name]]   entity mention
//     {{arabic text|ISO value}} or {{arabic text|ISO value|hijri}} date mention
//     ((arabic text))                                          ignored span
// Markup never nests. Offsets are UTF-16 indices into the body with markup removed.
//
// Span conventions the passages follow (so that scores mean the same thing across files):
// - A span covers whole tokens with their proclitics (وروسيا، للناتو، وبالعراق); the parser rejects
//   a span that touches a letter outside it.
// - Titles stay outside (الرئيس، الشيخ). A descriptor (مدينة، ولاية، حركة، منظمة، شركة، قاعدة، معبر)
//   is inside only when the English name carries it (حركة أمل = Amal Movement, مجموعة فاغنر =
//   Wagner Group), else outside (حركة حماس، مدينة الفاشر). A national body keeps its nisba
//   (الخارجية الروسية); a descriptive nisba after a name stays outside (إيني الإيطالية).
// - Debatable spans are ignored: national armies (الجيش الأميركي), demonyms used as nouns,
//   names inside event, venue or agreement names (ملعب الاتحاد، اتفاق باريس), dates a value
//   cannot express (هذا الأسبوع).
// - Dates: a leading منذ is inside the span, في and modifiers such as مطلع or أواخر outside;
//   relative dates are resolved against the published date; Hijri dates are converted with the
//   Umm al-Qura calendar, as Intl's islamic-umalqura does (and lib/dates uses).
// The parser is strict on purpose: a silent mistake in the gold data would skew every score.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType } from '../../lib/types';

export interface PassageEntity {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Accepted English names, the preferred one first. */
  english: string[];
}

export interface PassageDate {
  start: number;
  end: number;
  text: string;
  /** Gregorian ISO value at the precision the text gives: YYYY, YYYY-MM or YYYY-MM-DD. */
  value: string;
  /** The calendar the text is written in; the value is always Gregorian. */
  calendar: 'gregorian' | 'hijri';
}

export interface PassageIgnore {
  start: number;
  end: number;
  text: string;
}

export interface Passage {
  id: string;
  published: string;
  /** Comma-separated tags from the header (topic words and countries). */
  topic: string;
  text: string;
  entities: PassageEntity[];
  dates: PassageDate[];
  ignore: PassageIgnore[];
}

const ENTITY_TYPES: readonly string[] = ['person', 'place', 'organization'];
const OPENERS = { '[[': ']]', '{{': '}}', '((': '))' } as const;
type Opener = keyof typeof OPENERS;
const MARKERS = ['[[', ']]', '{{', '}}', '((', '))'];
// A letter, mark or digit touching a span means the span cuts a token (e.g. a proclitic left outside).
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Throws with file name and 1-based line of `offset` in `src`. */
function fail(id: string, src: string, offset: number, message: string): never {
  const line = src.slice(0, offset).split('\n').length;
  throw new Error(`${id}:${line}: ${message}`);
}

function isValidIsoDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

function checkSurface(id: string, src: string, at: number, surface: string): void {
  if (surface === '') fail(id, src, at, 'empty mention text');
  if (surface !== surface.trim()) fail(id, src, at, `mention text has outer spaces: "${surface}"`);
}

function parseHeader(id: string, src: string): { published: string; topic: string; bodyStart: number } {
  const lines = src.split('\n');
  const pub = /^published: (\S+)$/.exec(lines[0] ?? '');
  if (!pub || !/^\d{4}-\d{2}-\d{2}$/.test(pub[1]!) || !isValidIsoDate(pub[1]!)) {
    fail(id, src, 0, 'line 1 must be "published: YYYY-MM-DD"');
  }
  const topic = /^topic: (\S.*)$/.exec(lines[1] ?? '');
  if (!topic) fail(id, src, (lines[0]?.length ?? 0) + 1, 'line 2 must be "topic: <words>"');
  if (lines[2] !== '') fail(id, src, src.indexOf('\n', (lines[0]?.length ?? 0) + 1) + 1, 'line 3 must be blank');
  const bodyStart = lines[0]!.length + lines[1]!.length + lines[2]!.length + 3;
  return { published: pub[1]!, topic: topic[1]!.trim(), bodyStart };
}

export function parsePassage(id: string, src: string): Passage {
  src = src.replace(/\r\n/g, '\n');
  const { published, topic, bodyStart } = parseHeader(id, src);
  const entities: PassageEntity[] = [];
  const dates: PassageDate[] = [];
  const ignore: PassageIgnore[] = [];
  let text = '';
  let i = bodyStart;
  while (i < src.length) {
    const two = src.slice(i, i + 2);
    if (!(two in OPENERS)) {
      if (MARKERS.includes(two)) fail(id, src, i, `unbalanced "${two}"`);
      if (src[i] === '|') fail(id, src, i, 'stray "|" outside markup');
      text += src[i];
      i += 1;
      continue;
    }
    const closer = OPENERS[two as Opener];
    const close = src.indexOf(closer, i + 2);
    const lineEnd = src.indexOf('\n', i);
    if (close < 0 || (lineEnd >= 0 && close > lineEnd)) fail(id, src, i, `unclosed "${two}"`);
    const inner = src.slice(i + 2, close);
    for (const marker of MARKERS) {
      if (inner.includes(marker)) fail(id, src, i, `nested or unbalanced "${marker}" inside "${two}…${closer}"`);
    }
    const parts = inner.split('|');
    // Entities put the type first; dates and ignored spans start with the text.
    const surface = (two === '[[' ? parts[1] : parts[0]) ?? '';
    checkSurface(id, src, i, surface);
    const start = text.length;
    const end = start + surface.length;
    if (two === '[[') {
      if (parts.length !== 3) fail(id, src, i, 'entity must be [[type|text|English]]');
      const type = parts[0] ?? '';
      if (!ENTITY_TYPES.includes(type)) fail(id, src, i, `bad entity type "${type}"`);
      const english = (parts[2] ?? '').split(' / ').map((s) => s.trim());
      if (english.some((s) => s === '')) fail(id, src, i, 'empty English name');
      entities.push({ start, end, text: surface, type: type as EntityType, english });
    } else if (two === '{{') {
      if (parts.length !== 2 && parts.length !== 3)
        fail(id, src, i, 'date must be {{text|value}} or {{text|value|hijri}}');
      const value = parts[1] ?? '';
      if (!isValidIsoDate(value)) fail(id, src, i, `bad date value "${value}"`);
      const cal = parts[2] ?? 'gregorian';
      if (cal !== 'gregorian' && cal !== 'hijri') fail(id, src, i, `bad calendar "${cal}"`);
      dates.push({ start, end, text: surface, value, calendar: cal });
    } else {
      if (parts.length !== 1) fail(id, src, i, 'ignored span must be ((text)) without "|"');
      ignore.push({ start, end, text: surface });
    }
    const before = text.slice(-1);
    const after = src[close + 2] ?? '';
    if (WORD_CHAR.test(before) || WORD_CHAR.test(after)) {
      fail(id, src, i, `span "${surface}" does not cover whole tokens`);
    }
    text += surface;
    i = close + 2;
  }
  text = text.replace(/\s+$/, '');
  return { id, published, topic, text, entities, dates, ignore };
}

/** Parses every *.txt in `dir`, sorted by file name; the id is the file name without .txt. */
export function loadPassages(dir: string): Passage[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => parsePassage(name.replace(/\.txt$/, ''), readFileSync(join(dir, name), 'utf8')));
}
