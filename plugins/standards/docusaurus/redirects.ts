// The short permalinks: `/standards/scs-NNNN` leads to the standard's status
// page, `/standards/scs-NNNN/latest` to the version in force. They are static
// HTML files written after the build, not React routes: every route costs
// every page some bytes of the route map, and a redirect needs no app.
// Links to them in Markdown are pointed at their targets (./resolve-permalinks.ts),
// so navigation inside the site never lands on one.
import { absoluteUrl, documentPath, statusPagePath } from '../export/urls.js';
import type { OutputFile } from '../export/api-json.js';
import type { CalendarDate } from '../model/front-matter-schema.js';
import { allStandards, currentVersionOf, type Registry } from '../model/registry.js';
import { escapeHtml } from '../render/escape-html.js';

export interface Redirect {
  /** Site-relative path of the short link, e.g. `/standards/scs-0100`. */
  from: string;
  /** Site-relative path it leads to. */
  to: string;
  title: string;
}

/**
 * Every short permalink of the corpus, and the former address of each renamed
 * document (`renamed`: old id -> new id, from the folder's redirects.json). Pure.
 */
export function buildRedirects(registry: Registry, date: CalendarDate, renamed: Readonly<Record<string, string>> = {}): Redirect[] {
  const redirects: Redirect[] = [];
  for (const [from, to] of Object.entries(renamed)) {
    const target = registry.byFileName.get(`${to}.md`);
    // An old id that is a document's id again would shadow its page; a target that is gone has nowhere to lead.
    if (!target || registry.byFileName.has(`${from}.md`)) continue;
    redirects.push({ from: `/standards/${from}`, to: documentPath(target), title: `${target.id} (formerly ${from})` });
  }
  for (const standard of allStandards(registry)) {
    const statusPage = statusPagePath(standard);
    if (statusPage === null) continue;
    redirects.push({ from: `/standards/${standard.id}`, to: statusPage, title: `${standard.id} status` });
    const current = currentVersionOf(standard, date);
    if (current) redirects.push({ from: `/standards/${standard.id}/latest`, to: documentPath(current), title: `${standard.id}, current version` });
  }
  return redirects;
}

/**
 * The page of one short link: a meta refresh (no JavaScript needed), the
 * canonical address for search engines, and a link for readers whose browser
 * does not follow the refresh. Written as `<from>.html`, which static hosts
 * and `docusaurus serve` both serve for `<from>`.
 */
export function formatRedirectPage(redirect: Redirect, siteUrl: string): OutputFile {
  const basePath = new URL(siteUrl).pathname.replace(/\/$/, '');
  const target = escapeHtml(basePath + redirect.to);
  const content = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(redirect.title)}</title>
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${target}">
<link rel="canonical" href="${escapeHtml(absoluteUrl(siteUrl, redirect.to))}">
</head>
<body>
<main>
<p>This address leads to <a href="${target}">${escapeHtml(redirect.to)}</a>.</p>
</main>
</body>
</html>
`;
  return { path: `${redirect.from}.html`, content };
}

export function buildRedirectPages(registry: Registry, date: CalendarDate, siteUrl: string, renamed: Readonly<Record<string, string>> = {}): OutputFile[] {
  return buildRedirects(registry, date, renamed).map((redirect) => formatRedirectPage(redirect, siteUrl));
}
