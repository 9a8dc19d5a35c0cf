import { describe, expect, it } from 'vitest';
import { documentText, lintFixture, standardFields } from '../testing.js';

const doc = (overrides: Record<string, string | null | undefined> = {}) => documentText(standardFields(overrides));
const lint = (files: Record<string, string>) => lintFixture(files, { rules: ['replaced-by-required'] });
const deprecated = { status: 'Deprecated', deprecated_at: '2025-01-01' };
const rejected = { status: 'Rejected', stabilized_at: null, rejected_at: '2025-01-01' };

describe('replaced-by-required', () => {
  it.each([
    ['a deprecated version that names its successor', { 'scs-0100-v1-a.md': doc({ ...deprecated, replaced_by: '[scs-0100-v2-a.md]' }), 'scs-0100-v2-a.md': doc({ replaces: '[scs-0100-v1-a.md]' }) }],
    ['a Stable predecessor: the pull request that adds v2 leaves v1 alone', { 'scs-0100-v1-a.md': doc(), 'scs-0100-v2-a.md': doc({ replaces: '[scs-0100-v1-a.md]' }) }],
    ['a deprecated document that nothing replaces (replaced-by-recommended)', { 'scs-0100-v1-a.md': doc(deprecated) }],
    ['a successor that was itself rejected', { 'scs-0100-v1-a.md': doc(deprecated), 'scs-0100-v2-a.md': doc({ ...rejected, replaces: '[scs-0100-v1-a.md]' }) }],
  ])('accepts %s', async (_, files) => {
    expect(await lint(files)).toEqual([]);
  });

  it('reports the deprecated v1 that a v2 replaces, also when v2 writes `replaces` as a single string', async () => {
    expect(await lint({ 'scs-0100-v1-a.md': doc(deprecated), 'scs-0100-v2-a.md': doc({ replaces: 'scs-0100-v1-a.md' }) })).toEqual([
      'scs-0100-v1-a.md:4:1 error Missing `scs-0100-v2-a.md` in `replaced_by`, expected every document that replaces this Deprecated one: `replaced_by: [scs-0100-v2-a.md]`',
    ]);
  });

  it('reports a rejected document at its `replaced_by`, listing what is missing and what the field should say', async () => {
    const files = {
      'scs-0100-v1-a.md': doc({ ...rejected, replaced_by: '[scs-0100-v2-a.md]' }),
      'scs-0100-v2-a.md': doc({ replaces: '[scs-0100-v1-a.md]' }),
      'scs-0101-v1-b.md': doc({ replaces: '[scs-0100-v1-a.md]' }),
      'scs-0102-v1-c.md': doc({ status: 'Draft', stabilized_at: null, replaces: '[scs-0100-v1-a.md]' }),
    };
    expect(await lint(files)).toEqual([
      'scs-0100-v1-a.md:7:1 error Missing `scs-0101-v1-b.md`, `scs-0102-v1-c.md` in `replaced_by`, expected every document that replaces this Rejected one: `replaced_by: [scs-0100-v2-a.md, scs-0101-v1-b.md, scs-0102-v1-c.md]`',
    ]);
  });
});
