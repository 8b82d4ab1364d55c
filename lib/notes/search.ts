// The popup's filter of the notes (the background answers it from its word index, lib/notes/terms)
// and the grouping of the rows it shows.
import type { EntityType } from '../types';
import type { Note } from '../protocol/note';

export interface NoteFilter {
  query?: string;
  type?: EntityType | 'passage' | '';
  tag?: string;
  site?: string;
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
