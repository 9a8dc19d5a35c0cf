// Starts the portal builds the browser test files of this run read (tests/browser/builds.ts):
// our own corpus for most files, the hostile-content fixture, 1,000 generated documents. They are
// made one after the other in the background (tests/browser/site-builds.ts), so this returns at
// once and the unit tests run meanwhile; each browser test file waits for its own build before
// its first hook (tests/browser/wait-for-site.ts). Chromium is installed here if it is missing.
// Every build is made as on the run's suite day (STANDARDS_DATE; tests/suite-day.mts), the day the
// test files compute their expectations for and the browser pages are read on.
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../../scripts/lib/chromium.js';
import { BUILD_ORDER, buildFor, type BuildName, type SiteInfo } from './builds.js';
import { startSiteBuilds, type SiteQueue } from './site-builds.js';

let queue: SiteQueue | undefined;

export async function setup(project: TestProject): Promise<void> {
  ensureChromium((line) => console.log(line));
  const needed = new Set(browserFilesOfThisRun(project).map(buildFor));
  const { suiteDay } = project.getProvidedContext();
  queue = await startSiteBuilds(BUILD_ORDER.filter((name) => needed.has(name)), suiteDay, (line) => console.log(line));
  const sites: Partial<Record<BuildName, SiteInfo>> = {};
  for (const site of queue.sites) sites[site.name] = { url: site.url, dir: site.dir, corpus: site.corpus };
  project.provide('sites', sites);
  project.provide('siteUrl', sites.main?.url ?? '');
  project.provide('siteDir', sites.main?.dir ?? '');
}

export async function teardown(): Promise<void> {
  await queue?.close();
}

/** The browser project's files this run will run (all of them when vitest does not say). */
function browserFilesOfThisRun(project: TestProject): string[] {
  const browserDir = path.resolve(project.config.root, 'tests/browser') + path.sep;
  const files = project.vitest.state.getPaths().filter((file) => file.startsWith(browserDir));
  return files.length > 0 ? files : ['any.test.ts', 'hostile-content.test.ts', 'page-weight-1000.test.ts'];
}
