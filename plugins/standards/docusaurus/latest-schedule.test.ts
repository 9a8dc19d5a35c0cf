// `/standards/scs-NNNN/latest` leads to the version in force on the day it is
// followed: the schedule the page carries agrees with the model on every day,
// and its script picks the right entry (run here in a sandbox with a stub of
// `location`).
import path from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, stateChangeDays } from '../model/lifecycle.js';
import { allStandards, currentVersionOf, type Registry } from '../model/registry.js';
import { documentPath } from '../export/urls.js';
import { loadCorpus } from '../parse/load-corpus.js';
import { buildRedirects, currentVersionSchedule, formatRedirectPage } from './redirects.js';

let registry: Registry;
beforeAll(async () => {
  registry = (await loadCorpus(path.resolve(__dirname, '../../../Standards'))).registry;
});

/** The target the page's script goes to, for an address with `search`, on `today`. */
function follow(html: string, search: string, today: string): string {
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!script) throw new Error('no script');
  let target = '';
  const RealDate = Date;
  const FixedDate = class extends RealDate {
    constructor() {
      super(`${today}T12:00:00Z`);
    }
  };
  vm.runInNewContext(script, { URLSearchParams, Date: FixedDate, location: { search, hash: '', replace: (to: string) => (target = to) } });
  return target;
}

describe('/latest on the day it is followed', () => {
  it('names, for every day around every change, the version the model calls current', () => {
    for (const standard of allStandards(registry)) {
      const schedule = currentVersionSchedule(standard);
      const changes = stateChangeDays(standard.versions);
      for (const day of [...changes, ...changes.map((change) => addDays(change, -1)), '2000-01-01', '2100-01-01']) {
        const entry = schedule.filter((step) => step.from === null || step.from <= day).at(-1);
        const current = currentVersionOf(standard, day);
        expect(entry?.to, `${standard.id} on ${day}`).toBe(current ? documentPath(current) : undefined);
      }
    }
  });

  it('goes to the version of the reader’s day, or of a valid ?date= (which it keeps)', () => {
    const withSchedule = buildRedirects(registry, '2020-01-01').filter((redirect) => redirect.schedule);
    expect(withSchedule.length).toBeGreaterThan(0);
    for (const redirect of withSchedule) {
      const { content } = formatRedirectPage(redirect, 'https://example.org/base/');
      const last = redirect.schedule!.at(-1)!;
      const first = redirect.schedule![0]!;
      expect(follow(content, '', '2100-01-01')).toBe(`/base${last.to}`);
      expect(follow(content, '?date=2100-01-01', '1999-01-01')).toBe(`/base${last.to}?date=2100-01-01`);
      expect(follow(content, '?date=1990-01-01', '2100-01-01')).toBe(`/base${first.to}?date=1990-01-01`);
      expect(follow(content, '?date=nonsense', '2100-01-01')).toBe(`/base${last.to}`);
    }
  });
});
