// Links to a standard's `/latest` short link. Its target depends on the day it
// is followed, so such a link is not resolved at build: it leads to the short
// link's redirect page, which picks the version in force on the reader's day
// (or on the `?date=` it is given). No imports: a standard's page runs this.

/** Whether a site-relative path is a `/latest` short link, e.g. `/standards/scs-0100/latest`. */
export function isLatestPermalink(pathname: string): boolean {
  return /^\/standards\/[^/?#]+\/latest\/?$/.test(pathname);
}

/** `url` (path, query and hash) asking for `date` when there is one: the redirect page keeps it. */
export function latestLinkFor(url: string, date: string | null): string {
  if (date === null) return url;
  const hashAt = url.indexOf('#');
  const [beforeHash, hash] = hashAt >= 0 ? [url.slice(0, hashAt), url.slice(hashAt)] : [url, ''];
  const queryAt = beforeHash.indexOf('?');
  const params = new URLSearchParams(queryAt >= 0 ? beforeHash.slice(queryAt) : '');
  params.set('date', date);
  return `${queryAt >= 0 ? beforeHash.slice(0, queryAt) : beforeHash}?${params.toString()}${hash}`;
}
