// What the hover card shows. The content script builds it from the page; the background relays
// it to the card frame of the same tab; the card frame adds the reader's notes and history,
// which the content script (and so the page) never receives.
import * as v from 'valibot';
import { arrayOf, bool, exact, httpUrl, int, isoDate, oneOf, orNull, text } from './check';
import { cardEntity } from './entity';
import { note, textPosition, textQuote } from './note';

const timelineItem = exact({
  /** ISO date at the precision known (YYYY, YYYY-MM, YYYY-MM-DD); '' when undated. */
  date: text(10),
  /** The date as the text wrote it when that was a Hijri date, shown beside the Gregorian one. */
  hijri: v.optional(text(100)),
  end: v.optional(text(10)),
  label: text(1000),
  source: oneOf(['article', 'published', 'related', 'fact', 'history'] as const),
  url: v.optional(httpUrl),
});
export type TimelineItem = v.InferOutput<typeof timelineItem>;

/** The page a card or a note belongs to. */
export const pageInfo = exact({ url: httpUrl, title: text(1000), site: text(300), publishedAt: orNull(isoDate) });
export type PageInfo = v.InferOutput<typeof pageInfo>;

/** The most timeline items a card carries from its page (a long page names a person in thousands of sentences). */
export const TIMELINE_MAX = 200;

export const cardPayload = exact({
  mode: oneOf(['entity', 'passage'] as const),
  entity: orNull(cardEntity),
  page: pageInfo,
  quote: textQuote,
  position: orNull(textPosition),
  timeline: arrayOf(timelineItem, TIMELINE_MAX),
  /** Date.now() when the content script asked for the card; the card reports its latency. */
  requestedAt: v.optional(int()),
  /** Where keyboard focus goes when the card opens: the card itself, or its note box. */
  focus: v.optional(oneOf(['card', 'note'] as const)),
});
export type CardPayload = v.InferOutput<typeof cardPayload>;

/**
 * What the card page wants of its frame: the height its content needs, and its pin and width;
 * `card` is the `requestedAt` of the card laid out, so the tab knows a card it holds hidden is ready.
 */
export const cardLayout = exact({ height: int(0, 10_000), pinned: bool, wide: bool, card: v.optional(int()) });
export type CardLayout = v.InferOutput<typeof cardLayout>;

/** Keys pressed inside the card that the tab acts on (the card frame's keys never reach the page). */
export const cardKey = oneOf(['next', 'prev', 'note', 'escape'] as const);
export type CardKey = v.InferOutput<typeof cardKey>;

/** How many of an entity's notes a card shows at first, newest first; "more" reads the next as many. */
export const CARD_NOTES = 20;
/** Past this many notes on a name, a card says "more than" it instead of counting them all. */
export const NOTE_COUNT_CAP = 1_000;
/** Earlier articles that named an entity, newest first, that a card shows. */
export const CARD_HISTORY = 50;

/** An earlier article in the card's timeline: only what the card shows of the stored mention. */
const earlierPage = exact({ date: text(10), title: text(1000), url: httpUrl });
export type EarlierPage = v.InferOutput<typeof earlierPage>;

/**
 * What the background adds to a card from the reader's store: the newest notes on the name (or on
 * the passage) with how many there are, and the earlier articles that named it.
 */
const cardExtras = exact({
  notes: arrayOf(note, CARD_NOTES),
  /** Null: more than the background counts (NOTE_COUNT_CAP). */
  noteCount: v.nullable(int()),
  history: arrayOf(earlierPage, CARD_HISTORY),
});
export type CardExtras = v.InferOutput<typeof cardExtras>;

/**
 * What the background posts to the card frame over its port, once it has checked the frame's token.
 * A card comes with its extras when the background has them at hand; otherwise they follow in
 * `card/extras` with the same `seq` (null when they could not be read).
 */
export const cardPortMessage = v.variant('type', [
  exact({ type: v.literal('card/bound') }),
  exact({ type: v.literal('card/show'), seq: int(), card: cardPayload, extras: v.optional(cardExtras) }),
  exact({ type: v.literal('card/extras'), seq: int(), extras: v.nullable(cardExtras) }),
  exact({ type: v.literal('card/hide') }),
]);
export type CardPortMessage = v.InferOutput<typeof cardPortMessage>;

/** The random token that binds a card frame to the content script that made it (card-frame.ts). */
export const cardToken = v.pipe(v.string('is not a card token'), v.regex(/^[0-9a-f]{32}$/, 'is not a card token'));

/** What the content script posts to its own card frame. */
export const cardTokenMessage = exact({ type: v.literal('card/token'), token: cardToken });

/**
 * Links to Wikipedia and Wikidata for an entity with a Wikidata id; the reader's browser opens them,
 * the extension requests nothing.
 */
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
