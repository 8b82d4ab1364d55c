// Import of the JSON-LD export. Each annotation is read into a note and then checked by the same
// schema that the messages and the store use, so nothing is stored that could not later be edited,
// deleted and restored. A file with any bad note is refused as a whole, with one line per bad
// note, so a failed import changes nothing.
import { err, ok, type Result } from '../result';
import { check, isRecord } from '../protocol/check';
import { MAX_SITE, MAX_TAG, MAX_TITLE, note as noteSchema, type Note } from '../protocol/note';
import { correction as correctionSchema, type Correction } from '../protocol/store';

const UUID = /^urn:uuid:([0-9a-f-]{8,64})$/i;
const MAX_NOTES = 100_000;
/** Bad notes listed by name in the message; the rest are counted. */
const LISTED = 5;

export interface ParsedImport {
  /** One note per id: a file holding several copies of an id keeps the copy modified last. */
  notes: Note[];
  /** Copies of an id that already appeared earlier in the same file. */
  repeated: number;
  /** The reader's corrections of names (a Hamish export carries them beside the notes); one per key. */
  corrections: Correction[];
}

const MAX_CORRECTIONS = 100_000;

/** The corrections of a Hamish export, each checked by the store's schema; the newer copy of a key wins. */
function readCorrections(raw: unknown, problems: string[]): Correction[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) return (void problems.push('hamish:corrections is not a list'), []);
  if (raw.length > MAX_CORRECTIONS)
    return (void problems.push(`hamish:corrections holds more than ${MAX_CORRECTIONS} entries`), []);
  const byKey = new Map<string, Correction>();
  raw.forEach((c, i) => {
    const r = check(correctionSchema, c, `correction ${i + 1}`);
    if (!r.ok) return void problems.push(r.error);
    const before = byKey.get(r.value.entityId);
    if (!before || r.value.updated > before.updated) byKey.set(r.value.entityId, r.value);
  });
  return [...byKey.values()];
}

function time(v: unknown, where: string): number {
  const t = typeof v === 'string' ? Date.parse(v) : NaN;
  if (!Number.isFinite(t)) throw new Error(`${where} is not a date`);
  return t;
}
const str = (v: unknown, where: string): string => {
  if (typeof v !== 'string') throw new Error(`${where} must be text`);
  return v;
};
const record = (v: unknown): Record<string, unknown> | undefined => (isRecord(v) ? v : undefined);

/** The Web Annotation shape read into a note's fields; the note schema judges the values. */
function readItem(a: unknown, at: string): unknown {
  if (!isRecord(a) || a.type !== 'Annotation') throw new Error(`${at} is not an Annotation`);
  const id = typeof a.id === 'string' ? UUID.exec(a.id)?.[1] : undefined;
  if (!id) throw new Error(`${at} has no urn:uuid id`);
  const target = record(a.target);
  if (!target) throw new Error(`${at} has no target`);
  const url = str(target.source, `${at} target.source`);
  if (!/^https?:\/\//i.test(url)) throw new Error(`${at} target.source is not an http(s) URL`);
  const selectors: unknown[] = Array.isArray(target.selector) ? target.selector : [target.selector];
  const quoteSel = selectors.map(record).find((s) => s?.type === 'TextQuoteSelector');
  if (!quoteSel) throw new Error(`${at} has no TextQuoteSelector`);
  const posSel = selectors.map(record).find((s) => s?.type === 'TextPositionSelector');
  const bodies: unknown[] = Array.isArray(a.body) ? a.body : a.body === undefined ? [] : [a.body];
  let body = '';
  let format: Note['format'] = 'text';
  const tags: string[] = [];
  for (const b of bodies) {
    if (!isRecord(b) || b.type !== 'TextualBody') throw new Error(`${at} has a body that is not a TextualBody`);
    const value = str(b.value, `${at} body value`);
    // Over-long page facts and tags are cut to the schema's length, as the page itself would be.
    if (b.purpose === 'tagging') tags.push(value.slice(0, MAX_TAG));
    else [body, format] = [value, b.format === 'text/markdown' ? 'markdown' : 'text'];
  }
  const page = record(a['hamish:page']) ?? {};
  const ent = a['hamish:entity'];
  if (ent !== undefined && !isRecord(ent)) throw new Error(`${at} has a malformed hamish:entity`);
  return {
    id,
    created: time(a.created, `${at} created`),
    updated: time(a.modified ?? a.created, `${at} modified`),
    url,
    title: typeof page.title === 'string' ? page.title.slice(0, MAX_TITLE) : '',
    site: typeof page.site === 'string' ? page.site.slice(0, MAX_SITE) : hostOf(url),
    publishedAt: page.publishedAt ?? null,
    quote: { exact: quoteSel.exact, prefix: quoteSel.prefix ?? '', suffix: quoteSel.suffix ?? '' },
    position: posSel ? { start: posSel.start, end: posSel.end } : null,
    entity: ent === undefined ? null : { id: ent.id, type: ent.type, english: ent.english ?? null, arabic: ent.arabic },
    body,
    format,
    tags,
  };
}

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
};

function parseItem(a: unknown, i: number): Result<Note> {
  const at = `annotation ${i + 1}`;
  try {
    const checked = check(noteSchema, readItem(a, at), '');
    if (checked.ok) return checked;
    return err(
      checked.error.startsWith('entity')
        ? `${at} has a malformed hamish:entity (${checked.error})`
        : `${at}: ${checked.error}`,
    );
  } catch (e) {
    return err(e instanceof Error ? e.message : String(e));
  }
}

export function parseImport(json: string): Result<ParsedImport> {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (e) {
    return err(`The file is not valid JSON (${e instanceof Error ? e.message : 'parse error'}). Nothing was imported.`);
  }
  const items =
    isRecord(doc) && doc.type === 'AnnotationCollection' && isRecord(doc.first)
      ? doc.first.items
      : isRecord(doc) && doc.type === 'Annotation'
        ? [doc]
        : Array.isArray(doc)
          ? doc
          : null;
  if (!Array.isArray(items)) return err('The file is not a Hamish or W3C Web Annotation export. Nothing was imported.');
  if (items.length > MAX_NOTES) return err(`The file holds more than ${MAX_NOTES} notes. Nothing was imported.`);
  const problems: string[] = [];
  const byId = new Map<string, Note>();
  let repeated = 0;
  items.forEach((item, i) => {
    const r = parseItem(item, i);
    if (!r.ok) return void problems.push(r.error);
    const before = byId.get(r.value.id);
    if (before) repeated++;
    byId.set(r.value.id, mergeNotes(before, r.value));
  });
  if (problems.length) {
    const more = problems.length > LISTED ? [`and ${problems.length - LISTED} more`] : [];
    const listed = [...problems.slice(0, LISTED), ...more].join('; ');
    return err(`${problems.length} of ${items.length} notes cannot be imported: ${listed}. Nothing was imported.`);
  }
  const bad: string[] = [];
  const corrections = readCorrections(isRecord(doc) ? doc['hamish:corrections'] : undefined, bad);
  if (bad.length) {
    const more = bad.length > LISTED ? [`and ${bad.length - LISTED} more`] : [];
    const count = bad.length === 1 ? '1 correction' : `${bad.length} corrections`;
    const listed = [...bad.slice(0, LISTED), ...more].join('; ');
    return err(`${count} cannot be imported: ${listed}. Nothing was imported.`);
  }
  return ok({ notes: [...byId.values()], repeated, corrections });
}

/** Duplicates merge: the same id keeps whichever copy was modified last. */
export function mergeNotes(existing: Note | undefined, incoming: Note): Note {
  if (!existing) return incoming;
  return incoming.updated > existing.updated ? incoming : existing;
}
