import { describe, expect, it } from 'vitest';
import { documentText, lintFixture, standardFields } from '../testing.js';

const lint = (overrides: Record<string, string | null | undefined>) =>
  lintFixture(
    { 'scs-0100-v1-a.md': documentText(standardFields({ ...overrides, replaced_by: '[scs-0100-v2-a.md]' })) },
    { rules: ['lifecycle-replaced-by'] },
  );

describe('lifecycle-replaced-by', () => {
  it.each([{ status: 'Deprecated', deprecated_at: '2025-01-01' }, { status: 'Rejected', rejected_at: '2024-01-01' }, { status: null }])(
    'accepts replaced_by with %o',
    async (overrides) => {
      expect(await lint(overrides)).toEqual([]);
    },
  );

  it('accepts a Stable document that names no successor', async () => {
    expect(await lintFixture({ 'scs-0100-v1-a.md': documentText(standardFields()) }, { rules: ['lifecycle-replaced-by'] })).toEqual([]);
  });

  it.each(['Draft', 'Stable'])('reports replaced_by on a %s document', async (status) => {
    expect(await lint({ status })).toEqual([
      `scs-0100-v1-a.md:7:1 error Unexpected \`replaced_by\` on a ${status} document, expected it only when \`status\` is Deprecated or Rejected`,
    ]);
  });
});
