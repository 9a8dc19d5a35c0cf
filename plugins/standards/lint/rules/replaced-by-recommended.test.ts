import { describe, expect, it } from 'vitest';
import { documentText, lintFixture, standardFields } from '../testing.js';

const doc = (overrides: Record<string, string | null | undefined> = {}) => documentText(standardFields(overrides));
const lint = (files: Record<string, string>) => lintFixture(files, { rules: ['replaced-by-recommended'] });
const deprecated = { status: 'Deprecated', deprecated_at: '2025-01-01' };
const rejected = { status: 'Rejected', stabilized_at: null, rejected_at: '2025-01-01' };
const MESSAGE = (status: string) =>
  `4:1 warning Missing \`replaced_by\` on a ${status} document, expected the file names of the documents that took its place, e.g. \`replaced_by: [scs-NNNN-vN-slug.md]\`, or \`replaced_by: []\` if none did`;

describe('replaced-by-recommended', () => {
  it.each([
    ['a deprecated document that names its successor', { 'scs-0100-v1-a.md': doc({ ...deprecated, replaced_by: '[scs-0200-v1-b.md]' }) }],
    ['a deprecated document that another one replaces (replaced-by-required reports it)', { 'scs-0100-v1-a.md': doc(deprecated), 'scs-0100-v2-a.md': doc({ replaces: '[scs-0100-v1-a.md]' }) }],
    ['a rejected document that says nothing took its place', { 'scs-0100-v1-a.md': doc({ ...rejected, replaced_by: '[]' }) }],
    ['Stable and Draft documents', { 'scs-0100-v1-a.md': doc(), 'scs-0101-v1-a.md': doc({ status: 'Draft' }) }],
    ['templates', { 'scs-XXXX-v1-template.md': doc(deprecated) }],
  ])('accepts %s', async (_, files) => {
    expect(await lint(files)).toEqual([]);
  });

  it.each([
    ['Deprecated', deprecated],
    ['Rejected', rejected],
  ])('warns about a %s document that names no successor', async (status, overrides) => {
    expect(await lint({ 'scs-0100-v1-a.md': doc(overrides) })).toEqual([`scs-0100-v1-a.md:${MESSAGE(status)}`]);
  });

  it('warns also when the only document naming it was rejected', async () => {
    expect(await lint({ 'scs-0100-v1-a.md': doc(deprecated), 'scs-0100-v2-a.md': doc({ ...rejected, replaces: '[scs-0100-v1-a.md]' }) })).toEqual([
      `scs-0100-v1-a.md:${MESSAGE('Deprecated')}`,
      `scs-0100-v2-a.md:${MESSAGE('Rejected')}`,
    ]);
  });
});
