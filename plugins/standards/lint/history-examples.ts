// The examples of the history rules (`--base REF`), kept apart from the rules'
// code: each gives the standards folder at the base (`base`, committed to
// `main` of a temporary git repository by lint/rule-examples.ts) and the files
// as the change leaves them. Lint date 2025-06-01.
import type { RuleExample } from './rule.js';

const BODY = `## Introduction

Public flavors get names that say what they offer, so users can compare clouds.

## Motivation

Without a naming scheme every provider invents its own, and automation breaks.

## Design

Flavor names MUST start with \`SCS-\`, followed by the number of vCPUs and the RAM in GiB,
as in \`SCS-2V-8\`.
`;

/** The flavor-naming standard with these front-matter lines between `title` and the body. */
const flavorNaming = (fields: string, body = BODY) => `---\ntitle: Flavor naming\ntype: Standard\n${fields}\ntrack: IaaS\n---\n\n${body}`;

const STABLE = flavorNaming('status: Stable\nstabilized_at: 2024-02-01');
const V1 = 'scs-0100-v1-flavor-naming.md';
const V2 = 'scs-0100-v2-flavor-naming.md';
const V2_DRAFT = `---
title: Flavor naming
type: Standard
status: Draft
track: IaaS
replaces: [${V1}]
---

${BODY.replace('the RAM in GiB,\nas in `SCS-2V-8`.', 'the RAM in GiB,\nas in `SCS-2V-8`; a flavor with a local SSD adds `-ssd`.')}`;

const DNS_PROPOSAL = `---
title: DNS zone naming
type: Standard
status: Draft
track: IaaS
---

## Introduction

Customer DNS zones get names below one delegated zone per project.

## Motivation

Names that collide across projects break automated certificate requests.
`;

export const HISTORY_STATUS_TRANSITION_EXAMPLES: readonly RuleExample[] = [
  {
    title: 'a Stable version set back to Draft to edit it',
    file: V1,
    text: flavorNaming('status: Draft'),
    base: { [V1]: STABLE },
    findings: ['4:1 Unexpected status change from Stable to Draft since main, expected Stable or the next step, Deprecated; a status does not move back'],
  },
  {
    title: 'a Draft that was never Stable, marked Deprecated',
    file: V1,
    text: flavorNaming('status: Deprecated\ndeprecated_at: 2025-05-15'),
    base: { [V1]: flavorNaming('status: Draft') },
    findings: ['4:1 Unexpected status change from Draft to Deprecated since main, expected one step at a time: Draft to Stable or Rejected first'],
  },
  {
    title: 'a Draft stabilized',
    file: V1,
    text: STABLE,
    base: { [V1]: flavorNaming('status: Draft') },
    findings: [],
  },
];

export const HISTORY_LIFECYCLE_DATE_EXAMPLES: readonly RuleExample[] = [
  {
    title: 'the day a version became Stable, moved after it has passed',
    file: V1,
    text: flavorNaming('status: Stable\nstabilized_at: 2024-06-01'),
    base: { [V1]: STABLE },
    findings: ['5:1 Unexpected change of `stabilized_at` from 2024-02-01 to 2024-06-01, expected a lifecycle date that has passed to stay as it is'],
  },
  {
    title: 'a deprecation day still ahead (on 2025-06-01), moved later',
    file: V1,
    text: flavorNaming('status: Deprecated\nstabilized_at: 2024-02-01\ndeprecated_at: 2025-12-31'),
    base: { [V1]: flavorNaming('status: Deprecated\nstabilized_at: 2024-02-01\ndeprecated_at: 2025-09-30') },
    findings: [],
  },
];

export const HISTORY_RENAMED_DOCUMENT_EXAMPLES: readonly RuleExample[] = [
  {
    title: 'a Stable version given a new slug',
    file: 'scs-0100-v1-flavor-names.md',
    text: STABLE,
    base: { [V1]: STABLE },
    findings: ['1:1 Unexpected rename of `scs-0100-v1-flavor-naming.md` to `scs-0100-v1-flavor-names.md`, expected a numbered document to keep its file name'],
  },
  {
    title: 'the old version deleted when the new one is stabilized (the finding is on the deleted file)',
    file: V2,
    text: V2_DRAFT.replace('status: Draft', 'status: Stable\nstabilized_at: 2025-05-20'),
    base: { [V1]: STABLE, [V2]: V2_DRAFT },
    findings: [`${V1}:1:1 Unexpected deletion of \`${V1}\` (present in main), expected it to stay and be deprecated or rejected instead`],
  },
  {
    title: 'a proposal that gets its number',
    file: 'scs-0120-v1-dns-zone-naming.md',
    text: DNS_PROPOSAL,
    base: { 'scs-xxxx-v1-dns-zone-naming.md': DNS_PROPOSAL },
    findings: [],
  },
];

export const HISTORY_STABLE_BODY_EXAMPLES: readonly RuleExample[] = [
  {
    title: 'a requirement of a Stable standard changed',
    file: V1,
    text: flavorNaming('status: Stable\nstabilized_at: 2024-02-01', BODY.replace('MUST start', 'SHOULD start')),
    base: { [V1]: STABLE },
    findings: [`19:1 Unexpected change to the text of Stable \`${V1}\`, expected only editorial fixes; a change that could make a conforming implementation non-conforming needs a new version`],
  },
  {
    title: 'a Stable standard whose front matter gains a description, its text unchanged',
    file: V1,
    text: flavorNaming('status: Stable\nstabilized_at: 2024-02-01\ndescription: How public flavors are named.'),
    base: { [V1]: STABLE },
    findings: [],
  },
];

export const HISTORY_CHANGE_SCOPE_EXAMPLES: readonly RuleExample[] = [
  {
    title: 'two proposals in one change',
    file: 'scs-xxxx-v1-dns-zone-naming.md',
    text: DNS_PROPOSAL,
    others: { [V1]: STABLE, 'scs-xxxx-v1-load-balancer-flavors.md': DNS_PROPOSAL.replace('DNS zone naming', 'Load balancer flavors') },
    base: { [V1]: STABLE },
    findings: ['1:1 Unexpected 2 new documents in one change (`scs-xxxx-v1-dns-zone-naming.md`, `scs-xxxx-v1-load-balancer-flavors.md`), expected one proposal or version per pull request, plus its supplements'],
  },
  {
    title: 'version 1 edited in the change that adds version 2',
    file: V1,
    text: flavorNaming('status: Stable\nstabilized_at: 2024-02-01', BODY.replace('invents its own', 'invents a scheme of its own')),
    others: { [V2]: V2_DRAFT },
    base: { [V1]: STABLE },
    findings: [`1:1 Unexpected edit of \`${V1}\` in the change that adds \`${V2}\`, expected the previous version untouched (deprecate it in a later pull request)`],
  },
  {
    title: 'a new version alone, its predecessor untouched',
    file: V2,
    text: V2_DRAFT,
    others: { [V1]: STABLE },
    base: { [V1]: STABLE },
    findings: [],
  },
];
