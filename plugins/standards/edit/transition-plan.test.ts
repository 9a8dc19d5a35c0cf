import { describe, expect, it } from 'vitest';
import type { CorpusFile, Plan } from './corpus-edit.js';
import { planAssignNumber, renameLinkTargets } from './assign-number-plan.js';
import { planTransition, type TransitionRequest } from './transition-plan.js';
import { formatUnifiedDiff } from './unified-diff.js';

const BODY = '\n## Introduction\n\nText.\n\n## Motivation\n\nWhy.\n\n## Conformance Tests\n\nHow.\n';
function doc(fields: string): string {
  return `---\n${fields.trim()}\n---\n${BODY}`;
}
const CORPUS: CorpusFile[] = [
  {
    path: 'scs-0100-v1-flavor-naming.md',
    text: doc(`title: Flavors v1\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2024-01-01`),
  },
  {
    path: 'scs-0100-v2-flavor-naming.md',
    text: doc(`title: Flavors v2\ntype: Standard\nstatus: Draft   # under review\ntrack: IaaS\nreplaces:\n  - scs-0100-v1-flavor-naming.md`),
  },
  {
    path: 'scs-0101-v1-entropy.md',
    text: doc(`title: Entropy\ntype: Standard\nstatus: Rejected\ntrack: IaaS\nrejected_at: 2024-05-01`),
  },
  {
    path: 'scs-0102-v1-images.md',
    text: doc(`title: Images\ntype: Standard\nstatus: Deprecated\ntrack: IaaS\nstabilized_at: 2023-01-01\ndeprecated_at: 2024-01-01`),
  },
  { path: 'scs-0100-w1-notes.md', text: doc(`title: Notes\ntype: Supplement\ntrack: IaaS\nsupplements:\n  - scs-0100-v1-flavor-naming.md`) },
  {
    path: 'scs-xxxx-v1-dns-zones.md',
    text: doc(`title: "DNS: zones"\ntype: Standard\nstatus: Draft\ntrack: IaaS`) + '\nSee [flavors](scs-0100-v1-flavor-naming.md).\n',
  },
  {
    path: 'scs-0110-v1-ssd.md',
    text:
      doc(`title: SSD\ntype: Standard\nstatus: Draft\ntrack: IaaS\nreplaced_by: []`) +
      '\nSee [the DNS proposal](./scs-xxxx-v1-dns-zones.md#introduction) and [ref].\n\n[ref]: scs-xxxx-v1-dns-zones.md\n',
  },
];

function diffs(plan: Plan): string {
  if (!plan.ok) throw new Error(plan.message);
  return plan.changes.map((change) => formatUnifiedDiff(change.before ?? '', change.after, change.path, change.newPath ?? change.path)).join('');
}

describe('planTransition refuses what the lifecycle does not allow, and says why', () => {
  const cases: Array<[TransitionRequest, string]> = [
    [
      { command: 'stabilize', document: 'scs-0100-v1', on: '2025-01-01' },
      'Cannot stabilize scs-0100-v1-flavor-naming: stabilize moves a version from Draft to Stable, but its status is Stable; from Stable the next step is deprecate',
    ],
    [
      { command: 'deprecate', document: 'scs-0101-v1', on: '2025-01-01' },
      'Cannot deprecate scs-0101-v1-entropy: deprecate moves a version from Stable to Deprecated, but its status is Rejected; Rejected is final: there is no way back, a returning idea starts a new version or a new proposal',
    ],
    [
      { command: 'reject', document: 'scs-0102-v1-images.md', on: '2025-01-01' },
      'Cannot reject scs-0102-v1-images: reject moves a version from Draft to Rejected, but its status is Deprecated; Deprecated is final: there is no way back, a returning idea starts a new version or a new proposal',
    ],
    [
      { command: 'deprecate', document: 'scs-0100-v2', on: '2025-01-01' },
      'Cannot deprecate scs-0100-v2-flavor-naming: deprecate moves a version from Stable to Deprecated, but its status is Draft; from Draft the next step is stabilize or reject',
    ],
    [
      { command: 'deprecate', document: 'scs-0100-v1', on: '2023-12-31' },
      'Cannot deprecate scs-0100-v1-flavor-naming on 2023-12-31: it is stabilized on 2024-01-01, and deprecated_at must not come before stabilized_at',
    ],
    [
      { command: 'deprecate', document: 'scs-0100-v1', on: '2025-01-01', replacedBy: ['scs-0100-v2'] },
      'Cannot deprecate scs-0100-v1-flavor-naming in favour of scs-0100-v2-flavor-naming: it is still Draft; stabilize it first (npm run lifecycle -- stabilize scs-0100-v2-flavor-naming --on YYYY-MM-DD), on or before 2025-01-01, so a version is in force every day',
    ],
    [
      { command: 'stabilize', document: 'scs-0100-w1', on: '2025-01-01' },
      'Cannot stabilize scs-0100-w1-notes: a supplement has no status of its own; it follows the versions it supplements',
    ],
    [
      { command: 'stabilize', document: 'scs-xxxx-v1-dns-zones', on: '2025-01-01' },
      'Cannot stabilize scs-xxxx-v1-dns-zones: a proposal gets a number first (npm run lifecycle -- assign-number scs-xxxx-v1-dns-zones)',
    ],
    [{ command: 'stabilize', document: 'scs-0999-v1', on: '2025-01-01' }, 'No document `scs-0999-v1` in the standards folder, expected a file name or an id such as `scs-0100-v3`'],
    [
      { command: 'deprecate', document: 'scs-0100-v1', on: '2025-01-01', replacedBy: ['scs-0101-v1'] },
      'Cannot name scs-0101-v1-entropy in replaced_by: it is Rejected itself',
    ],
  ];
  it.each(cases)('%o', (request, message) => {
    expect(planTransition(CORPUS, request)).toEqual({ ok: false, message });
  });
});

describe('planTransition changes only the fields concerned', () => {
  it('stabilizes a draft, keeps its comment, and names the step left for the old version', () => {
    const plan = planTransition(CORPUS, { command: 'stabilize', document: 'scs-0100-v2', on: '2025-03-01' });
    expect(diffs(plan)).toBe(`--- a/scs-0100-v2-flavor-naming.md
+++ b/scs-0100-v2-flavor-naming.md
@@ -1,8 +1,9 @@
 ---
 title: Flavors v2
 type: Standard
-status: Draft   # under review
+status: Stable   # under review
 track: IaaS
+stabilized_at: 2025-03-01
 replaces:
   - scs-0100-v1-flavor-naming.md
 ---
`);
    expect(plan.ok && plan.notes).toEqual([
      'scs-0100-v1-flavor-naming is still Stable without a deprecation date; when scs-0100-v2-flavor-naming takes its place: npm run lifecycle -- deprecate scs-0100-v1-flavor-naming --on YYYY-MM-DD --replaced-by scs-0100-v2-flavor-naming',
    ]);
  });

  it('deprecates v1 in favour of a stable v2 and makes v2 name v1 in replaces', () => {
    const stabilized = planTransition(CORPUS, { command: 'stabilize', document: 'scs-0100-v2', on: '2025-03-01' });
    if (!stabilized.ok) throw new Error(stabilized.message);
    // v2 without its replaces line, to see the successor edited as well.
    const corpus = CORPUS.map((file) =>
      file.path === 'scs-0100-v2-flavor-naming.md' ? { ...file, text: stabilized.changes[0]!.after.replace('replaces:\n  - scs-0100-v1-flavor-naming.md\n', '') } : file,
    );
    expect(diffs(planTransition(corpus, { command: 'deprecate', document: 'scs-0100-v1', on: '2025-06-30', replacedBy: ['scs-0100-v2'] }))).toBe(`--- a/scs-0100-v1-flavor-naming.md
+++ b/scs-0100-v1-flavor-naming.md
@@ -1,9 +1,12 @@
 ---
 title: Flavors v1
 type: Standard
-status: Stable
+status: Deprecated
 track: IaaS
 stabilized_at: 2024-01-01
+deprecated_at: 2025-06-30
+replaced_by:
+  - scs-0100-v2-flavor-naming.md
 ---
 
 ## Introduction
--- a/scs-0100-v2-flavor-naming.md
+++ b/scs-0100-v2-flavor-naming.md
@@ -4,6 +4,8 @@
 status: Stable   # under review
 track: IaaS
 stabilized_at: 2025-03-01
+replaces:
+  - scs-0100-v1-flavor-naming.md
 ---
 
 ## Introduction
`);
    expect(planTransition(corpus, { command: 'deprecate', document: 'scs-0100-v1', on: '2025-02-01', replacedBy: ['scs-0100-v2'] })).toEqual({
      ok: false,
      message:
        'Cannot deprecate scs-0100-v1-flavor-naming on 2025-02-01: its successor scs-0100-v2-flavor-naming is in force only from 2025-03-01; deprecate on 2025-03-01 or later so a version is in force every day',
    });
  });

  it('rejects a draft', () => {
    expect(diffs(planTransition(CORPUS, { command: 'reject', document: 'scs-0110-v1-ssd.md', on: '2025-01-10' }))).toBe(`--- a/scs-0110-v1-ssd.md
+++ b/scs-0110-v1-ssd.md
@@ -1,8 +1,9 @@
 ---
 title: SSD
 type: Standard
-status: Draft
+status: Rejected
 track: IaaS
+rejected_at: 2025-01-10
 replaced_by: []
 ---
 
`);
  });
});

describe('planAssignNumber', () => {
  it('gives the next number of the track, renames, follows links and writes a redirect', () => {
    const plan = planAssignNumber(CORPUS, 'scs-xxxx-v1-dns-zones', {
      scopeFiles: [{ path: 'scopes/iaas.yaml', text: 'versions:\n  - standards:\n      - scs-xxxx-v1-dns-zones.md  # new\n      - scs-0100-v1-flavor-naming.md\n' }],
    });
    expect(diffs(plan)).toBe(`rename scs-xxxx-v1-dns-zones.md -> scs-0111-v1-dns-zones.md
--- a/scs-0110-v1-ssd.md
+++ b/scs-0110-v1-ssd.md
@@ -18,6 +18,6 @@
 
 How.
 
-See [the DNS proposal](./scs-xxxx-v1-dns-zones.md#introduction) and [ref].
+See [the DNS proposal](./scs-0111-v1-dns-zones.md#introduction) and [ref].
 
-[ref]: scs-xxxx-v1-dns-zones.md
+[ref]: scs-0111-v1-dns-zones.md
--- a/scopes/iaas.yaml
+++ b/scopes/iaas.yaml
@@ -1,4 +1,4 @@
 versions:
   - standards:
-      - scs-xxxx-v1-dns-zones.md  # new
+      - scs-0111-v1-dns-zones.md  # new
       - scs-0100-v1-flavor-naming.md
--- a//dev/null
+++ b/redirects.json
@@ -0,0 +1,3 @@
+{
+  "scs-xxxx-v1-dns-zones": "scs-0111-v1-dns-zones"
+}
`.replace('--- a//dev/null\n+++ b/redirects.json', '--- a/redirects.json\n+++ b/redirects.json'));
  });

  it('renames supplements of the proposal and updates front-matter references', () => {
    const corpus = [
      ...CORPUS,
      { path: 'scs-xxxx-w1-dns-notes.md', text: doc('title: N\ntype: Supplement\ntrack: IaaS\nsupplements: [scs-xxxx-v1-dns-zones.md]') },
      { path: 'redirects.json', text: '{\n  "scs-xxxx-v1-old": "scs-xxxx-v1-dns-zones"\n}\n' },
    ];
    const plan = planAssignNumber(corpus, 'scs-xxxx-v1-dns-zones.md');
    if (!plan.ok) throw new Error(plan.message);
    const byPath = Object.fromEntries(plan.changes.map((change) => [change.path, change]));
    expect(byPath['scs-xxxx-w1-dns-notes.md']).toMatchObject({ newPath: 'scs-0111-w1-dns-notes.md' });
    expect(byPath['scs-xxxx-w1-dns-notes.md']!.after).toContain('supplements: [scs-0111-v1-dns-zones.md]\n');
    // A chain of renames leads straight to the newest name.
    expect(byPath['redirects.json']!.after).toBe(
      '{\n  "scs-xxxx-v1-dns-zones": "scs-0111-v1-dns-zones",\n  "scs-xxxx-v1-old": "scs-0111-v1-dns-zones",\n  "scs-xxxx-w1-dns-notes": "scs-0111-w1-dns-notes"\n}\n',
    );
  });

  it('refuses a document that has a number', () => {
    expect(planAssignNumber(CORPUS, 'scs-0100-v1')).toEqual({
      ok: false,
      message: 'Cannot assign a number to scs-0100-v1-flavor-naming: only a proposal (scs-xxxx-v1-…) gets one, and a number once assigned never changes',
    });
  });
});

describe('renameLinkTargets', () => {
  it('rewrites link, image and definition targets by their last path segment, not link text or prose', () => {
    const renames = new Map([['scs-xxxx-v1-dns-zones.md', 'scs-0111-v1-dns-zones.md']]);
    const text = [
      'The proposal scs-xxxx-v1-dns-zones.md stays named in prose.',
      '[scs-xxxx-v1-dns-zones.md](scs-xxxx-v1-dns-zones.md "title")',
      '[portal](https://docs.scs.community/standards/scs-xxxx-v1-dns-zones#intro)',
      '[other](scs-xxxx-v1-dns-zones-two.md)',
      '`[code](scs-xxxx-v1-dns-zones.md)`',
      '',
    ].join('\n');
    expect(renameLinkTargets(text, renames)).toEqual({
      count: 2,
      text: [
        'The proposal scs-xxxx-v1-dns-zones.md stays named in prose.',
        '[scs-xxxx-v1-dns-zones.md](scs-0111-v1-dns-zones.md "title")',
        '[portal](https://docs.scs.community/standards/scs-0111-v1-dns-zones#intro)',
        '[other](scs-xxxx-v1-dns-zones-two.md)',
        '`[code](scs-xxxx-v1-dns-zones.md)`',
        '',
      ].join('\n'),
    });
  });
});
