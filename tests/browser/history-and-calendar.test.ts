// On the shared build of our own corpus: a document page lists its file's
// changes from this repository's git history, and the calendars are served
// and parse back. Expectations come from git and the model, not from a list.
//
// CI runs on a full clone, where the list must match `git log --follow`. On a
// shallow clone the build can only list the commits above the clone's edge:
// the test then checks the page against what that history can tell (often
// nothing, in a clone of one commit: no list at all).
import { execFileSync } from 'node:child_process';
import ICAL from 'ical.js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadScopesOnce, readableScopes } from '../../plugins/standards/docusaurus/scopes-data.js';
import { buildCalendarEvents, buildCalendarFiles, eventUid } from '../../plugins/standards/export/calendar.js';
import { CALENDAR_PATH, standardCalendarPath, statusPagePath } from '../../plugins/standards/export/urls.js';
import { commitUrl, commitUrlSettingFromEnv, resolveCommitTemplate } from '../../plugins/standards/history/commit-links.js';
import { loadCorpusHistory } from '../../plugins/standards/history/commit-log.js';
import { allStandards } from '../../plugins/standards/model/registry.js';
import { loadCorpus, type LoadedCorpus } from '../../plugins/standards/parse/load-corpus.js';
import { launchBrowser, openPage } from './browser.js';

const siteUrl = inject('siteUrl');
const SITE = 'https://docs.scs.community';
// Changed in several commits, so the list has more than one entry on a full clone.
const DOCUMENT = 'scs-0001-v1-sovereign-cloud-standards';

let browser: Browser;
let corpus: LoadedCorpus;
beforeAll(async () => {
  [browser, corpus] = await Promise.all([launchBrowser(), loadCorpus('Standards')]);
});
afterAll(async () => browser?.close());

const git = (args: string[]) => execFileSync('git', args, { stdio: ['ignore', 'pipe', 'ignore'] }).toString();

describe('the history of a document', () => {
  it('lists the changes to its file, newest first, with commit links when the remote gives them', async () => {
    const { page, errors } = await openPage(browser, `${siteUrl}/standards/${DOCUMENT}`);
    const section = page.locator('section.scs-history');
    const history = await loadCorpusHistory('Standards');
    const template = resolveCommitTemplate(commitUrlSettingFromEnv(process.env.STANDARDS_COMMIT_URL), history.remotes);
    const rows = async () =>
      section.locator('li').evaluateAll((items) =>
        items.map((item) => ({
          date: item.querySelector('time')?.getAttribute('datetime') ?? '',
          subject: item.querySelector('.scs-history__subject')?.textContent ?? '',
          href: item.querySelector('a')?.getAttribute('href') ?? null,
        })),
      );
    if (git(['rev-parse', '--is-shallow-repository']).trim() === 'false') {
      // Full clone: exactly what git's own rename-following log says (merges, which change no file here, aside).
      const expected = git(['log', '--follow', '--no-merges', '--format=%H%x00%cs%x00%s', '--', `Standards/${DOCUMENT}.md`])
        .trim()
        .split('\n')
        .map((line) => line.split('\0'))
        .map(([hash = '', date, subject]) => ({ date, subject, href: commitUrl(template, hash) }));
      expect(expected.length).toBeGreaterThan(1);
      expect(await section.getByRole('heading', { name: 'Changes to this document' }).isVisible()).toBe(true);
      expect(await rows()).toEqual(expected.slice(0, 100));
      expect(await section.locator('details').count()).toBe(expected.length > 5 ? 1 : 0);
    } else {
      // Shallow clone: only what the build could be sure of, possibly nothing.
      const known = history.files.get(`${DOCUMENT}.md`)?.commits ?? [];
      expect(await section.count()).toBe(known.length > 0 ? 1 : 0);
      if (known.length > 0) expect((await rows()).map((row) => row.date)).toEqual(known.slice(0, 100).map((commit) => commit.date));
    }
    expect(errors).toEqual([]);
  });
});

/** UIDs and start days of a calendar file, read back with ical.js. */
function parseEvents(text: string): string[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return `${event.startDate.toString()} ${event.uid}`;
  });
}

describe('the calendars', () => {
  it('serves the site-wide calendar with every dated transition of versions and scope versions', async () => {
    const response = await fetch(`${siteUrl}${CALENDAR_PATH}`);
    expect(response.status).toBe(200);
    const served = parseEvents(await response.text());
    const versions = buildCalendarEvents(corpus.registry.documents).map((event) => `${event.date} ${eventUid(event, SITE)}`);
    expect(versions.length).toBeGreaterThan(10);
    const scopes = readableScopes(await loadScopesOnce({ dir: 'Standards/scopes', mixed: false }, 'Standards'));
    expect(scopes.length).toBeGreaterThan(0);
    expect(served).toEqual(parseEvents(buildCalendarFiles(corpus.registry, '2000-01-01', SITE, scopes)[0]!.content));
    expect(served.filter((event) => !event.includes(' scope-'))).toEqual(versions);
    expect(served.filter((event) => event.includes(' scope-')).length).toBeGreaterThan(0);
  });

  it('links each status page to its standard’s calendar', async () => {
    const standard = allStandards(corpus.registry).find((candidate) => candidate.versions.some((version) => version.deprecatedAt))!;
    const { page, errors } = await openPage(browser, `${siteUrl}${statusPagePath(standard)}`);
    const link = page.getByRole('link', { name: `Calendar of ${standard.id}'s dates` });
    expect(await link.count()).toBe(1);
    const href = (await link.getAttribute('href'))!;
    expect(href).toBe(standardCalendarPath(standard));
    const text = await (await fetch(new URL(href, siteUrl))).text();
    expect(parseEvents(text)).toEqual(buildCalendarEvents([...standard.versions, ...standard.supplements]).map((event) => `${event.date} ${eventUid(event, SITE)}`));
    expect(errors).toEqual([]);
  });
});
