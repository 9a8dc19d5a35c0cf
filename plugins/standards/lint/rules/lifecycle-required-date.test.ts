import { describe, expect, it } from 'vitest';
import { documentText, lintFixture, standardFields } from '../testing.js';

const lint = (overrides: Record<string, string | null | undefined>) =>
  lintFixture({ 'scs-0100-v1-a.md': documentText(standardFields(overrides)) }, { rules: ['lifecycle-required-date'] });

describe('lifecycle-required-date', () => {
  it.each([
    { status: 'Draft', stabilized_at: null },
    { status: 'Stable', stabilized_at: '2024-01-15' },
    { status: 'Deprecated', deprecated_at: '2025-01-15' },
    { status: 'Rejected', stabilized_at: '2023-01-15', rejected_at: '2024-03-01' },
    { status: 'Rejected', stabilized_at: null, rejected_at: '2024-03-01' },
    // An invalid date is front-matter-value's problem, not a missing one.
    { status: 'Stable', stabilized_at: '2023-02-30' },
    // A Supplement should have no status at all (front-matter-required says so).
    { type: 'Supplement', stabilized_at: null },
    // Without a valid status there is no date to ask for.
    { status: 'Final', stabilized_at: null },
  ])('accepts %o', async (overrides) => {
    expect(await lint(overrides)).toEqual([]);
  });

  it.each([
    [{ stabilized_at: null }, 'Missing `stabilized_at` for status Stable, expected the day it becomes effective, e.g. `stabilized_at: 2024-05-01`'],
    [{ status: 'Deprecated' }, 'Missing `deprecated_at` for status Deprecated, expected the day it stops being effective, e.g. `deprecated_at: 2024-05-01`'],
    [{ status: 'Deprecated', stabilized_at: null, deprecated_at: '2025-01-15' }, 'Missing `stabilized_at` for status Deprecated, expected the day it became Stable, kept from before its deprecation, e.g. `stabilized_at: 2024-05-01`'],
    [{ status: 'Rejected', stabilized_at: null }, 'Missing `rejected_at` for status Rejected, expected the day it was rejected, e.g. `rejected_at: 2024-05-01`'],
  ])('reports %o', async (overrides, message) => {
    expect(await lint(overrides)).toEqual([`scs-0100-v1-a.md:4:1 error ${message}`]);
  });

  it('reports both dates of a Deprecated document that has neither', async () => {
    expect(await lint({ status: 'Deprecated', stabilized_at: null })).toEqual([
      'scs-0100-v1-a.md:4:1 error Missing `stabilized_at` for status Deprecated, expected the day it became Stable, kept from before its deprecation, e.g. `stabilized_at: 2024-05-01`',
      'scs-0100-v1-a.md:4:1 error Missing `deprecated_at` for status Deprecated, expected the day it stops being effective, e.g. `deprecated_at: 2024-05-01`',
    ]);
  });

  it('reads a Deprecated date under its former name `obsoleted_at`', async () => {
    expect(await lint({ status: 'Deprecated', obsoleted_at: '2025-01-15' })).toEqual([]);
  });
});
