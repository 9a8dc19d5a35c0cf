// Queries of one or two characters: the navbar waits for a pause before it
// searches them, and nothing is preloaded for them (issue #13, a first query
// fetches at most 300 KB at 10,000 documents).

/**
 * Whether a query is so short that the words it could begin match a large part of the index: one or two
 * characters. At 10,000 documents, preloading or searching "n" and "ne" on the way to "network" fetched two index
 * chunks (140 KB) that "network" does not need. The navbar searches such a query only when the reader pauses,
 * and nothing is preloaded for it. Pure.
 */
export function isShortQuery(query: string): boolean {
  return query.trim().length < 3;
}

/** How long the navbar waits, after the last key, before it searches a short query. */
export const SHORT_QUERY_PAUSE_MS = 400;
