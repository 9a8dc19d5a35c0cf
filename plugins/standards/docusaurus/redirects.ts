// The short permalinks: `/standards/scs-NNNN` leads to the standard's status
// page, `/standards/scs-NNNN/latest` to the version in force. They are static
// HTML files written after the build, not React routes: every route costs
// every page some bytes of the route map, and a redirect needs no app.
// Links to them in Markdown are pointed at their targets (./resolve-permalinks.ts),
// so navigation inside the site never lands on one.
// `/latest` depends on the day: its page carries every day the version in force
// changes (computed here with the model's currentVersion) and a few lines of
// script pick the one for the reader's day (or its `?date=`); without script,
// the refresh (in `<noscript>`, so it cannot race the script) leads to the
// build day's version.
import { absoluteUrl, documentPath, statusPagePath } from '../export/urls.js';
import type { OutputFile } from '../export/api-json.js';
import type { CalendarDate } from '../model/front-matter-schema.js';
import { addDays, stateChangeDays } from '../model/lifecycle.js';
import { allStandards, currentVersionOf, type Registry, type Standard } from '../model/registry.js';
import { escapeHtml } from '../render/escape-html.js';

export interface Redirect {
  /** Site-relative path of the short link, e.g. `/standards/scs-0100`. */
  from: string;
  /** Site-relative path it leads to. */
  to: string;
  title: string;
  /** For a target that changes with the day: from which day (null: from the start) which path it is, oldest first. */
  schedule?: Array<{ from: CalendarDate | null; to: string }>;
}

/** Which version is current from which day on, as the model says (it can change only on a day of stateChangeDays). */
export function currentVersionSchedule(standard: Standard): Array<{ from: CalendarDate | null; to: string }> {
  const days = stateChangeDays(standard.versions);
  const probes: Array<CalendarDate | null> = [null, ...days];
  const schedule: Array<{ from: CalendarDate | null; to: string }> = [];
  for (const from of probes) {
    const current = currentVersionOf(standard, from ?? (days.length > 0 ? addDays(days[0]!, -1) : '0000-01-01'));
    if (!current) continue;
    const to = documentPath(current);
    if (schedule.at(-1)?.to !== to) schedule.push({ from, to });
  }
  return schedule;
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
    if (!current) continue;
    const schedule = currentVersionSchedule(standard);
    redirects.push({
      from: `/standards/${standard.id}/latest`,
      to: documentPath(current),
      title: `${standard.id}, current version`,
      ...(schedule.length > 1 ? { schedule } : {}),
    });
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
${redirect.schedule ? `${scheduleScript(redirect.schedule, basePath)}<noscript><meta http-equiv="refresh" content="0; url=${target}"></noscript>` : `<meta http-equiv="refresh" content="0; url=${target}">`}
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

/**
 * Picks the target for the reader's day (or a valid `?date=`, which it keeps)
 * before the refresh runs. The schedule is JSON with `<` escaped, so no path
 * can end the script.
 */
function scheduleScript(schedule: NonNullable<Redirect['schedule']>, basePath: string): string {
  const data = JSON.stringify({ base: basePath, schedule }).replace(/</g, '\\u003c');
  return `<script>(function(){var d=${data},q=new URLSearchParams(location.search).get('date'),c=/^\\d{4}-\\d{2}-\\d{2}$/.test(q||'')?q:new Date().toISOString().slice(0,10),t=d.schedule[0].to;d.schedule.forEach(function(s){if(s.from===null||s.from<=c)t=s.to});location.replace(d.base+t+(c===q?'?date='+q:'')+location.hash)})()</script>
`;
}

export function buildRedirectPages(registry: Registry, date: CalendarDate, siteUrl: string, renamed: Readonly<Record<string, string>> = {}): OutputFile[] {
  return buildRedirects(registry, date, renamed).map((redirect) => formatRedirectPage(redirect, siteUrl));
}
