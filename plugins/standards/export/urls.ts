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

/** Joins a site URL (with or without a trailing slash) and a site-relative path. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return siteUrl.replace(/\/+$/, '') + path;
}
