import { describe, expect, it } from 'vitest';
import { documentText, lintFixture, standardFields } from '../testing.js';

const doc = (overrides: Record<string, string | null | undefined> = {}) => documentText(standardFields(overrides));
/** The lint day is 2025-06-01. */
const lint = (files: Record<string, string>) => lintFixture(files, { rules: ['effective-version-gap'], date: '2025-06-01' });
const deprecated = (on: string, more: Record<string, string> = {}) => ({ status: 'Deprecated', stabilized_at: '2022-01-10', deprecated_at: on, ...more });

describe('effective-version-gap', () => {
  it.each([
    [
      'v2 in force before v1 is deprecated',
      { 'scs-0100-v1-a.md': doc(deprecated('2025-01-01', { replaced_by: '[scs-0100-v2-a.md]' })), 'scs-0100-v2-a.md': doc({ stabilized_at: '2024-12-01', replaces: '[scs-0100-v1-a.md]' }) },
    ],
    [
      'v2 in force on the day v1 is deprecated',
      { 'scs-0100-v1-a.md': doc(deprecated('2025-01-01')), 'scs-0100-v2-a.md': doc({ stabilized_at: '2025-01-01' }) },
    ],
    [
      'a gap that ended before the lint day (history)',
      { 'scs-0100-v1-a.md': doc(deprecated('2023-01-01')), 'scs-0100-v2-a.md': doc({ stabilized_at: '2023-06-01' }) },
    ],
    ['a standard that never had a version in force', { 'scs-0100-v1-a.md': doc({ status: 'Draft', stabilized_at: null }) }],
    ['a standard retired on purpose (`replaced_by: []`)', { 'scs-0100-v1-a.md': doc(deprecated('2024-01-01', { replaced_by: '[]' })) }],
    [
      'a standard replaced by one of another number, in force',
      {
        'scs-0100-v1-a.md': doc(deprecated('2024-01-01', { replaced_by: '[scs-0101-v1-b.md]' })),
        'scs-0101-v1-b.md': doc({ stabilized_at: '2023-12-01', replaces: '[scs-0100-v1-a.md]' }),
      },
    ],
  ])('accepts %s', async (_, files) => {
    expect(await lint(files)).toEqual([]);
  });

  it('reports a deprecation scheduled half a year before the next version takes effect, with the dates of the gap', async () => {
    const files = {
      'scs-0100-v2-a.md': doc({ stabilized_at: '2023-03-01', deprecated_at: '2026-06-01' }),
      'scs-0100-v3-a.md': doc({ stabilized_at: '2026-12-01' }),
    };
    expect(await lint(files)).toEqual([
      'scs-0100-v2-a.md:7:1 warning Unexpected gap without a version of scs-0100 in force from 2026-06-01 to 2026-11-30, expected `deprecated_at: 2026-12-01` or later, when `scs-0100-v3-a.md` takes effect',
    ]);
  });

  it('reports a gap that has begun and lasts past the lint day', async () => {
    const files = { 'scs-0100-v1-a.md': doc(deprecated('2025-01-01')), 'scs-0100-v2-a.md': doc({ stabilized_at: '2025-09-01' }) };
    expect(await lint(files)).toEqual([
      'scs-0100-v1-a.md:7:1 warning Unexpected gap without a version of scs-0100 in force from 2025-01-01 to 2025-08-31, expected `deprecated_at: 2025-09-01` or later, when `scs-0100-v2-a.md` takes effect',
    ]);
  });

  it('reports a standard left without any version in force, unless it says nothing replaces it', async () => {
    expect(await lint({ 'scs-0100-v1-a.md': doc(deprecated('2024-01-01')), 'scs-0100-v2-a.md': doc({ status: 'Draft', stabilized_at: null }) })).toEqual([
      'scs-0100-v1-a.md:7:1 warning Unexpected gap without a version of scs-0100 in force from 2024-01-01 on, expected a successor in force by 2024-01-01, or `replaced_by: []` if nothing takes the place of `scs-0100-v1-a.md`',
    ]);
  });

  it('reports a Stable version whose scheduled deprecation leaves nothing in force', async () => {
    expect(await lint({ 'scs-0100-v1-a.md': doc({ deprecated_at: '2026-03-01' }) })).toEqual([
      'scs-0100-v1-a.md:7:1 warning Unexpected gap without a version of scs-0100 in force from 2026-03-01 on, expected a successor in force by 2026-03-01, or `replaced_by: []` once it is Deprecated if nothing takes the place of `scs-0100-v1-a.md`',
    ]);
  });

  it('reports a gap that opens when the successor in another standard is deprecated', async () => {
    const files = {
      'scs-0100-v1-a.md': doc(deprecated('2024-01-01', { replaced_by: '[scs-0101-v1-b.md]' })),
      'scs-0101-v1-b.md': doc({ status: 'Deprecated', stabilized_at: '2023-12-01', deprecated_at: '2026-01-01', replaces: '[scs-0100-v1-a.md]', replaced_by: '[]' }),
    };
    expect(await lint(files)).toEqual([
      'scs-0100-v1-a.md:7:1 warning Unexpected gap without a version of scs-0100 in force from 2026-01-01 on, expected a successor in force by 2026-01-01, or `replaced_by: []` if nothing takes the place of `scs-0100-v1-a.md`',
    ]);
  });
});
