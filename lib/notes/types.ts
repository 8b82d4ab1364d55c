// A note in the W3C Web Annotation model: a target (the page, with a quote selector carrying
// prefix and suffix, and a text position selector) and a body written by the reader.
import type { EntityType } from '../types';

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPosition {
  start: number;
  end: number;
}

export interface NoteEntity {
  id: string;
  type: EntityType;
  english: string | null;
  arabic: string;
}

export interface Note {
  id: string;
  created: number;
  updated: number;
  url: string;
  title: string;
  site: string;
  publishedAt: string | null;
  quote: TextQuote;
  position: TextPosition | null;
  entity: NoteEntity | null;
  body: string;
  format: 'text' | 'markdown';
  tags: string[];
}

/** What a content script or the popup sends to create a note; the background adds id and times. */
export type NoteDraft = Omit<Note, 'id' | 'created' | 'updated'>;
