import { describe, expect, it } from 'vitest';
import { documentText, lintFixture, standardFields } from '../testing.js';

const lint = (overrides: Record<string, string | null | undefined>, fileName = 'scs-0100-v1-a.md') =>
  lintFixture({ [fileName]: documentText(standardFields(overrides)) }, { rules: ['front-matter-value'] });

describe('front-matter-value', () => {
  it.each([
    { type: 'Decision Record' },
    { stabilized_at: '2024-02-29' },
    { title: '"Quoted: title"' },
    { replaces: '[scs-0100-v1-a.md, scs-0100-v2-a.md]' },
    { authors: '[One, Two]' },
    // Older forms are read as meant; front-matter-canonical-form suggests the list.
    { authors: 'A Person' },
    { replaces: 'scs-0100-v1-a.md' },
    { replaced_by: '' },
  ])('accepts %o', async (overrides) => {
    expect(await lint(overrides)).toEqual([]);
  });

  it('skips templates', async () => {
    expect(await lint({ type: '<Standard or Decision Record>' }, 'scs-XXXX-v1-template.md')).toEqual([]);
  });

  it.each([
    [{ type: 'standard' }, '3:7', 'Unexpected `standard` for `type` (did you mean `Standard`?), expected one of `Procedural`, `Standard`, `Decision Record`, `Supplement`'],
    [{ status: 'Final' }, '4:9', 'Unexpected `Final` for `status`, expected one of `Draft`, `Stable`, `Deprecated`, `Rejected`'],
    [{ track: 'Kubernetes' }, '5:8', 'Unexpected `Kubernetes` for `track`, expected one of `Global`, `IaaS`, `KaaS`, `IAM`, `Ops`, `Scopes`'],
    [{ stabilized_at: '2023-02-30' }, '6:16', 'Unexpected `2023-02-30` for `stabilized_at`, expected a day that exists in the calendar'],
    [{ stabilized_at: '14.06.2023' }, '6:16', 'Unexpected `14.06.2023` for `stabilized_at`, expected an ISO date such as `2023-06-14`'],
    [{ stabilized_at: '2023-06-14T10:00:00Z' }, '6:16', 'Unexpected `2023-06-14T10:00:00Z` for `stabilized_at`, expected an ISO date such as `2023-06-14`'],
    [{ title: '' }, '2:8', 'Unexpected empty value for `title`, expected text, e.g. `title: SCS Flavor Naming Standard`'],
    [{ title: '42' }, '2:8', 'Unexpected number `42` for `title`, expected text, e.g. `title: SCS Flavor Naming Standard`'],
    [{ authors: '42' }, '7:10', 'Unexpected number `42` for `authors`, expected a list of names, e.g. `authors: [SCS IaaS team]`'],
    [{ authors: '""' }, '7:10', 'Unexpected empty text for `authors`, expected a list of names, e.g. `authors: [SCS IaaS team]`'],
    [{ replaces: '{file: scs-0100-v1-a.md}' }, '7:11', 'Unexpected mapping for `replaces`, expected a list of file names, e.g. `replaces: [scs-0100-v2-flavor-naming.md]`'],
    [{ replaces: '[{a: 1}]' }, '7:11', 'Unexpected mapping as item 1 of `replaces`, expected a list of file names, e.g. `replaces: [scs-0100-v2-flavor-naming.md]`'],
  ])('reports %o', async (overrides, position, message) => {
    expect(await lint(overrides)).toEqual([`scs-0100-v1-a.md:${position} error ${message}`]);
  });

  it.each([
    [{ type: 'standard' }, 'type', 'Standard'],
    [{ type: 'decision-record' }, 'type', 'Decision Record'],
    [{ type: 'ADR' }, 'type', 'Decision Record'],
    [{ status: 'Proposal' }, 'status', 'Draft'],
    [{ status: 'obsolete' }, 'status', 'Deprecated'],
    [{ track: 'iaas' }, 'track', 'IaaS'],
  ])('reads the near miss %o as meant, so the other checks run on it', async (overrides, key, meant) => {
    const { parseDocumentFile } = await import('../../parse/document.js');
    const parsed = parseDocumentFile('scs-0100-v1-a.md', documentText(standardFields(overrides)));
    expect(parsed.document?.[key as 'type' | 'status' | 'track']).toBe(meant);
    expect(parsed.findings.map((finding) => finding.message)).toEqual([expect.stringContaining(`(did you mean \`${meant}\`?)`)]);
  });
});
