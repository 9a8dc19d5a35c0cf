import { describe, expect, it } from 'vitest';
import { parseScopeFile } from '../parse/scope.js';
import { addDays } from './lifecycle.js';
import { scopeVersionHistory, scopeVersionSchedule, scopeVersionStateAt, stateOnSchedule, versionsNewestFirst } from './scope-timeline.js';

// Entries written out of order on purpose: the tools must not care.
const scope = parseScopeFile(
  's.yaml',
  `uuid: u
name: S
modules: []
versions:
  - { version: v1, stabilized_at: 2024-01-01, include: [] }
  - { version: next, include: [] }
  - { version: v2, stabilized_at: 2025-01-01, include: [] }
timeline:
  - date: 2025-06-01
    versions: { v2: effective, next: draft }
  - date: 2024-01-01
    versions: { v1: effective }
  - date: 2025-01-01
    versions: { v2: effective, v1: warn }
`,
).scope!;

describe('scopeVersionStateAt', () => {
  it.each([
    ['2023-12-31', 'v1', 'draft'], // before the first entry nothing is in force
    ['2024-01-01', 'v1', 'effective'], // an entry counts from its own day
    ['2024-12-31', 'v1', 'effective'],
    ['2024-12-31', 'v2', 'deprecated'], // not listed by the entry in force
    ['2025-01-01', 'v1', 'warn'],
    ['2025-01-01', 'v2', 'effective'],
    ['2025-05-31', 'v1', 'warn'],
    ['2025-06-01', 'v1', 'deprecated'], // left out: deprecated
    ['2025-06-01', 'next', 'draft'],
    ['2025-06-01', 'v9', 'deprecated'],
  ])('on %s, %s is %s', (date, version, state) => {
    expect(scopeVersionStateAt(scope, version, date)).toBe(state);
  });
});

describe('versionsNewestFirst and scopeVersionHistory', () => {
  it('puts unreleased versions first, then the newest stabilized', () => {
    expect(versionsNewestFirst(scope).map((version) => version.version)).toEqual(['next', 'v2', 'v1']);
  });

  it("lists each change of a version's state once, oldest first", () => {
    expect(scopeVersionHistory(scope, 'v1')).toEqual([
      { date: '2024-01-01', state: 'effective' },
      { date: '2025-01-01', state: 'warn' },
      { date: '2025-06-01', state: 'deprecated' },
    ]);
    expect(scopeVersionHistory(scope, 'v2')).toEqual([{ date: '2025-01-01', state: 'effective' }]);
  });
});

describe('scopeVersionSchedule and stateOnSchedule (what a page carries instead of the timeline)', () => {
  // Two entries on one day: the first written counts, as in scopeVersionStateAt.
  const twice = parseScopeFile(
    't.yaml',
    `uuid: u
name: T
modules: []
versions:
  - { version: v1, stabilized_at: 2024-01-01, include: [] }
  - { version: v2, include: [] }
timeline:
  - date: 2024-06-01
    versions: { v1: warn, v2: effective }
  - date: 2024-06-01
    versions: { v1: effective }
  - date: 2024-01-01
    versions: { v1: effective }
  - date: 2025-01-01
    versions: { v2: effective }
`,
  ).scope!;

  it.each([
    ['S', scope, ['v1', 'v2', 'next', 'v9']],
    ['T', twice, ['v1', 'v2']],
  ] as const)('gives the state scopeVersionStateAt gives, for every version of %s on every day from 2023 to 2026', (_, subject, versions) => {
    let compared = 0;
    for (const version of versions) {
      const schedule = scopeVersionSchedule(subject, version);
      for (let day = '2023-06-01'; day <= '2026-06-01'; day = addDays(day, 1)) {
        expect(stateOnSchedule(schedule, day), `${version} on ${day}`).toBe(scopeVersionStateAt(subject, version, day));
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(2000);
  });

  it('lists only the changes, oldest first', () => {
    expect(scopeVersionSchedule(scope, 'v2')).toEqual([
      { date: '2024-01-01', state: 'deprecated' },
      { date: '2025-01-01', state: 'effective' },
    ]);
    expect(scopeVersionSchedule(twice, 'v1')).toEqual([
      { date: '2024-01-01', state: 'effective' },
      { date: '2024-06-01', state: 'warn' },
      { date: '2025-01-01', state: 'deprecated' },
    ]);
    expect(scopeVersionSchedule({ timeline: [] }, 'v1')).toEqual([]);
    expect(stateOnSchedule([], '2025-01-01')).toBe('draft');
  });
});
