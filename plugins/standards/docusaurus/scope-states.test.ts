// Scope states computed in the browser against the model's: for our corpus and
// its scopes, the scope page and the scope lists of status and document pages,
// built for one day and recomputed in the browser's way for another, equal the
// props built for that other day, on every day a scope or document state
// changes, the day before, and every 20th day from 2019 to 2031.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, stateChangeDays } from '../model/lifecycle.js';
import { allStandards, type Registry } from '../model/registry.js';
import type { Scope } from '../model/scope.js';
import { loadCorpus } from '../parse/load-corpus.js';
import { loadScopes } from '../parse/load-scopes.js';
import { toScopePageProp, toScopeUsageProp, toStandardScopeUsage, toTrackScopesProp } from './scope-props.js';
import { scopePageAt, scopeUsageAt, trackScopesAt } from './scope-states.js';
import { trackByName } from '../model/vocabulary.js';
import { readableScopes } from './scopes-data.js';

const CORPUS = path.resolve(__dirname, '../../../Standards');
const SITE = 'https://docs.scs.community';
const BUILD_DAY = '2024-01-15';

let registry: Registry;
let scopes: Scope[];
let days: string[];

beforeAll(async () => {
  ({ registry } = await loadCorpus(CORPUS));
  scopes = readableScopes(await loadScopes(path.join(CORPUS, 'scopes'), { relativeTo: CORPUS }));
  const changes = [...stateChangeDays(registry.documents), ...scopes.flatMap((scope) => scope.timeline.map((entry) => entry.date))];
  const regular = Array.from({ length: (12 * 365) / 20 + 1 }, (_, index) => addDays('2019-01-01', index * 20));
  days = [...new Set([...changes, ...changes.map((day) => addDays(day, -1)), ...regular])].sort();
});

describe('scope states computed in the browser', () => {
  it('uses our scopes and a few hundred days', () => {
    expect(scopes.map((scope) => scope.slug)).toEqual(['scs-compatible-iaas', 'scs-compatible-kaas']);
    expect(days.length).toBeGreaterThan(200);
  });

  it("give each scope page the versions' states and the standards' states the model gives on that day", () => {
    let changed = 0;
    for (const scope of scopes) {
      const built = toScopePageProp(registry, scope, BUILD_DAY, SITE);
      for (const day of days) {
        const expected = toScopePageProp(registry, scope, day, SITE);
        const computed = scopePageAt(built, day);
        expect({ date: computed.date, columns: computed.columns, rows: computed.rows }, `${scope.slug} on ${day}`).toEqual({ date: day, columns: expected.columns, rows: expected.rows });
        if (computed.columns.some((column, index) => column.state !== built.columns[index]!.state)) changed += 1;
      }
    }
    expect(changed).toBeGreaterThan(50);
  });

  it('give the Scopes track page (/standards/scopes) each scope version\'s state the model gives on that day', () => {
    const track = trackByName('Scopes')!;
    const built = toTrackScopesProp(track, scopes, BUILD_DAY);
    expect(built.flatMap((scope) => scope.versions).length).toBeGreaterThan(3);
    let changed = 0;
    for (const day of days) {
      const computed = trackScopesAt(built, day);
      expect(computed, `on ${day}`).toEqual(toTrackScopesProp(track, scopes, day));
      if (computed.some((scope, index) => scope !== built[index])) changed += 1;
    }
    expect(changed).toBeGreaterThan(50);
    // Unchanged states keep the same objects, so React can skip them.
    expect(trackScopesAt(built, BUILD_DAY)[0]).toBe(built[0]);
  });

  it('give the scope lists of every status page and document page the states the model gives on that day', () => {
    let compared = 0;
    const lists = [
      ...allStandards(registry).map((standard) => (day: string) => toStandardScopeUsage(registry, scopes, standard, day)),
      ...registry.documents.filter((document) => document.kind !== 'template').map((document) => (day: string) => toScopeUsageProp(registry, scopes, [document], day)),
    ];
    for (const list of lists) {
      const built = list(BUILD_DAY);
      if (built.length === 0) continue;
      for (const day of days) {
        expect(scopeUsageAt(built, day), day).toEqual(list(day));
        compared += built.length;
      }
    }
    expect(compared).toBeGreaterThan(5000);
  });
});
