// The messy corpus (tests/fixtures/messy-corpus/): made-up documents with the
// defects a community corpus collects over four years. Its COMPLETE lint output
// is asserted in one array, written exactly as `npm run lint:standards --
// tests/fixtures/messy-corpus --date 2025-06-01 --no-cache` prints it, so that
// re-baselining after a rule change is: run that command, paste its lines.
// Below it, each class of mess from issue 8 §2 on a corpus of its own, with
// the findings before the model learned to read it and exactly those after.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESS_CLASSES } from './messy/classes.js';
import { lintFiles, lintFolder } from './messy/lint-files.js';

const FOLDER = 'tests/fixtures/messy-corpus';

const EXPECTED = [
  'tests/fixtures/messy-corpus/scs-0001-v1-writing-our-standards.md:1:1 error Missing `title`, expected it in the front matter front-matter-required',
  'tests/fixtures/messy-corpus/scs-0001-v1-writing-our-standards.md:8:1 error Unexpected level-1 heading, expected level 2 or deeper: the title comes from the front matter heading-levels',
  'tests/fixtures/messy-corpus/scs-0001-v1-writing-our-standards.md:13:1 error Unexpected level-1 heading, expected level 2 or deeper: the title comes from the front matter heading-levels',
  'tests/fixtures/messy-corpus/scs-0100-v1-machine-sizes.md:4:1 error Missing `scs-0100-v2-machine-sizes.md` in `replaced_by`, expected every document that replaces this Deprecated one: `replaced_by: [scs-0100-v2-machine-sizes.md]` replaced-by-required',
  'tests/fixtures/messy-corpus/scs-0100-v2-machine-sizes.md:7:11 warning Unexpected single string for `replaces`, expected a list: `replaces: [scs-0100-v1-machine-sizes.md]` front-matter-canonical-form',
  'tests/fixtures/messy-corpus/scs-0100-v3-machine-sizes.md:13:19 warning Unexpected curly quote `“`, expected `"` curly-quotes',
  'tests/fixtures/messy-corpus/scs-0100-v3-machine-sizes.md:13:26 warning Unexpected curly quote `”`, expected `"` curly-quotes',
  'tests/fixtures/messy-corpus/scs-0100-v3-machine-sizes.md:13:44 warning Unexpected `--` used as a dash, expected an en dash `–` double-hyphen',
  'tests/fixtures/messy-corpus/scs-0100-v3-machine-sizes.md:17:42 warning Unexpected curly quote `‘`, expected `\'` curly-quotes',
  'tests/fixtures/messy-corpus/scs-0100-v3-machine-sizes.md:17:51 warning Unexpected curly quote `’`, expected `\'` curly-quotes',
  'tests/fixtures/messy-corpus/scs-0100-v3-machine-sizes.md:17:65 warning Unexpected relative link `../Tests/sizes/README.md` out of the standards folder, expected a path inside the folder or an absolute URL (`https://…`) link-leaves-folder',
  'tests/fixtures/messy-corpus/scs-0101-v1-disk-encryption.md:3:1 error Missing section `## Conformance Tests`, expected every Standard to have it required-sections',
  'tests/fixtures/messy-corpus/scs-0101-v1-disk-encryption.md:4:1 warning Unexpected Stable `scs-0101-v1-disk-encryption.md` next to the newer Stable `scs-0101-v2-disk-encryption.md`, expected the older version deprecated in a separate step: `status: Deprecated`, `deprecated_at:` the last day it applies, and `replaced_by: [scs-0101-v2-disk-encryption.md]` single-stable-version',
  'tests/fixtures/messy-corpus/scs-0102-v1-image-properties.md:4:1 error Missing `stabilized_at` for status Deprecated, expected the day it became Stable, kept from before its deprecation, e.g. `stabilized_at: 2024-05-01` lifecycle-required-date',
  'tests/fixtures/messy-corpus/scs-0102-v1-image-properties.md:6:1 warning Unexpected former key `obsoleted_at`, expected the current name `deprecated_at` front-matter-canonical-form',
  'tests/fixtures/messy-corpus/scs-0102-v1-image-properties.md:7:14 warning Unexpected single string for `replaced_by`, expected a list: `replaced_by: [scs-0102-v2-image-properties.md]` front-matter-canonical-form',
  'tests/fixtures/messy-corpus/scs-0102-v2-image-properties.md:8:10 warning Unexpected several names in one string for `authors`, expected a list: `authors: [Ada Example, Image team, Bo Sample]` front-matter-canonical-form',
  'tests/fixtures/messy-corpus/scs-0102-w1-image-properties-checks.md:5:14 warning Unexpected single string for `supplements`, expected a list: `supplements: [scs-0102-v2-image-properties.md]` front-matter-canonical-form',
  'tests/fixtures/messy-corpus/scs-0110-v1-Network-Zones.md:1:1 error Unexpected uppercase letter in file name `scs-0110-v1-Network-Zones.md`, expected `scs-0110-v1-network-zones.md` file-name',
  'tests/fixtures/messy-corpus/scs-0110-v1-Network-Zones.md:14:9 warning Unexpected relative link `../docs/overview.md` out of the standards folder, expected a path inside the folder or an absolute URL (`https://…`) link-leaves-folder',
  'tests/fixtures/messy-corpus/scs-0111-v1-security_groups.md:1:1 error Unexpected slug `security_groups`, expected lowercase ASCII words joined by single hyphens, e.g. `security-groups` file-name',
  'tests/fixtures/messy-corpus/scs-0114-v1-quota-defaults-decision.md:3:1 error Missing the decision, expected a section that states it: a heading such as `## Decision` or `## Outcome`, or a section after Context saying what was decided required-sections',
  'tests/fixtures/messy-corpus/scs-0200-v1-cluster-upgrade-windows.md:4:1 warning Missing `replaced_by` on a Rejected document, expected the file names of the documents that took its place, e.g. `replaced_by: [scs-NNNN-vN-slug.md]`, or `replaced_by: []` if none did replaced-by-recommended',
  'tests/fixtures/messy-corpus/scs-0201-v1-node-labels.md:3:7 error Unexpected `standard` for `type` (did you mean `Standard`?), expected one of `Procedural`, `Standard`, `Decision Record`, `Supplement` front-matter-value',
  'tests/fixtures/messy-corpus/scs-0201-v1-node-labels.md:4:1 error Missing `stabilized_at` for status Stable, expected the day it becomes effective, e.g. `stabilized_at: 2024-05-01` lifecycle-required-date',
  'tests/fixtures/messy-corpus/scs-0201-v1-node-labels.md:12:1 error Unexpected level-3 heading `Motivation`, expected the required section at level 2: `## Motivation` required-sections',
  'tests/fixtures/messy-corpus/scs-0201-v1-node-labels.md:18:5 error Unexpected link to missing anchor `#missing-anchor` in this document, expected the anchor of a heading link-target',
  'tests/fixtures/messy-corpus/scs-0300-v1-identity-federation.md:7:1 warning Unexpected former key `author`, expected the current form `authors: [Identity team]` front-matter-canonical-form',
  'tests/fixtures/messy-corpus/scs-0300-v1-identity-federation.md:12:58 warning Unexpected 2 trailing spaces as a hard line break, expected a backslash `\\` at the end of the line trailing-spaces',
  'tests/fixtures/messy-corpus/scs-0300-v1-identity-federation.md:13:35 warning Unexpected curly quote `’`, expected `\'` curly-quotes',
  'tests/fixtures/messy-corpus/scs-0300-v1-identity-federation.md:17:16 warning Unexpected curly quote `“`, expected `"` curly-quotes',
  'tests/fixtures/messy-corpus/scs-0300-v1-identity-federation.md:17:22 warning Unexpected curly quote `”`, expected `"` curly-quotes',
  'tests/fixtures/messy-corpus/scs-0300-v1-identity-federation.md:17:33 warning Unexpected `--` used as a dash, expected an en dash `–` double-hyphen',
  'tests/fixtures/messy-corpus/scs-0300-v1-identity-federation.md:17:66 warning Unexpected 1 trailing space at the end of the line, expected none trailing-spaces',
  'tests/fixtures/messy-corpus/scs-xxxx-v1-object-storage-quotas.md:4:9 error Unexpected `Proposal` for `status` (did you mean `Draft`?), expected one of `Draft`, `Stable`, `Deprecated`, `Rejected` front-matter-value',
  'tests/fixtures/messy-corpus/scs-xxxx-v2-tenant-isolation.md:1:1 error Unexpected version v2 of a proposal, expected `scs-xxxx-v1-tenant-isolation.md`: a proposal is version 1 until it gets a number proposal-draft',
  'tests/fixtures/messy-corpus/scs-xxxx-v2-tenant-isolation.md:4:1 error Unexpected status Stable on a proposal, expected `status: Draft`: a proposal becomes Stable only after it has a number proposal-draft',
];

describe('the messy corpus', () => {
  it('gets exactly the expected findings, in order', async () => {
    const lines = await lintFolder(path.join(import.meta.dirname, 'fixtures', 'messy-corpus'), '2025-06-01', (relative) => `${FOLDER}/${relative}`);
    expect(lines).toEqual(EXPECTED);
  });
});

describe.each(MESS_CLASSES)('$name', ({ files, before, after }) => {
  it('reports exactly the expected findings now, and none of the false or misplaced ones of before', async () => {
    const now = await lintFiles(files);
    expect(now).toEqual(after);
    expect(before.filter((line) => !after.includes(line) && now.includes(line))).toEqual([]);
    expect(before).not.toEqual(after);
  });
});
