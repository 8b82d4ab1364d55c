// Finding notes: Arabic matches with or without diacritics and across hamza/alef, ى/ي and ة/ه
// spellings (both sides go through the engine's normaliser); English matches case-insensitively.
import { normalizeText } from '../text/normalize';
import type { EntityType } from '../types';
import type { Note } from '../protocol/note';

export interface NoteFilter {
  query?: string;
  type?: EntityType | 'passage' | '';
  tag?: string;
  site?: string;
}

const fold = (s: string) => normalizeText(s).toLowerCase();

/** The searchable text of a note, folded once so a search over thousands stays fast. */
function searchKey(n: Note): string {
  return fold([n.body, n.quote.exact, n.entity?.english ?? '', n.entity?.arabic ?? '', n.title, n.tags.join(' '), n.site].join('\n'));
}

/** The filter's query as folded words, once per search rather than once per note. */
function queryWords(f: NoteFilter): string[] {
  return f.query ? fold(f.query).split(/\s+/).filter(Boolean) : [];
}

function matches(n: Note, key: string, f: NoteFilter, words: readonly string[]): boolean {
  if (f.type === 'passage' ? n.entity !== null : f.type ? n.entity?.type !== f.type : false) return false;
  if (f.tag && !n.tags.includes(f.tag)) return false;
  if (f.site && n.site !== f.site) return false;
  return words.every((w) => key.includes(w));
}

// Keyed by the note object: an edited note is a new object, so its stale key is never reused.
const keys = new WeakMap<Note, string>();

/** The notes the filter lets through, in their order; the same array when nothing filters. */
export function filterNotes(notes: readonly Note[], f: NoteFilter): readonly Note[] {
  const words = queryWords(f);
  if (!words.length && !f.type && !f.tag && !f.site) return notes;
  return notes.filter((n) => {
    let key = keys.get(n);
    if (key === undefined && words.length) keys.set(n, (key = searchKey(n)));
    return matches(n, key ?? '', f, words);
  });
}

export interface NoteGroup {
  key: string;
  label: string;
  notes: Note[];
}

/** Newest first, grouped by article or by entity (notes on passages form their own group). */
export function groupNotes(notes: readonly Note[], by: 'article' | 'entity'): NoteGroup[] {
  const groups = new Map<string, NoteGroup>();
  const sorted = [...notes].sort((a, b) => b.updated - a.updated);
  for (const n of sorted) {
    const key = by === 'article' ? n.url : (n.entity?.id ?? '');
    const label = by === 'article' ? n.title || n.url : n.entity ? (n.entity.english ?? n.entity.arabic) : '';
    const g = groups.get(key) ?? { key, label, notes: [] };
    g.notes.push(n);
    groups.set(key, g);
  }
  return [...groups.values()];
}
