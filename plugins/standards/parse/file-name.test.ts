import { describe, expect, it } from 'vitest';
import { isStandardsFileName, isTemplateFileName, parseFileName } from './file-name.js';

describe('parseFileName', () => {
  it.each([
    ['scs-0100-v3-flavor-naming.md', { kind: 'document', number: '0100', version: 3, slug: 'flavor-naming', trackDigit: '1' }],
    ['scs-0100-w1-flavor-naming-implementation-testing.md', { kind: 'supplement', number: '0100', version: 1, slug: 'flavor-naming-implementation-testing', trackDigit: '1' }],
    ['scs-xxxx-v1-dns-zone-naming.md', { kind: 'proposal', number: null, version: 1, slug: 'dns-zone-naming', trackDigit: null }],
    ['scs-XXXX-v1-standard-template.md', { kind: 'template', number: null, version: 1, slug: 'standard-template', trackDigit: null }],
    ['scs-XXXX-vN-standard-template.md', { kind: 'template', number: null, version: 1, slug: 'standard-template', trackDigit: null }],
    ['scs-XXXX-wN-supplement-template.md', { kind: 'template', number: null, version: 1, slug: 'supplement-template', trackDigit: null }],
    ['scs-0210-v12-k8s-version-policy.md', { kind: 'document', number: '0210', version: 12, slug: 'k8s-version-policy', trackDigit: '2' }],
  ])('accepts %s', (name, parts) => {
    expect(parseFileName(name)).toEqual({ parts, findings: [] });
  });

  // A naming defect is a finding for authors; the parts still place the document (published at the URL its name gives).
  it.each([
    [
      'scs-0121-v1-Availability-Zones-Standard.md',
      { kind: 'document', number: '0121', version: 1, slug: 'Availability-Zones-Standard', trackDigit: '1' },
      'Unexpected uppercase letter in file name `scs-0121-v1-Availability-Zones-Standard.md`, expected `scs-0121-v1-availability-zones-standard.md`',
    ],
    [
      'scs-0100-v3-Flavor_Naming.md',
      { kind: 'document', number: '0100', version: 3, slug: 'Flavor_Naming', trackDigit: '1' },
      'Unexpected uppercase letter in file name `scs-0100-v3-Flavor_Naming.md`, expected `scs-0100-v3-flavor-naming.md`',
    ],
    [
      'scs-0214-v2-k8s_node_distribution.md',
      { kind: 'document', number: '0214', version: 2, slug: 'k8s_node_distribution', trackDigit: '2' },
      'Unexpected slug `k8s_node_distribution`, expected lowercase ASCII words joined by single hyphens, e.g. `k8s-node-distribution`',
    ],
    [
      'SCS-0102-V1-image-metadata.md',
      { kind: 'document', number: '0102', version: 1, slug: 'image-metadata', trackDigit: '1' },
      'Unexpected uppercase letter in file name `SCS-0102-V1-image-metadata.md`, expected `scs-0102-v1-image-metadata.md`',
    ],
    [
      'scs_0104_v1_standard_images.md',
      { kind: 'document', number: '0104', version: 1, slug: 'standard_images', trackDigit: '1' },
      'Unexpected `_` between the parts of file name `scs_0104_v1_standard_images.md`, expected hyphens, as in `scs-0104-v1-standard-images.md`',
    ],
    [
      'scs-0100-v3-flavor-naming.MD',
      { kind: 'document', number: '0100', version: 3, slug: 'flavor-naming', trackDigit: '1' },
      'Unexpected uppercase letter in file name `scs-0100-v3-flavor-naming.MD`, expected `scs-0100-v3-flavor-naming.md`',
    ],
    [
      'scs-0100-v3-flavör.md',
      { kind: 'document', number: '0100', version: 3, slug: 'flavör', trackDigit: '1' },
      'Unexpected non-ASCII character in file name `scs-0100-v3-flavör.md`, expected only lowercase ASCII letters, digits and hyphens, as in `scs-0100-v3-flavor-naming.md`',
    ],
    [
      'scs-0101-v0-entropy.md',
      { kind: 'document', number: '0101', version: 0, slug: 'entropy', trackDigit: '1' },
      'Unexpected version `v0`, expected `v` followed by a whole number from 1, e.g. `v1`',
    ],
    [
      'scs-0101-v01-entropy.md',
      { kind: 'document', number: '0101', version: 1, slug: 'entropy', trackDigit: '1' },
      'Unexpected version `v01`, expected `v` followed by a whole number from 1, e.g. `v1`',
    ],
    [
      'scs-0101-v1--entropy.md',
      { kind: 'document', number: '0101', version: 1, slug: '-entropy', trackDigit: '1' },
      'Unexpected slug `-entropy`, expected lowercase ASCII words joined by single hyphens, e.g. `entropy`',
    ],
    [
      'scs-0101-v1-entropy--pool.md',
      { kind: 'document', number: '0101', version: 1, slug: 'entropy--pool', trackDigit: '1' },
      'Unexpected slug `entropy--pool`, expected lowercase ASCII words joined by single hyphens, e.g. `entropy-pool`',
    ],
    [
      'scs-xxxx-w1-notes.md',
      { kind: 'proposal', number: null, version: 1, slug: 'notes', trackDigit: null },
      'Unexpected supplement number `xxxx`, expected a supplement to name the number of the standard it supplements',
    ],
  ])('publishes %s, with a finding', (name, parts, message) => {
    expect(parseFileName(name)).toEqual({ parts, findings: [{ ruleId: 'file-name', message }] });
  });

  // No number, version or slug to place the document by: it cannot join the registry.
  it.each([
    ['scs-100-v1-entropy.md', 'Unexpected number `100`, expected four digits zero-padded, e.g. `0100`'],
    ['scs-abcd-v1-entropy.md', 'Unexpected number `abcd`, expected four digits (or `xxxx` for a proposal)'],
    ['scs-0101-vx-entropy.md', 'Unexpected version `vx`, expected `v` followed by a whole number from 1, e.g. `v1`'],
    ['scs-0101-entropy.md', 'Unexpected file name `scs-0101-entropy.md`, expected `scs-NNNN-vN-slug.md` as in `scs-0100-v3-flavor-naming.md`'],
    ['scs-0101-v1.md', 'Unexpected file name `scs-0101-v1.md`, expected `scs-NNNN-vN-slug.md` as in `scs-0100-v3-flavor-naming.md`'],
    ['scs-0101-v1-{a,b}.md', "Unexpected character `{` in file name `scs-0101-v1-{a,b}.md`, expected only letters, digits, `-`, `_`, `.` and `~`: the name is the document's URL, so the file is not published"],
    ['scs-0101-v1-@(x).md', "Unexpected character `@` in file name `scs-0101-v1-@(x).md`, expected only letters, digits, `-`, `_`, `.` and `~`: the name is the document's URL, so the file is not published"],
    ['scs-0101-v1-a*b.md', "Unexpected character `*` in file name `scs-0101-v1-a*b.md`, expected only letters, digits, `-`, `_`, `.` and `~`: the name is the document's URL, so the file is not published"],
    ['scs-0101-v1-a b.md', "Unexpected character U+0020 in file name `scs-0101-v1-a b.md`, expected only letters, digits, `-`, `_`, `.` and `~`: the name is the document's URL, so the file is not published"],
    ['scs-0101-v1-[a].md', "Unexpected character `[` in file name `scs-0101-v1-[a].md`, expected only letters, digits, `-`, `_`, `.` and `~`: the name is the document's URL, so the file is not published"],
    ['scs-0101-v1-a#b.md', "Unexpected character `#` in file name `scs-0101-v1-a#b.md`, expected only letters, digits, `-`, `_`, `.` and `~`: the name is the document's URL, so the file is not published"],
    [
      'scs-0101-v1-line\nbreak.md',
      "Unexpected character U+000A in file name `scs-0101-v1-line\\nbreak.md`, expected only letters, digits, `-`, `_`, `.` and `~`: the name is the document's URL, so the file is not published",
    ],
  ])('cannot place %s', (name, message) => {
    expect(parseFileName(name)).toEqual({ parts: null, findings: [{ ruleId: 'file-name', message }] });
  });

  it('recognises templates by their upper-case XXXX and a version number or the placeholder N', () => {
    expect(isTemplateFileName('scs-XXXX-v1-decision-record-template.md')).toBe(true);
    expect(isTemplateFileName('scs-XXXX-vN-standard-template.md')).toBe(true);
    expect(isTemplateFileName('scs-xxxx-v1-decision-record-template.md')).toBe(false);
    expect(isTemplateFileName('scs-0100-vN-flavor-naming.md')).toBe(false);
  });

  it('looks at every scs-*.md file, whatever its case', () => {
    expect(['scs-0100-v1-a.md', 'SCS-0100-v1-a.md', 'scs-0100-v1-a.MD', 'scs_0100_v1_a.md', 'readme.md', 'scs-0100-v1-a.txt', 'scsi-notes.md'].filter(isStandardsFileName)).toEqual([
      'scs-0100-v1-a.md',
      'SCS-0100-v1-a.md',
      'scs-0100-v1-a.MD',
      'scs_0100_v1_a.md',
    ]);
  });
});
