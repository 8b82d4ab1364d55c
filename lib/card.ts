// What the hover card shows. The content script builds it from the page; the background relays
// it to the card frame of the same tab; the card frame adds the reader's notes and history,
// which the content script (and so the page) never receives.
import type { TextPosition, TextQuote } from './protocol/note';
import type { TimelineItem } from './timeline';
import { ROMAN_SOURCES, type RomanSource } from './translit/romanize-name';
import { ENTITY_TYPES, type EntityType } from './types';
import type { Reading } from './readings';
import { arrayOf, int, httpUrl, isoDate, oneOf, optional, shape, str, type Check } from './validate';

const bool: Check = (v, p) => (typeof v === 'boolean' ? null : `${p} must be a boolean`);
export const reading: Check = shape({ id: str(200), type: oneOf(...ENTITY_TYPES), english: str(300), description: str(1000) });

export interface CardEntity {
  id: string;
  type: EntityType;
  english: string | null;
  known: boolean;
  arabic: string;
  romanized: string;
  /** Where the romanization's vowels come from ('skeleton': none); absent from older senders. */
  romanizedFrom?: RomanSource;
  description: string | null;
  /** Other readings of the same letters, which the reader may pick instead. */
  alternatives?: Reading[];
  /** What a correction is keyed on: the name form and the engine's own reading of it. */
  form?: string;
  fromId?: string;
  /** The reader corrected this reading. */
  corrected?: boolean;
}

export interface CardPayload {
  mode: 'entity' | 'passage';
  entity: CardEntity | null;
  page: { url: string; title: string; site: string; publishedAt: string | null };
  quote: TextQuote;
  position: TextPosition | null;
  timeline: TimelineItem[];
  /** Date.now() when the content script asked for the card; the card reports its latency. */
  requestedAt?: number;
  /** Where keyboard focus goes when the card opens: the card itself, or its note box. */
  focus?: 'card' | 'note';
}

const timelineItem: Check = shape({
  date: str(10),
  hijri: optional(str(100)),
  end: optional(str(10)),
  label: str(1000),
  source: oneOf('article', 'published', 'related', 'fact', 'history'),
  url: optional(httpUrl),
});

export const cardPayload: Check = shape({
  mode: oneOf('entity', 'passage'),
  entity: optional(
    shape({
      id: str(200),
      type: oneOf(...ENTITY_TYPES),
      english: optional(str(300)),
      known: bool,
      arabic: str(300),
      romanized: str(600),
      romanizedFrom: optional(oneOf(...ROMAN_SOURCES)),
      description: optional(str(1000)),
      alternatives: optional(arrayOf(reading, 10)),
      form: optional(str(300)),
      fromId: optional(str(200)),
      corrected: optional(bool),
    }),
  ),
  page: shape({ url: httpUrl, title: str(1000), site: str(300), publishedAt: optional(isoDate) }),
  quote: shape({ exact: str(10_000), prefix: str(1000), suffix: str(1000) }),
  position: optional(shape({ start: int(), end: int() })),
  timeline: arrayOf(timelineItem, 200),
  requestedAt: optional(int()),
  focus: optional(oneOf('card', 'note')),
});

/** Links to Wikipedia and Wikidata for an entity with a Wikidata id; the reader's browser opens them, the extension requests nothing. */
export function wikiLinks(id: string): { wikipedia: string; wikidata: string } | null {
  if (!/^Q[1-9]\d{0,11}$/.test(id)) return null;
  return {
    // Wikidata's own redirect to the English Wikipedia article linked from the item.
    wikipedia: `https://www.wikidata.org/wiki/Special:GoToLinkedPage/enwiki/${id}`,
    wikidata: `https://www.wikidata.org/wiki/${id}`,
  };
}

/** What "Copy" puts on the clipboard: the English name, the Arabic, and where it was read. */
export function copyText(card: Pick<CardPayload, 'entity' | 'page' | 'quote'>): string {
  const e = card.entity;
  const name = e ? [e.english ?? e.romanized, e.arabic].filter(Boolean).join(' — ') : card.quote.exact;
  const p = card.page;
  const cite = [p.title ? `“${p.title}”` : '', p.site, p.publishedAt ?? ''].filter(Boolean).join(', ');
  return `${name}\n${cite ? `${cite}. ` : ''}${p.url}`;
}
