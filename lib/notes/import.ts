// Import of the JSON-LD export with full validation: a bad file is refused as a whole with a
// message naming the first problem, so a failed import changes nothing.
import { err, ok, type Result } from '../result';
import { isRecord } from '../validate';
import type { Note } from './types';
import { ENTITY_TYPES } from '../types';

const UUID = /^urn:uuid:([0-9a-f-]{8,64})$/i;
const MAX_NOTES = 100_000;

function time(v: unknown, where: string): number {
  const t = typeof v === 'string' ? Date.parse(v) : NaN;
  if (!Number.isFinite(t)) throw new Error(`${where} is not a date`);
  return t;
}
function text(v: unknown, where: string, max = 100_000): string {
  if (typeof v !== 'string' || v.length > max) throw new Error(`${where} must be text`);
  return v;
}

function parseItem(a: unknown, i: number): Note {
  const at = `annotation ${i + 1}`;
  if (!isRecord(a) || a.type !== 'Annotation') throw new Error(`${at} is not an Annotation`);
  const id = typeof a.id === 'string' ? UUID.exec(a.id)?.[1] : undefined;
  if (!id) throw new Error(`${at} has no urn:uuid id`);
  const target = a.target;
  if (!isRecord(target)) throw new Error(`${at} has no target`);
  const url = text(target.source, `${at} target.source`, 4096);
  if (!/^https?:\/\//i.test(url)) throw new Error(`${at} target.source is not an http(s) URL`);
  const selectors = Array.isArray(target.selector) ? target.selector : [target.selector];
  const quoteSel = selectors.find((s) => isRecord(s) && s.type === 'TextQuoteSelector') as Record<string, unknown> | undefined;
  if (!quoteSel) throw new Error(`${at} has no TextQuoteSelector`);
  const posSel = selectors.find((s) => isRecord(s) && s.type === 'TextPositionSelector') as Record<string, unknown> | undefined;
  const bodies = Array.isArray(a.body) ? a.body : a.body === undefined ? [] : [a.body];
  let body = '';
  let format: Note['format'] = 'text';
  const tags: string[] = [];
  for (const b of bodies) {
    if (!isRecord(b) || b.type !== 'TextualBody') throw new Error(`${at} has a body that is not a TextualBody`);
    const value = text(b.value, `${at} body value`);
    if (b.purpose === 'tagging') tags.push(value.slice(0, 100));
    else [body, format] = [value, b.format === 'text/markdown' ? 'markdown' : 'text'];
  }
  const page = isRecord(a['hamish:page']) ? a['hamish:page'] : {};
  const ent = a['hamish:entity'];
  let entity: Note['entity'] = null;
  if (ent !== undefined) {
    if (!isRecord(ent) || !(ENTITY_TYPES as readonly string[]).includes(ent.type as string)) throw new Error(`${at} has a malformed hamish:entity`);
    entity = { id: text(ent.id, `${at} entity id`, 200), type: ent.type as 'person', english: ent.english == null ? null : text(ent.english, `${at} entity english`, 300), arabic: text(ent.arabic, `${at} entity arabic`, 300) };
  }
  let position: Note['position'] = null;
  if (posSel) {
    const [s, e] = [posSel.start, posSel.end];
    if (!Number.isInteger(s) || !Number.isInteger(e) || (s as number) < 0 || (e as number) < (s as number)) throw new Error(`${at} has a bad TextPositionSelector`);
    position = { start: s as number, end: e as number };
  }
  const published = page.publishedAt;
  if (published != null && (typeof published !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(published))) throw new Error(`${at} has a bad publishedAt`);
  return {
    id,
    created: time(a.created, `${at} created`),
    updated: time(a.modified ?? a.created, `${at} modified`),
    url,
    title: typeof page.title === 'string' ? page.title.slice(0, 1000) : '',
    site: typeof page.site === 'string' ? page.site.slice(0, 300) : new URL(url).hostname,
    publishedAt: (published as string | null | undefined) ?? null,
    quote: { exact: text(quoteSel.exact, `${at} quote`, 10_000), prefix: text(quoteSel.prefix ?? '', `${at} prefix`, 1000), suffix: text(quoteSel.suffix ?? '', `${at} suffix`, 1000) },
    position,
    entity,
    body,
    format,
    tags,
  };
}

export function parseImport(json: string): Result<Note[]> {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (e) {
    return err(`The file is not valid JSON (${e instanceof Error ? e.message : 'parse error'}). Nothing was imported.`);
  }
  const items = isRecord(doc) && doc.type === 'AnnotationCollection' && isRecord(doc.first) ? doc.first.items : isRecord(doc) && doc.type === 'Annotation' ? [doc] : Array.isArray(doc) ? doc : null;
  if (!Array.isArray(items)) return err('The file is not a Hamish or W3C Web Annotation export. Nothing was imported.');
  if (items.length > MAX_NOTES) return err(`The file holds more than ${MAX_NOTES} notes. Nothing was imported.`);
  try {
    return ok(items.map(parseItem));
  } catch (e) {
    return err(`${e instanceof Error ? e.message : String(e)}. Nothing was imported.`);
  }
}

/** Duplicates merge: the same id keeps whichever copy was modified last. */
export function mergeNotes(existing: Note | undefined, incoming: Note): Note {
  if (!existing) return incoming;
  return incoming.updated > existing.updated ? incoming : existing;
}
