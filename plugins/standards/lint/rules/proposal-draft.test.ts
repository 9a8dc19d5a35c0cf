import { describe, expect, it } from 'vitest';
import { documentText, lintFixture, standardFields } from '../testing.js';

const lint = (fileName: string, overrides: Record<string, string | null | undefined>) =>
  lintFixture({ [fileName]: documentText(standardFields(overrides)) }, { rules: ['proposal-draft'] });
const draft = { status: 'Draft', stabilized_at: null };

describe('proposal-draft', () => {
  it.each([
    ['a v1 Draft proposal', 'scs-xxxx-v1-quotas.md', draft],
    ['a proposal without status (front-matter-required reports that)', 'scs-xxxx-v1-quotas.md', { status: null }],
    ['a proposal written `status: Proposal`, read as Draft (front-matter-value reports the spelling)', 'scs-xxxx-v1-quotas.md', { status: 'Proposal' }],
    ['a numbered Stable v2, which is no proposal', 'scs-0100-v2-quotas.md', {}],
  ])('accepts %s', async (_, fileName, overrides) => {
    expect(await lint(fileName, overrides)).toEqual([]);
  });

  it.each([
    ['scs-xxxx-v2-quotas.md', draft, ['1:1 error Unexpected version v2 of a proposal, expected `scs-xxxx-v1-quotas.md`: a proposal is version 1 until it gets a number']],
    ['scs-xxxx-v1-quotas.md', {}, ['4:1 error Unexpected status Stable on a proposal, expected `status: Draft`: a proposal becomes Stable only after it has a number']],
    [
      'scs-xxxx-v3-quotas.md',
      { status: 'Rejected', stabilized_at: null, rejected_at: '2024-01-01' },
      [
        '1:1 error Unexpected version v3 of a proposal, expected `scs-xxxx-v1-quotas.md`: a proposal is version 1 until it gets a number',
        '4:1 error Unexpected status Rejected on a proposal, expected `status: Draft`: a proposal becomes Stable only after it has a number',
      ],
    ],
  ])('reports %s with %o', async (fileName, overrides, expected) => {
    expect(await lint(fileName, overrides)).toEqual(expected.map((line) => `${fileName}:${line}`));
  });
});
