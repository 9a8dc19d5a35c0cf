// Where the portal is published: the origin (`url`) and the path below it
// (`baseUrl`), from SITE_URL and BASE_URL. Unset, the portal lives at the root
// of its own domain; on GitHub Pages without a custom domain it is
// `SITE_URL=https://<owner>.github.io BASE_URL=/<repository>/` (a repository named like one of the portal's own
// top-level paths, such as `standards`, needs a custom domain: see OWN_SEGMENTS). Every absolute
// link the build writes (feed, calendars, API, redirects and `/latest` pages,
// sitemap, badges, search) starts with `url` + `baseUrl`.

/** The published portal's own domain. */
export const DEFAULT_SITE_URL = 'https://docs.scs.community';

export interface SiteAddress {
  /** Origin only, no trailing slash: `https://docs.scs.community`. */
  url: string;
  /** Starts and ends with `/`: `/` or `/standards/`. */
  baseUrl: string;
}

/**
 * First path segments of the portal's own pages and files. Docusaurus adds the base path only to links that do
 * not start with it already, so under `BASE_URL=/standards/` every link to `/standards/…` would lose it.
 */
const OWN_SEGMENTS = ['standards', 'docs', 'compliance', 'api', 'search', 'schemas', 'pagefind', 'assets', 'img'];

/** One path segment as a URL carries it unescaped (RFC 3986 unreserved characters). */
const SEGMENT = /^[A-Za-z0-9._~-]+$/;

export function siteAddressFromEnv(env: Readonly<Record<string, string | undefined>>): SiteAddress {
  return { url: siteUrlFrom(env.SITE_URL), baseUrl: baseUrlFrom(env.BASE_URL) };
}

function siteUrlFrom(value: string | undefined): string {
  if (value === undefined || value.trim() === '') return DEFAULT_SITE_URL;
  let parsed: URL | null = null;
  try {
    parsed = new URL(value.trim());
  } catch {
    parsed = null;
  }
  const pathless = parsed !== null && parsed.pathname === '/' && parsed.search === '' && parsed.hash === '' && parsed.username === '' && parsed.password === '';
  if (!parsed || !/^https?:$/.test(parsed.protocol) || !pathless) {
    throw new Error(`Unexpected SITE_URL \`${value}\`, expected the site's origin without a path, e.g. SITE_URL=https://sovereigncloudstack.github.io (a path goes into BASE_URL)`);
  }
  return parsed.origin;
}

function baseUrlFrom(value: string | undefined): string {
  if (value === undefined || value.trim() === '') return '/';
  const segments = value.trim().split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => !SEGMENT.test(segment) || segment === '.' || segment === '..')) {
    throw new Error(`Unexpected BASE_URL \`${value}\`, expected a path of plain segments (letters, digits, \`-\`, \`.\`, \`_\`, \`~\`), e.g. BASE_URL=/scs-registry/`);
  }
  if (segments.length > 0 && OWN_SEGMENTS.includes(segments[0]!.toLowerCase())) {
    throw new Error(
      `Unexpected BASE_URL \`${value}\`, expected a path that does not start with one of the portal's own ${OWN_SEGMENTS.map((segment) => `\`/${segment}\``).join(', ')} (links to \`/${segments[0]}/…\` would lose the base path), e.g. BASE_URL=/scs-registry/`,
    );
  }
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

/** `https://docs.scs.community` or `https://owner.github.io/standards`: what absolute links start with (no trailing slash). */
export function siteRoot(address: SiteAddress): string {
  return address.url + address.baseUrl.replace(/\/$/, '');
}

type AddRoute<R> = { addRoute(route: R): void };

/**
 * Route actions that put the base path in front of each route's path. Our plugins build their routes as
 * site-relative data (`/standards/…`); Docusaurus wants them below `baseUrl` (its own plugins join it in).
 */
export function actionsBelowBaseUrl<R extends { path: string }>(actions: AddRoute<R>, baseUrl: string): AddRoute<R> {
  const prefix = baseUrl.replace(/\/+$/, '');
  return prefix === '' ? actions : { addRoute: (route) => actions.addRoute({ ...route, path: prefix + route.path }) };
}
