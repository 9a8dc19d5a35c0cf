// One address per kind of page the portal has, picked from the registry model so the
// list follows the corpus: every lifecycle banner, a supplement, a status page, a track,
// the overview with and without filters, the overview on a chosen day (the date picker filled in, a not-today notice),
// a track page with a date that is not a day (an alert), a certification scope, compliance, the handbook, a lint rule, search with hits, 404.
import { existsSync, readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { addDays, lifecycleStateAt, stateChangeDays } from '../../plugins/standards/model/lifecycle.js';
import type { LifecycleState } from '../../plugins/standards/model/vocabulary.js';
import { allStandards } from '../../plugins/standards/model/registry.js';
import type { LoadedCorpus } from '../../plugins/standards/parse/load-corpus.js';
import { documentPath, statusPagePath } from '../../plugins/standards/export/urls.js';
import { comparePagePath, diffPagePath } from '../../plugins/standards/docusaurus/diff-props.js';

export interface PageType {
  /** Short name used in test titles and reports. */
  name: string;
  path: string;
  /** HTTP status the page is served with (the 404 page is a page too). */
  status?: number;
  /** Brings the page into the state to check, after load (e.g. search hits shown). */
  settle?: (page: Page) => Promise<void>;
  /** False for a state reached by typing (the keyboard tests reach it themselves). */
  walk?: boolean;
}

/** The page types of `corpus`, the documents picked by their states on `date` (the run's suite day: the day the pages are read). */
export function pageTypes(corpus: LoadedCorpus, date: string): PageType[] {
  const documents = corpus.registry.documents.filter((doc) => doc.kind === 'document');
  // A version in each state on the day read; for a state none has on that day (once every stabilization date of
  // the corpus has passed, no banner says "Effective soon"), one that had it on an earlier or later day, read with
  // ?date= on that day: every kind of banner stays checked, whatever the day of the run.
  const byState = new Map<LifecycleState, { doc: (typeof documents)[number]; day: string | null }>();
  for (const day of [date, ...stateChangeDays(documents).flatMap((change) => [addDays(change, -1), change])]) {
    for (const doc of documents) {
      const state = lifecycleStateAt(doc, day);
      if (state && !byState.has(state)) byState.set(state, { doc, day: day === date ? null : day });
    }
  }
  const standard = [...allStandards(corpus.registry)].sort((a, b) => b.versions.length - a.versions.length)[0]!;
  const supplement = corpus.registry.documents.find((doc) => doc.kind === 'supplement')!;
  const proposal = corpus.registry.proposals[0];
  // Certification scopes are YAML files beside the standards; a scope's page is named by its file.
  // A day a year before the day read: the registry as it stood then (the date picker shows it, the notice says "Not today").
  const pastDay = addDays(date, -365);
  const scopeFile = existsSync('Standards/scopes') ? readdirSync('Standards/scopes').find((name) => name.endsWith('.yaml')) : undefined;

  return [
    { name: 'home', path: '/' },
    { name: 'overview', path: '/standards' },
    { name: 'overview, filtered', path: `/standards?track=${standard.track.slug}&state=deprecated&sort=title` },
    {
      name: 'overview, on a chosen day',
      path: `/standards?date=${pastDay}`,
      settle: async (page) => page.locator(`[data-scs-date="${pastDay}"][data-scs-date-kind="chosen"]`).waitFor({ timeout: 15_000 }),
    },
    { name: 'track', path: `/standards/${standard.track.slug}` },
    {
      name: 'track, a date that is not a day',
      path: `/standards/${standard.track.slug}?date=2025-02-30`,
      walk: false,
      settle: async (page) => page.getByRole('alert').filter({ hasText: '2025-02-30' }).waitFor({ timeout: 15_000 }),
    },
    { name: 'status page', path: statusPagePath(standard.versions[0]!)! },
    ...diffPageTypes(standard),
    ...[...byState].map(([state, { doc, day }]): PageType =>
      day === null
        ? { name: `document, ${state}`, path: documentPath(doc) }
        : {
            name: `document, ${state}`,
            path: `${documentPath(doc)}?date=${day}`,
            settle: async (page) => page.locator(`[data-scs-date="${day}"][data-scs-date-kind="chosen"]`).first().waitFor({ timeout: 15_000 }),
          },
    ),
    ...(proposal ? [{ name: 'proposal', path: documentPath(proposal) }] : []),
    { name: 'supplement', path: documentPath(supplement) },
    ...(scopeFile ? [{ name: 'scope', path: `/standards/scopes/${scopeFile.replace(/\.yaml$/, '')}` }, { name: 'compliance', path: '/compliance' }] : []),
    { name: 'handbook index', path: '/docs' },
    { name: 'handbook page', path: '/docs/authoring' },
    { name: 'lint rules index', path: '/docs/lint-rules' },
    { name: 'lint rule', path: '/docs/lint-rules/heading-levels' },
    {
      name: 'search, with hits',
      path: '/search?q=flavor',
      settle: async (page) => page.locator('main ol li a').first().waitFor({ timeout: 15_000 }),
    },
    {
      name: 'navbar search, open',
      path: '/standards',
      walk: false,
      settle: async (page) => {
        await page.getByRole('searchbox', { name: 'Search standards and documentation' }).fill('entropy');
        await page.locator('nav [role="search"] ul li a').first().waitFor({ timeout: 15_000 });
      },
    },
    { name: '404', path: '/no/such/page', status: 404 },
  ];
}

/** What changed between versions: the last pair's page with its folded sections open, and any two compared in the browser. */
function diffPageTypes(standard: ReturnType<typeof allStandards>[number]): PageType[] {
  const versions = standard.versions;
  if (versions.length < 2) return [];
  const openFolded = async (page: Page) => {
    await page.locator('#diff-summary').waitFor({ timeout: 15_000 });
    await page.evaluate(() => document.querySelectorAll('main details').forEach((details) => ((details as HTMLDetailsElement).open = true)));
  };
  const label = (index: number) => /^scs-\d+-v\d+/.exec(versions.at(index)!.id)![0];
  return [
    { name: 'diff page', path: diffPagePath(standard, versions.at(-2)!, versions.at(-1)!), settle: openFolded },
    ...(versions.length >= 3 ? [{ name: 'compare page, two versions chosen', path: `${comparePagePath(standard)}?from=${label(0)}&to=${label(-1)}`, settle: openFolded }] : []),
  ];
}
