// Small pure helpers for the notes list: links that open a page at a passage, tag parsing and the
// choices offered by the filters (the search itself is lib/notes/search.ts).
import type { Note } from '@/lib/protocol/note';

/** Text fragments (#:~:text=) scroll Chrome to the passage; other browsers ignore them. */
export function passageLink(n: Note): string {
  const quote = n.quote.exact.replace(/\s+/g, ' ').trim();
  if (!quote) return n.url;
  // '-' , and & are fragment syntax; encodeURIComponent leaves '-' alone.
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');
  const words = quote.split(' ');
  const directive =
    words.length > 12 ? `${enc(words.slice(0, 4).join(' '))},${enc(words.slice(-4).join(' '))}` : enc(quote);
  return `${n.url.split('#')[0]}#:~:text=${directive}`;
}

export function parseTags(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[,،\n]/)) {
    const tag = raw.trim().replace(/^#/, '').slice(0, 100);
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out.slice(0, 50);
}

export interface Facets {
  tags: string[];
  sites: string[];
}

export const dateOf = (n: Note) => n.publishedAt ?? new Date(n.updated).toISOString().slice(0, 10);
