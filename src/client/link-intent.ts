// Which links a reader is about to follow, read from the events that announce
// it (the pointer resting on a link, the keyboard focus on it, a finger on it):
// pure helpers for ./prefetch-on-intent.ts, kept apart so they are tested
// without a browser (tests/link-intent.test.ts).

/** How long the pointer must rest on a link before its page is fetched: sweeping across a sidebar fetches nothing. */
export const HOVER_INTENT_MS = 60;

/** What the helpers read of an anchor (an `HTMLAnchorElement` has all of it). */
export interface AnchorLike {
  href: string;
  target: string;
  hasAttribute(name: string): boolean;
}

/**
 * The address (pathname) of the page a link opens inside this site, or null when following it
 * does not load a page of the site in this tab: another origin, a new tab or window, a download,
 * or a jump inside the page the reader is on.
 */
export function intendedPath(anchor: AnchorLike, current: { origin: string; pathname: string }): string | null {
  if (anchor.hasAttribute('download') || (anchor.target !== '' && anchor.target !== '_self')) return null;
  let url: URL;
  try {
    url = new URL(anchor.href);
  } catch {
    return null;
  }
  if (url.origin !== current.origin || (url.protocol !== 'http:' && url.protocol !== 'https:')) return null;
  if (url.pathname === current.pathname) return null;
  return url.pathname;
}

/** Remembers the addresses already asked for, so that each page is prefetched once per visit. */
export function onceEach(prefetch: (pathname: string) => void): (pathname: string) => void {
  const asked = new Set<string>();
  return (pathname) => {
    if (asked.has(pathname)) return;
    asked.add(pathname);
    prefetch(pathname);
  };
}

/**
 * The short permalinks (plugins/standards/docusaurus/redirects.ts): `/standards/scs-0100` (the status page) and
 * `/standards/scs-0100/latest` (the version in force). Static redirect files written after the build, no pages of
 * the app: links to them are plain links (the page is loaded from the server) and they have no page data.
 * tests/link-intent.test.ts checks this against every short permalink of our corpus.
 */
const SHORT_PERMALINK = /^\/standards\/(?:scs-\d{4}|[^/]+\/latest)\/?$/;

/** Files the site publishes below its pages' addresses: attachments, calendars, feeds, the JSON API. */
const FILE = /\.(?:png|jpe?g|gif|webp|avif|svg|csv|json|ya?ml|txt|pdf|ics|xml|atom|rss)$/i;

/**
 * Whether the address (a pathname of the site, below `baseUrl`) can be a page with page data: not a short
 * permalink and not a file. Links to anything else are prefetched; a page that has no data file (an unknown
 * address) then costs one request answered 404, as opening it would.
 */
export function mayHavePageData(pathname: string, baseUrl: string): boolean {
  const inSite = pathname.startsWith(baseUrl) ? `/${pathname.slice(baseUrl.length)}` : pathname;
  return !SHORT_PERMALINK.test(inSite) && !FILE.test(inSite.replace(/\/+$/, ''));
}
