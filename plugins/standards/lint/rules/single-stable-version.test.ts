import { describe, expect, it } from 'vitest';
import { documentText, lintFixture, standardFields } from '../testing.js';

const doc = (overrides: Record<string, string | null | undefined> = {}) => documentText(standardFields(overrides));
const lint = (files: Record<string, string>) => lintFixture(files, { rules: ['single-stable-version'] });

describe('single-stable-version', () => {
  it.each([
    ['one Stable version and a draft', { 'scs-0100-v1-a.md': doc(), 'scs-0100-v2-a.md': doc({ status: 'Draft' }) }],
    ['an older Stable version with a deprecation date', { 'scs-0100-v1-a.md': doc({ deprecated_at: '2027-01-01' }), 'scs-0100-v2-a.md': doc() }],
    ['Stable versions of different standards', { 'scs-0100-v1-a.md': doc(), 'scs-0101-v1-a.md': doc() }],
  ])('accepts %s', async (_, files) => {
    expect(await lint(files)).toEqual([]);
  });

  it('reports every older open-ended Stable version', async () => {
    expect(await lint({ 'scs-0100-v1-a.md': doc(), 'scs-0100-v2-a.md': doc(), 'scs-0100-v3-a.md': doc() })).toEqual([
      'scs-0100-v1-a.md:4:1 warning Unexpected Stable `scs-0100-v1-a.md` next to the newer Stable `scs-0100-v3-a.md`, expected the older version deprecated in a separate step: `status: Deprecated`, `deprecated_at:` the last day it applies, and `replaced_by: [scs-0100-v3-a.md]`',
      'scs-0100-v2-a.md:4:1 warning Unexpected Stable `scs-0100-v2-a.md` next to the newer Stable `scs-0100-v3-a.md`, expected the older version deprecated in a separate step: `status: Deprecated`, `deprecated_at:` the last day it applies, and `replaced_by: [scs-0100-v3-a.md]`',
    ]);
  });
});
