// What the hover card shows. The content script builds it from the page; the background relays
// it to the card frame of the same tab; the card frame adds the reader's notes and history,
// which the content script (and so the page) never receives.
import type { TextPosition, TextQuote } from './protocol/note';
import type { TimelineItem } from './timeline';
import { ROMAN_SOURCES, type RomanSource } from './translit/romanize-name';
import { ENTITY_TYPES, type EntityType } from './types';
import { arrayOf, int, httpUrl, isoDate, oneOf, optional, shape, str, type Check } from './validate';

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
      known: (v, p) => (typeof v === 'boolean' ? null : `${p} must be a boolean`),
      arabic: str(300),
      romanized: str(600),
      romanizedFrom: optional(oneOf(...ROMAN_SOURCES)),
      description: optional(str(1000)),
    }),
  ),
  page: shape({ url: httpUrl, title: str(1000), site: str(300), publishedAt: optional(isoDate) }),
  quote: shape({ exact: str(10_000), prefix: str(1000), suffix: str(1000) }),
  position: optional(shape({ start: int(), end: int() })),
  timeline: arrayOf(timelineItem, 200),
  requestedAt: optional(int()),
});
