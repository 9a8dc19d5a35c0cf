import { describe, expect, it } from 'vitest';
import { documentText, lintFixture, standardFields } from '../testing.js';

const lint = (overrides: Record<string, string | null | undefined>) =>
  lintFixture({ 'scs-0100-v1-a.md': documentText(standardFields(overrides)) }, { rules: ['lifecycle-date-order'] });

describe('lifecycle-date-order', () => {
  it.each([
    { status: 'Deprecated', stabilized_at: '2023-06-14', deprecated_at: '2024-06-14' },
    { status: 'Deprecated', stabilized_at: '2023-06-14', deprecated_at: '2023-06-14' },
    { status: 'Rejected', stabilized_at: null, rejected_at: '2023-06-14' },
    { status: 'Deprecated', stabilized_at: null, deprecated_at: '2023-06-14' },
  ])('accepts %o', async (overrides) => {
    expect(await lint(overrides)).toEqual([]);
  });

  it.each([
    [
      { status: 'Deprecated', stabilized_at: '2024-06-14', deprecated_at: '2024-06-13' },
      'scs-0100-v1-a.md:7:1 error Unexpected `deprecated_at: 2024-06-13` before `stabilized_at: 2024-06-14`, expected it on or after that day',
    ],
    [
      { status: 'Rejected', stabilized_at: '2024-06-14', rejected_at: '2023-01-01' },
      'scs-0100-v1-a.md:7:1 error Unexpected `rejected_at: 2023-01-01` before `stabilized_at: 2024-06-14`, expected it on or after that day',
    ],
  ])('reports %o', async (overrides, expected) => {
    expect(await lint(overrides)).toEqual([expected]);
  });
});
