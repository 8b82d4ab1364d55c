// The popup's first request, made by its first module before the rest of its code is loaded: a
// module of its own with no imports, so asking costs nothing but the request.

/** Note rows per page of the list. */
export const PAGE = 50;

/** The newest notes, the popup's first page when it opens on them. */
export const FIRST_NOTES = { type: 'notes/find', filter: {}, after: null, limit: PAGE } as const;

/**
 * Where the background shares its answer to FIRST_NOTES in `storage.session`, so that an opening
 * popup reads it without a round trip to the background (or waking it). That area is kept in
 * memory only and, in Chrome and Firefox alike, is open to extension pages and the background,
 * never to content scripts.
 */
export const FIRST_NOTES_KEY = 'firstNotes';
