// Site-relative URLs of the portal's pages, kept compatible with the public
// SCS documentation site. Every exporter and the plugin's routes use these.
import type { StandardDocument } from '../model/document.js';
import { trackByDigit } from '../model/vocabulary.js';

/** `/standards/scs-0100-v3-flavor-naming` */
export function documentPath(document: Pick<StandardDocument, 'id'>): string {
  return `/standards/${document.id}`;
}

/** `/standards/iaas/scs-0100`; null for documents without a number (proposals, templates). */
export function statusPagePath(document: Pick<StandardDocument, 'number'>): string | null {
  if (document.number === null) return null;
  const track = trackByDigit(document.number.charAt(1));
  return track ? `/standards/${track.slug}/scs-${document.number}` : null;
}

/**
 * A name for a version that survives a change of its slug: `scs-0100-v2`,
 * `scs-0100-w1`; a proposal has no number, so its file name stands in.
 */
export function stableName(document: Pick<StandardDocument, 'kind' | 'number' | 'version' | 'id'>): string {
  if (document.number === null) return document.id;
  return `scs-${document.number}-${document.kind === 'supplement' ? 'w' : 'v'}${document.version}`;
}

/**
 * Ids made unique in order: two files for the same version (a lint error, but
 * both are published) would otherwise give one UID to two events, and a client
 * would keep only one. The second gets `-2` before the `@`, and so on.
 */
export function uniqueIds(ids: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    if (count === 1) return id;
    const at = id.lastIndexOf('@');
    return at < 0 ? `${id}-${count}` : `${id.slice(0, at)}-${count}${id.slice(at)}`;
  });
}

/** The iCalendar file of every dated transition in the registry. */
export const CALENDAR_PATH = '/standards/calendar.ics';

/** `/standards/iaas/scs-0100/calendar.ics`: the transitions of one standard's versions; null without a status page. */
export function standardCalendarPath(document: Pick<StandardDocument, 'number'>): string | null {
  const statusPage = statusPagePath(document);
  return statusPage === null ? null : `${statusPage}/calendar.ics`;
}

/** Joins a site URL (with or without a trailing slash) and a site-relative path. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return siteUrl.replace(/\/+$/, '') + path;
}
