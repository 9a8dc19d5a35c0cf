import { describe, expect, it } from 'vitest';
import { currentVersion, lifecycleStateAt } from './lifecycle.js';
import type { Status } from './vocabulary.js';

const version = (status: Status | null, stabilizedAt: string | null = null, deprecatedAt: string | null = null, number = 1) => ({
  status,
  stabilizedAt,
  deprecatedAt,
  version: number,
});

describe('lifecycleStateAt', () => {
  const day = '2026-11-23';
  it.each([
    ['a draft', version('Draft'), 'draft'],
    ['a rejected proposal', version('Rejected'), 'rejected'],
    ['a stable version', version('Stable', '2024-02-01'), 'effective'],
    ['a version stable from today', version('Stable', day), 'effective'],
    ['a stable version effective from a future day', version('Stable', '2027-03-01'), 'effective-soon'],
    ['a version deprecated in the future', version('Deprecated', '2023-06-14', '2027-06-30'), 'deprecation-scheduled'],
    ['a stable version with a deprecation scheduled', version('Stable', '2023-06-14', '2027-06-30'), 'deprecation-scheduled'],
    ['a version deprecated today', version('Deprecated', '2023-06-14', day), 'deprecated'],
    ['a version deprecated in the past', version('Deprecated', '2022-09-08', '2023-10-31'), 'deprecated'],
    ['a supplement (no status)', version(null), null],
  ])('%s', (_, document, state) => {
    expect(lifecycleStateAt(document, day)).toBe(state);
  });
});

describe('currentVersion', () => {
  it('is the newest version in force', () => {
    const versions = [version('Deprecated', '2022-01-01', '2023-01-01', 1), version('Stable', '2023-01-01', null, 2), version('Draft', null, null, 3)];
    expect(currentVersion(versions, '2026-11-23')?.version).toBe(2);
  });

  it('keeps the old version current until the new one takes effect', () => {
    const versions = [version('Deprecated', '2023-06-14', '2027-06-30', 3), version('Stable', '2027-03-01', null, 4)];
    expect(currentVersion(versions, '2026-11-23')?.version).toBe(3);
    expect(currentVersion(versions, '2027-03-01')?.version).toBe(4);
  });

  it('falls back to the newest version when none is in force', () => {
    expect(currentVersion([version('Draft', null, null, 1), version('Draft', null, null, 2)], '2026-11-23')?.version).toBe(2);
  });
});
