import { describe, expect, it } from 'vitest';
import { lintAgainstBase } from '../../history/testing.js';
import { documentText, standardFields } from '../testing.js';

const FILE = 'scs-0100-v1-a.md';
const as = (fields: Record<string, string | null>) => ({ [FILE]: documentText(standardFields(fields)) });
const lint = (base: Record<string, string>, now: Record<string, string>) =>
  lintAgainstBase(base, now, { rules: ['history-lifecycle-date'], date: '2025-06-01' });

describe('history-lifecycle-date', () => {
  it.each([
    ['a date set for the first time', as({ status: 'Draft', stabilized_at: null }), as({ stabilized_at: '2025-07-01' })],
    ['a future date moved', as({ stabilized_at: '2025-07-01' }), as({ stabilized_at: '2025-09-01' })],
    ['a passed date kept while another is added', as({}), as({ status: 'Deprecated', deprecated_at: '2026-01-01' })],
  ])('accepts %s', async (_, base, now) => {
    expect(await lint(base, now)).toEqual([]);
  });

  it.each([
    ['a passed stabilized_at moved', as({ stabilized_at: '2024-01-15' }), as({ stabilized_at: '2024-03-01' }), 6, 'Unexpected change of `stabilized_at` from 2024-01-15 to 2024-03-01, expected a lifecycle date that has passed to stay as it is'],
    [
      'a passed deprecated_at moved',
      as({ status: 'Deprecated', deprecated_at: '2025-05-31' }),
      as({ status: 'Deprecated', deprecated_at: '2025-12-31' }),
      7,
      'Unexpected change of `deprecated_at` from 2025-05-31 to 2025-12-31, expected a lifecycle date that has passed to stay as it is',
    ],
    [
      'a passed rejected_at removed',
      as({ status: 'Rejected', stabilized_at: null, rejected_at: '2025-06-01' }),
      as({ status: 'Rejected', stabilized_at: null }),
      1,
      'Unexpected removal of `rejected_at: 2025-06-01`, expected a lifecycle date that has passed to stay as it is',
    ],
  ])('reports %s', async (_, base, now, line, message) => {
    expect(await lint(base, now)).toEqual([`${FILE}:${line}:1 error ${message}`]);
  });
});
