import { describe, expect, it } from 'vitest';
import { isTemplateFileName, parseFileName } from './file-name.js';

describe('parseFileName', () => {
  it.each([
    ['scs-0100-v3-flavor-naming.md', { kind: 'document', number: '0100', version: 3, slug: 'flavor-naming', trackDigit: '1' }],
    ['scs-0100-w1-flavor-naming-implementation-testing.md', { kind: 'supplement', number: '0100', version: 1, slug: 'flavor-naming-implementation-testing', trackDigit: '1' }],
    ['scs-xxxx-v1-dns-zone-naming.md', { kind: 'proposal', number: null, version: 1, slug: 'dns-zone-naming', trackDigit: null }],
    ['scs-XXXX-v1-standard-template.md', { kind: 'template', number: null, version: 1, slug: 'standard-template', trackDigit: null }],
    ['scs-0210-v12-k8s-version-policy.md', { kind: 'document', number: '0210', version: 12, slug: 'k8s-version-policy', trackDigit: '2' }],
  ])('accepts %s', (name, parts) => {
    expect(parseFileName(name)).toEqual({ parts, findings: [] });
  });

  it.each([
    ['scs-0100-v3-Flavor-Naming.md', 'Unexpected uppercase letter in file name `scs-0100-v3-Flavor-Naming.md`, expected `scs-0100-v3-flavor-naming.md`'],
    ['scs-0100-v3-flavör.md', 'Unexpected non-ASCII character in file name `scs-0100-v3-flavör.md`, expected only lowercase ASCII letters, digits and hyphens, as in `scs-0100-v3-flavor-naming.md`'],
    ['scs-100-v1-entropy.md', 'Unexpected number `100`, expected four digits zero-padded, e.g. `0100`'],
    ['scs-abcd-v1-entropy.md', 'Unexpected number `abcd`, expected four digits (or `xxxx` for a proposal)'],
    ['scs-0101-v0-entropy.md', 'Unexpected version `v0`, expected `v` followed by a whole number from 1, e.g. `v1`'],
    ['scs-0101-v01-entropy.md', 'Unexpected version `v01`, expected `v` followed by a whole number from 1, e.g. `v1`'],
    ['scs-0101-v1--entropy.md', 'Unexpected slug `-entropy`, expected lowercase ASCII words joined by single hyphens, e.g. `entropy`'],
    ['scs-0101-v1-entropy--pool.md', 'Unexpected slug `entropy--pool`, expected lowercase ASCII words joined by single hyphens, e.g. `entropy-pool`'],
    ['scs-0101-entropy.md', 'Unexpected file name `scs-0101-entropy.md`, expected `scs-NNNN-vN-slug.md` as in `scs-0100-v3-flavor-naming.md`'],
    ['scs-xxxx-w1-notes.md', 'Unexpected supplement number `xxxx`, expected a supplement to name the number of the standard it supplements'],
  ])('rejects %s', (name, message) => {
    expect(parseFileName(name)).toEqual({ parts: null, findings: [{ ruleId: 'file-name', message }] });
  });

  it('recognises templates only by their upper-case XXXX', () => {
    expect(isTemplateFileName('scs-XXXX-v1-decision-record-template.md')).toBe(true);
    expect(isTemplateFileName('scs-xxxx-v1-decision-record-template.md')).toBe(false);
  });
});
