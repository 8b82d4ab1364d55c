// What a valid note is, for the messages that carry one, for import and for the store: a note in
// the W3C Web Annotation model, a target (the page, a quote selector with prefix and suffix, and
// a text position selector) and a body written by the reader.
import * as v from 'valibot';
import { arrayOf, exact, httpUrl, int, isoDate, oneOf, orNull, text } from './check';
import { noteEntity } from './entity';

export type { NoteEntity } from './entity';

export const MAX_TAGS = 50;
export const MAX_TAG = 100;
export const MAX_QUOTE = 10_000;
export const MAX_CONTEXT = 1000;
export const MAX_BODY = 100_000;
export const MAX_TITLE = 1000;
export const MAX_SITE = 300;
/** The last instant a JavaScript Date can hold. */
const MAX_TIME = 8.64e15;

export const textQuote = exact({ exact: text(MAX_QUOTE), prefix: text(MAX_CONTEXT), suffix: text(MAX_CONTEXT) });
export type TextQuote = v.InferOutput<typeof textQuote>;

export const textPosition = v.pipe(
  exact({ start: int(), end: int() }),
  v.check((p) => p.end >= p.start, 'must not end before it starts'),
);
export type TextPosition = v.InferOutput<typeof textPosition>;

/** Milliseconds since 1970-01-01 UTC. */
const time = v.pipe(
  v.number('must be a time from 1970 on'),
  v.integer('must be a time from 1970 on'),
  v.minValue(0, 'must be a time from 1970 on'),
  v.maxValue(MAX_TIME, 'must be a time before the year 275760'),
);

const draftFields = {
  url: httpUrl,
  title: text(MAX_TITLE),
  site: text(MAX_SITE),
  publishedAt: orNull(isoDate),
  quote: textQuote,
  position: orNull(textPosition),
  entity: orNull(noteEntity),
  body: text(MAX_BODY),
  format: oneOf(['text', 'markdown'] as const),
  tags: arrayOf(text(MAX_TAG), MAX_TAGS),
};

/** What a content script or the popup sends to create or edit a note; the background adds id and times. */
export const noteDraft = exact(draftFields);
export type NoteDraft = v.InferOutput<typeof noteDraft>;

export const noteId = v.pipe(
  v.string('must be a note id'),
  v.regex(/^[\w-]{1,100}$/, 'must be a note id (letters, digits, - and _; at most 100)'),
);

export const note = exact({ ...draftFields, id: noteId, created: time, updated: time });
export type Note = v.InferOutput<typeof note>;
