import { describe, expect, it } from 'vitest';
import type { CorpusFile } from './corpus-edit.js';
import { planNextVersion, planProposal, planSupplement, slugOf } from './new-plan.js';

const TEMPLATE = `---
title: Title of the Standard
type: Standard
status: Draft
track: Global  # one of Global, IaaS, KaaS, IAM, Ops, Scopes
description: One sentence.
---

## Introduction

Explain.
`;
const DECISION = TEMPLATE.replace('type: Standard', "type: 'Decision Record'").replace('## Introduction', '## Abstract');
const V1 = `---
title: Flavors
type: Standard
status: Deprecated
track: IaaS
stabilized_at: 2023-01-01
deprecated_at: 2024-01-01
replaced_by:
  - scs-0100-v2-flavors.md
authors: [SCS IaaS Team]
---

## Introduction

Version one.
`;
const V2 = `---
title: Flavors
type: Standard
status: Stable  # since spring
track: IaaS
stabilized_at: 2024-01-01
replaces:
  - scs-0100-v1-flavors.md
authors: [SCS IaaS Team]
---

## Introduction

Version two.
`;
const CORPUS: CorpusFile[] = [
  { path: 'scs-XXXX-v1-standard-template.md', text: TEMPLATE },
  { path: 'scs-XXXX-v1-decision-record-template.md', text: DECISION },
  { path: 'scs-0100-v1-flavors.md', text: V1 },
  { path: 'scs-0100-v2-flavors.md', text: V2 },
  { path: 'scs-0100-w1-flavor-notes.md', text: '---\ntitle: N\ntype: Supplement\ntrack: IaaS\nsupplements: [scs-0100-v1-flavors.md]\n---\n' },
];

describe('slugOf', () => {
  it.each([
    ['DNS Zone Naming for Projects', 'dns-zone-naming-for-projects'],
    ['Über  Flavors: v2 (draft)!', 'uber-flavors-v2-draft'],
    ['a'.repeat(70), 'a'.repeat(60)],
    ['日本語', ''],
  ])('%s -> %s', (title, slug) => expect(slugOf(title)).toBe(slug));
});

describe('planProposal', () => {
  it('fills the matching template and keeps its comments and body', () => {
    const plan = planProposal(CORPUS, { title: 'Zone: Naming', track: 'iaas', type: 'decision record' });
    expect(plan).toMatchObject({ ok: true });
    if (!plan.ok) return;
    expect(plan.changes).toHaveLength(1);
    expect(plan.changes[0]).toMatchObject({ path: 'scs-xxxx-v1-zone-naming.md', before: null });
    expect(plan.changes[0]!.after).toBe(DECISION.replace('Title of the Standard', '"Zone: Naming"').replace('track: Global ', 'track: IaaS '));
  });
  it.each([
    [{ title: ' ', track: 'IaaS', type: 'Standard' }, 'Unexpected empty title, expected a few words such as "DNS Zone Naming for Projects"'],
    [{ title: 'X', track: 'PaaS', type: 'Standard' }, 'Unexpected track `PaaS`, expected one of Global, IaaS, KaaS, IAM, Ops, Scopes'],
    [
      { title: 'X', track: 'IaaS', type: 'Supplement' },
      'Unexpected type `Supplement`, expected one of Procedural, Standard, Decision Record (a supplement is made with --supplement)',
    ],
    [{ title: 'Title of the Standard', track: 'IaaS', type: 'Standard' }, 'Cannot create scs-xxxx-v1-title-of-the-standard.md: it exists already'],
  ])('refuses %o', (request, message) => {
    const corpus = [...CORPUS, { path: 'scs-xxxx-v1-title-of-the-standard.md', text: TEMPLATE }];
    expect(planProposal(corpus, request)).toEqual({ ok: false, message });
  });
});

describe('planNextVersion', () => {
  it('copies the newest adopted version as a Draft that replaces it', () => {
    const plan = planNextVersion(CORPUS, 'scs-0100');
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.changes[0]).toMatchObject({ path: 'scs-0100-v3-flavors.md', before: null });
    expect(plan.changes[0]!.after).toBe(
      V2.replace('status: Stable  # since spring', 'status: Draft  # since spring')
        .replace('stabilized_at: 2024-01-01\n', '')
        .replace('  - scs-0100-v1-flavors.md', '  - scs-0100-v2-flavors.md'),
    );
  });
  it('refuses while a newer Draft is open', () => {
    const corpus = [...CORPUS, { path: 'scs-0100-v3-flavors.md', text: V2.replace('status: Stable', 'status: Draft').replace('stabilized_at: 2024-01-01\n', '') }];
    expect(planNextVersion(corpus, 'scs-0100')).toEqual({ ok: false, message: 'Cannot start scs-0100-v4: scs-0100-v3-flavors is still a Draft; work on it instead' });
    expect(planNextVersion(corpus, '100')).toEqual({ ok: false, message: 'Unexpected standard `100`, expected a number such as `scs-0100`' });
  });
});

describe('planSupplement', () => {
  it('creates the next wN naming the version', () => {
    const plan = planSupplement(CORPUS, 'scs-0100-v2');
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.changes[0]).toMatchObject({ path: 'scs-0100-w2-flavors-implementation-notes.md', before: null });
    expect(plan.changes[0]!.after).toBe(`---
title: "Flavors: Implementation Notes"
type: Supplement
track: IaaS
supplements:
  - scs-0100-v2-flavors.md
authors:
  - "SCS IaaS Team"
---

## Purpose

This supplement accompanies [scs-0100-v2](scs-0100-v2-flavors.md). It is not normative: where it differs from the standard, the standard wins.
`);
    expect(planSupplement(CORPUS, 'scs-0100-w1')).toEqual({ ok: false, message: 'Cannot supplement scs-0100-w1-flavor-notes: supplements belong to numbered versions (scs-NNNN-vN)' });
  });
});
