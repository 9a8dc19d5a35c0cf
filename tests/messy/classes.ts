// The classes of real-world mess from issue 8 §2, one small corpus each, with
// what the linter said before the model learned to read them and what it says
// now. Data only: tests/messy-corpus.test.ts asserts `after` exactly, and the
// `before` lines are what the linter printed on the same files at commit
// 79b98f7 (kept to show what each change fixed; every `before` line that is
// not also in `after` must be gone).

type Fields = Record<string, string>;

function doc(fields: Fields, body = '## Introduction\n\nText.\n\n## Motivation\n\nText.\n\n## Conformance Tests\n\nText.\n'): string {
  return ['---', ...Object.entries(fields).map(([key, value]) => `${key}: ${value}`), '---', '', body].join('\n');
}

const standard = (fields: Fields = {}): Fields => ({ title: 'Example', type: 'Standard', status: 'Stable', track: 'IaaS', stabilized_at: '2024-01-15', ...fields });
const deprecated: Fields = { status: 'Deprecated', stabilized_at: '2022-03-01', deprecated_at: '2024-03-01' };

export interface MessClass {
  name: string;
  files: Record<string, string>;
  /** `file:line:column severity message rule-id`, as the linter printed them at commit 79b98f7. */
  before: string[];
  after: string[];
}

export const MESS_CLASSES: MessClass[] = [
  {
    name: 'single-string replaces, with a deprecated v1 that lacks replaced_by',
    files: {
      'scs-0100-v1-sizes.md': doc(standard(deprecated)),
      'scs-0100-v2-sizes.md': doc(standard({ replaces: 'scs-0100-v1-sizes.md' })),
    },
    before: [
      'scs-0100-v2-sizes.md:7:1 error Missing `scs-0100-v1-sizes.md` in `replaces`, expected v2 to name its predecessor replaces-predecessor',
      'scs-0100-v2-sizes.md:7:11 error Unexpected `scs-0100-v1-sizes.md` for `replaces`, expected a list of file names, e.g. `replaces: [scs-0100-v2-flavor-naming.md]` front-matter-value',
    ],
    after: [
      'scs-0100-v1-sizes.md:4:1 error Missing `scs-0100-v2-sizes.md` in `replaced_by`, expected every document that replaces this Deprecated one: `replaced_by: [scs-0100-v2-sizes.md]` replaced-by-required',
      'scs-0100-v2-sizes.md:7:11 warning Unexpected single string for `replaces`, expected a list: `replaces: [scs-0100-v1-sizes.md]` front-matter-canonical-form',
    ],
  },
  {
    name: 'single-string replaced_by and supplements',
    files: {
      'scs-0100-v1-sizes.md': doc(standard({ ...deprecated, replaced_by: 'scs-0100-v2-sizes.md' })),
      'scs-0100-v2-sizes.md': doc(standard({ replaces: '[scs-0100-v1-sizes.md]' })),
      'scs-0100-w1-sizes-notes.md': doc({ title: 'Notes', type: 'Supplement', track: 'IaaS', supplements: 'scs-0100-v2-sizes.md' }, '## Notes\n\nText.\n'),
    },
    before: [
      'scs-0100-v1-sizes.md:8:1 warning Missing `scs-0100-v2-sizes.md` in `replaced_by`, expected it because `scs-0100-v2-sizes.md` replaces this deprecated document replacement-symmetry',
      'scs-0100-v1-sizes.md:8:14 error Unexpected `scs-0100-v2-sizes.md` for `replaced_by`, expected a list of file names, e.g. `replaced_by: [scs-0100-v4-flavor-naming.md]` front-matter-value',
      'scs-0100-w1-sizes-notes.md:5:14 error Unexpected `scs-0100-v2-sizes.md` for `supplements`, expected a list of file names, e.g. `supplements: [scs-0100-v3-flavor-naming.md]` front-matter-value',
    ],
    after: [
      'scs-0100-v1-sizes.md:8:14 warning Unexpected single string for `replaced_by`, expected a list: `replaced_by: [scs-0100-v2-sizes.md]` front-matter-canonical-form',
      'scs-0100-w1-sizes-notes.md:5:14 warning Unexpected single string for `supplements`, expected a list: `supplements: [scs-0100-v2-sizes.md]` front-matter-canonical-form',
    ],
  },
  {
    name: 'authors as a comma-separated string, and the former keys author and obsoleted_at',
    files: {
      'scs-0100-v1-sizes.md': doc(standard({ authors: 'Ada Example, Compute team' })),
      'scs-0101-v1-disks.md': doc(standard({ author: 'Storage team' })),
      'scs-0102-v1-images.md': doc(standard({ status: 'Deprecated', obsoleted_at: '2024-06-30', replaced_by: '[]' })),
    },
    before: [
      'scs-0100-v1-sizes.md:7:10 error Unexpected `Ada Example, Compute team` for `authors`, expected a list of names, e.g. `authors: [SCS IaaS team]` front-matter-value',
      'scs-0101-v1-disks.md:7:1 warning Unexpected unknown key `author`, did you mean `authors`? front-matter-unknown-key',
      'scs-0102-v1-images.md:4:1 error Missing `deprecated_at` for status Deprecated, expected the day it stops being effective, e.g. `deprecated_at: 2024-05-01` lifecycle-required-date',
      'scs-0102-v1-images.md:7:1 warning Unexpected unknown key `obsoleted_at`, expected one of `title`, `type`, `status`, `track`, `description`, `stabilized_at`, `deprecated_at`, `rejected_at`, `replaces`, `replaced_by`, `supplements`, `authors` front-matter-unknown-key',
    ],
    after: [
      'scs-0100-v1-sizes.md:7:10 warning Unexpected several names in one string for `authors`, expected a list: `authors: [Ada Example, Compute team]` front-matter-canonical-form',
      'scs-0101-v1-disks.md:7:1 warning Unexpected former key `author`, expected the current form `authors: [Storage team]` front-matter-canonical-form',
      'scs-0102-v1-images.md:7:1 warning Unexpected former key `obsoleted_at`, expected the current name `deprecated_at` front-matter-canonical-form',
    ],
  },
  {
    name: 'stabilized_at on a Deprecated document, replaced_by recommended without a successor',
    files: {
      'scs-0100-v1-sizes.md': doc({ title: 'Example', type: 'Standard', status: 'Deprecated', track: 'IaaS', deprecated_at: '2024-03-01' }),
      'scs-0200-v1-upgrades.md': doc({ title: 'Upgrades', type: 'Standard', status: 'Rejected', track: 'KaaS', rejected_at: '2024-02-12' }),
    },
    before: [],
    after: [
      'scs-0100-v1-sizes.md:4:1 error Missing `stabilized_at` for status Deprecated, expected the day it became Stable, kept from before its deprecation, e.g. `stabilized_at: 2024-05-01` lifecycle-required-date',
      'scs-0100-v1-sizes.md:4:1 warning Missing `replaced_by` on a Deprecated document, expected the file names of the documents that took its place, e.g. `replaced_by: [scs-NNNN-vN-slug.md]`, or `replaced_by: []` if none did replaced-by-recommended',
      'scs-0200-v1-upgrades.md:4:1 warning Missing `replaced_by` on a Rejected document, expected the file names of the documents that took its place, e.g. `replaced_by: [scs-NNNN-vN-slug.md]`, or `replaced_by: []` if none did replaced-by-recommended',
    ],
  },
  {
    name: 'two Stable versions in transition',
    files: {
      'scs-0101-v1-disks.md': doc(standard({ stabilized_at: '2023-02-20' })),
      'scs-0101-v2-disks.md': doc(standard({ stabilized_at: '2025-02-03', replaces: '[scs-0101-v1-disks.md]' })),
    },
    before: [
      'scs-0101-v1-disks.md:4:1 error Unexpected Stable `scs-0101-v1-disks.md` without `deprecated_at` next to Stable `scs-0101-v2-disks.md`, expected at most one open-ended Stable version of `scs-0101` single-stable-version',
    ],
    after: [
      'scs-0101-v1-disks.md:4:1 warning Unexpected Stable `scs-0101-v1-disks.md` next to the newer Stable `scs-0101-v2-disks.md`, expected the older version deprecated in a separate step: `status: Deprecated`, `deprecated_at:` the last day it applies, and `replaced_by: [scs-0101-v2-disks.md]` single-stable-version',
    ],
  },
  {
    name: 'proposals that are not a v1 Draft, and the early status Proposal',
    files: {
      'scs-xxxx-v2-isolation.md': doc(standard({ track: 'KaaS' })),
      'scs-xxxx-v1-quotas.md': doc({ title: 'Quotas', type: 'Standard', status: 'Proposal', track: 'IaaS' }),
    },
    before: [
      'scs-xxxx-v1-quotas.md:4:9 error Unexpected `Proposal` for `status`, expected one of `Draft`, `Stable`, `Deprecated`, `Rejected` front-matter-value',
    ],
    after: [
      'scs-xxxx-v1-quotas.md:4:9 error Unexpected `Proposal` for `status` (did you mean `Draft`?), expected one of `Draft`, `Stable`, `Deprecated`, `Rejected` front-matter-value',
      'scs-xxxx-v2-isolation.md:1:1 error Unexpected version v2 of a proposal, expected `scs-xxxx-v1-isolation.md`: a proposal is version 1 until it gets a number proposal-draft',
      'scs-xxxx-v2-isolation.md:4:1 error Unexpected status Stable on a proposal, expected `status: Draft`: a proposal becomes Stable only after it has a number proposal-draft',
    ],
  },
  {
    name: 'an invalid type still gets lifecycle, section and link findings',
    files: {
      'scs-0201-v1-labels.md': doc(
        { title: 'Labels', type: 'standard', status: 'Stable', track: 'KaaS' },
        '## Introduction\n\nText.\n\n### Motivation\n\nText.\n\n## Conformance Tests\n\nSee [the checker](#nowhere).\n',
      ),
    },
    before: [
      'scs-0201-v1-labels.md:3:7 error Unexpected `standard` for `type` (did you mean `Standard`?), expected one of `Procedural`, `Standard`, `Decision Record`, `Supplement` front-matter-value',
      'scs-0201-v1-labels.md:4:1 error Missing `stabilized_at` for status Stable, expected the day it becomes effective, e.g. `stabilized_at: 2024-05-01` lifecycle-required-date',
      'scs-0201-v1-labels.md:18:5 error Unexpected link to missing anchor `#nowhere` in this document, expected the anchor of a heading link-target',
    ],
    after: [
      'scs-0201-v1-labels.md:3:7 error Unexpected `standard` for `type` (did you mean `Standard`?), expected one of `Procedural`, `Standard`, `Decision Record`, `Supplement` front-matter-value',
      'scs-0201-v1-labels.md:4:1 error Missing `stabilized_at` for status Stable, expected the day it becomes effective, e.g. `stabilized_at: 2024-05-01` lifecycle-required-date',
      'scs-0201-v1-labels.md:12:1 error Unexpected level-3 heading `Motivation`, expected the required section at level 2: `## Motivation` required-sections',
      'scs-0201-v1-labels.md:18:5 error Unexpected link to missing anchor `#nowhere` in this document, expected the anchor of a heading link-target',
    ],
  },
  {
    name: 'one field with broken YAML does not hide the others from the lifecycle and section checks',
    files: {
      'scs-0202-v1-quotas.md': doc(
        { title: 'Quotas: the defaults', type: 'Standard', status: 'Stable', track: 'KaaS' },
        '## Introduction\n\nText.\n\n## Conformance Tests\n\nText.\n',
      ),
    },
    before: [
      'scs-0202-v1-quotas.md:2:8 error Unexpected `: ` inside the value of `title` (YAML reads it as a new field), expected the value in quotes: `title: "Quotas: the defaults"` front-matter-syntax',
    ],
    after: [
      'scs-0202-v1-quotas.md:2:8 error Unexpected `: ` inside the value of `title` (YAML reads it as a new field), expected the value in quotes: `title: "Quotas: the defaults"` front-matter-syntax',
      'scs-0202-v1-quotas.md:3:1 error Missing section `## Motivation`, expected every Standard to have it required-sections',
      'scs-0202-v1-quotas.md:4:1 error Missing `stabilized_at` for status Stable, expected the day it becomes effective, e.g. `stabilized_at: 2024-05-01` lifecycle-required-date',
    ],
  },
  {
    name: 'decision records with the decision under another heading, and one without a decision',
    files: {
      'scs-0112-v1-backend-decision.md': doc(
        { title: 'Back end', type: 'Decision Record', status: 'Draft', track: 'IaaS' },
        '## Abstract\n\nText.\n\n## Context\n\nA decision is needed.\n\n## Outcome\n\nOne back end.\n',
      ),
      'scs-0113-v1-names-decision.md': doc(
        { title: 'Names', type: 'Decision Record', status: 'Draft', track: 'IaaS' },
        '## Abstract\n\nText.\n\n## Context\n\nText.\n\n## Result\n\nThe group decided on the first option.\n',
      ),
      'scs-0114-v1-quota-decision.md': doc(
        { title: 'Quotas', type: 'Decision Record', status: 'Draft', track: 'IaaS' },
        '## Abstract\n\nText.\n\n## Context\n\nA decision is needed.\n\n## Open Questions\n\nWhich region first?\n',
      ),
    },
    before: [
      'scs-0112-v1-backend-decision.md:3:1 error Missing section `## Decision`, expected every Decision Record to have it required-sections',
      'scs-0113-v1-names-decision.md:3:1 error Missing section `## Decision`, expected every Decision Record to have it required-sections',
      'scs-0114-v1-quota-decision.md:3:1 error Missing section `## Decision`, expected every Decision Record to have it required-sections',
    ],
    after: [
      'scs-0114-v1-quota-decision.md:3:1 error Missing the decision, expected a section that states it: a heading such as `## Decision` or `## Outcome`, or a section after Context saying what was decided required-sections',
    ],
  },
  {
    name: 'a misspelt reference, whose suggestion is never the document itself',
    files: {
      // The slug changed between versions; v2 names v1 by its own new slug, one letter away from v2 itself.
      'scs-0100-v1-machine-sizes.md': doc(standard()),
      'scs-0100-v2-sizes.md': doc(standard({ status: 'Draft', replaces: '[scs-0100-v1-sizes.md]' })),
    },
    before: [
      'scs-0100-v2-sizes.md:7:1 error Unexpected `replaces` entry `scs-0100-v1-sizes.md`, expected the file name of an existing document (did you mean `scs-0100-v2-sizes.md`?) reference-exists',
      'scs-0100-v2-sizes.md:7:1 error Missing `scs-0100-v1-machine-sizes.md` in `replaces`, expected v2 to name its predecessor replaces-predecessor',
    ],
    after: [
      'scs-0100-v2-sizes.md:7:1 error Unexpected `replaces` entry `scs-0100-v1-sizes.md`, expected the file name of an existing document reference-exists',
      'scs-0100-v2-sizes.md:7:1 error Missing `scs-0100-v1-machine-sizes.md` in `replaces`, expected v2 to name its predecessor replaces-predecessor',
    ],
  },
];
