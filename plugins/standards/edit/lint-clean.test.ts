// Every lifecycle command either refuses, saying why, or writes files that
// lint without any error they did not have before: one table over the states
// a document can be in (proposal, Draft, Stable, Deprecated, Rejected,
// supplement; with and without successors). The plans are applied by the
// commands' own code (applyAndLint), which refuses a result with new errors;
// this table checks that the plans never get that far.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_RULES } from '../lint/all-rules.js';
import { defaultLintConfig } from '../lint/config.js';
import { lintCorpus } from '../lint/run.js';
import { applyAndLint, newErrors } from './apply.js';
import { planAssignNumber } from './assign-number-plan.js';
import type { CorpusFile, Plan } from './corpus-edit.js';
import { planTransition, type TransitionRequest } from './transition-plan.js';

const DAY = '2025-06-01';
const BODY = '\n## Introduction\n\nText.\n\n## Motivation\n\nWhy.\n\n## Conformance Tests\n\nHow.\n';
const doc = (fields: string) => `---\n${fields.trim()}\n---\n${BODY}`;

const CORPUS: Record<string, string> = {
  'scs-0100-v1-flavors.md': doc('title: Flavors v1\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2024-01-01'),
  'scs-0100-v2-flavors.md': doc('title: Flavors v2\ntype: Standard\nstatus: Stable  # since January\ntrack: IaaS\nstabilized_at: 2025-01-01\nreplaces:\n  - scs-0100-v1-flavors.md'),
  'scs-0100-v3-flavors.md': doc('title: Flavors v3\ntype: Standard\nstatus: Draft\ntrack: IaaS\nreplaces: [scs-0100-v2-flavors.md]'),
  'scs-0100-w1-notes.md': doc('title: Notes\ntype: Supplement\ntrack: IaaS\nsupplements:\n  - scs-0100-v1-flavors.md'),
  'scs-0101-v1-entropy.md': doc('title: Entropy\ntype: Standard\nstatus: Rejected\ntrack: IaaS\nrejected_at: 2024-05-01\nreplaced_by: []'),
  'scs-0102-v1-images.md': doc('title: Images\ntype: Standard\nstatus: Deprecated\ntrack: IaaS\nstabilized_at: 2023-01-01\ndeprecated_at: 2024-01-01\nreplaced_by: []'),
  'scs-0103-v1-quotas.md': doc("title: 'Quotas'\ntype: Standard\nstatus: Draft\ntrack: IaaS"),
  'scs-0104-v1-limits.md': doc('title: Limits\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2024-03-01'),
  'scs-0105-v1-regions.md': doc('title: Regions\ntype: Standard\nstatus: Rejected\ntrack: IaaS\nrejected_at: 2024-05-01'),
  'scs-xxxx-v1-dns-zones.md': doc('title: DNS zones\ntype: Standard\nstatus: Draft\ntrack: IaaS'),
};

type Request = { assignNumber: string } | TransitionRequest;
/** `clean`: written, with no new lint error; `unchanged`: nothing to do; otherwise the start of the refusal. */
const CASES: Array<[string, Request, string]> = [
  ['stabilize a Draft that replaces a Stable', { command: 'stabilize', document: 'scs-0100-v3', on: '2025-07-01' }, 'clean'],
  ['stabilize a Draft', { command: 'stabilize', document: 'scs-0103-v1', on: '2025-07-01' }, 'clean'],
  ['stabilize a proposal', { command: 'stabilize', document: 'scs-xxxx-v1-dns-zones', on: '2025-07-01' }, 'Cannot stabilize scs-xxxx-v1-dns-zones: a proposal gets a number first'],
  ['stabilize a Stable', { command: 'stabilize', document: 'scs-0104-v1', on: '2025-07-01' }, 'Cannot stabilize scs-0104-v1-limits: stabilize moves a version from Draft to Stable'],
  ['stabilize a supplement', { command: 'stabilize', document: 'scs-0100-w1', on: '2025-07-01' }, 'Cannot stabilize scs-0100-w1-notes: a supplement has no status'],
  ['stabilize a Rejected', { command: 'stabilize', document: 'scs-0101-v1', on: '2025-07-01' }, 'Cannot stabilize scs-0101-v1-entropy: stabilize moves a version from Draft to Stable, but its status is Rejected'],
  ['deprecate a Stable that a newer version replaces, without it', { command: 'deprecate', document: 'scs-0100-v1', on: '2025-02-01' }, 'Cannot deprecate scs-0100-v1-flavors without a successor: scs-0100-v2-flavors names it in replaces'],
  ['deprecate a Stable that a newer version replaces, with none', { command: 'deprecate', document: 'scs-0100-v1', on: '2025-02-01', replacedBy: [] }, 'Cannot deprecate scs-0100-v1-flavors with --replaced-by none: scs-0100-v2-flavors names it in replaces'],
  ['deprecate a Stable for its Stable successor', { command: 'deprecate', document: 'scs-0100-v1', on: '2025-02-01', replacedBy: ['scs-0100-v2'] }, 'clean'],
  ['deprecate a Stable for a Draft', { command: 'deprecate', document: 'scs-0100-v2', on: '2025-08-01', replacedBy: ['scs-0100-v3'] }, 'Cannot deprecate scs-0100-v2-flavors in favour of scs-0100-v3-flavors: it is still Draft'],
  ['deprecate a Stable without successor', { command: 'deprecate', document: 'scs-0104-v1', on: '2025-08-01' }, 'clean'],
  ['deprecate a Stable for none', { command: 'deprecate', document: 'scs-0104-v1', on: '2025-08-01', replacedBy: [] }, 'clean'],
  ['deprecate a Stable for a Rejected', { command: 'deprecate', document: 'scs-0104-v1', on: '2025-08-01', replacedBy: ['scs-0101-v1'] }, 'Cannot name scs-0101-v1-entropy in replaced_by: it is Rejected itself'],
  ['deprecate a Stable for a supplement', { command: 'deprecate', document: 'scs-0104-v1', on: '2025-08-01', replacedBy: ['scs-0100-w1'] }, 'Cannot name scs-0100-w1-notes in replaced_by: versions are replaced by versions'],
  ['deprecate a Draft', { command: 'deprecate', document: 'scs-0103-v1', on: '2025-08-01' }, 'Cannot deprecate scs-0103-v1-quotas: deprecate moves a version from Stable to Deprecated, but its status is Draft'],
  ['deprecate a Deprecated', { command: 'deprecate', document: 'scs-0102-v1', on: '2025-08-01' }, 'Cannot deprecate scs-0102-v1-images: deprecate moves a version from Stable to Deprecated, but its status is Deprecated'],
  ['deprecate a proposal', { command: 'deprecate', document: 'scs-xxxx-v1-dns-zones', on: '2025-08-01' }, 'Cannot deprecate scs-xxxx-v1-dns-zones: a proposal gets a number first'],
  ['reject a Draft', { command: 'reject', document: 'scs-0103-v1', on: '2025-05-01' }, 'clean'],
  ['reject a Draft for none', { command: 'reject', document: 'scs-0103-v1', on: '2025-05-01', replacedBy: [] }, 'clean'],
  ['reject a Draft that replaces a Stable', { command: 'reject', document: 'scs-0100-v3', on: '2025-05-01', replacedBy: [] }, 'clean'],
  ['reject a proposal', { command: 'reject', document: 'scs-xxxx-v1-dns-zones', on: '2025-05-01' }, 'Cannot reject scs-xxxx-v1-dns-zones: a proposal has no number and stays a Draft until it gets one'],
  ['reject a proposal for none', { command: 'reject', document: 'scs-xxxx-v1-dns-zones.md', on: '2025-05-01', replacedBy: [] }, 'Cannot reject scs-xxxx-v1-dns-zones: a proposal has no number'],
  ['reject a Stable', { command: 'reject', document: 'scs-0104-v1', on: '2025-05-01' }, 'Cannot reject scs-0104-v1-limits: reject moves a version from Draft to Rejected, but its status is Stable'],
  ['reject a supplement', { command: 'reject', document: 'scs-0100-w1', on: '2025-05-01' }, 'Cannot reject scs-0100-w1-notes: a supplement has no status'],
  ['reject a Rejected again on its day, naming no successor', { command: 'reject', document: 'scs-0105-v1', on: '2024-05-01', replacedBy: [] }, 'clean'],
  ['reject a Rejected on another day', { command: 'reject', document: 'scs-0105-v1', on: '2024-06-01', replacedBy: [] }, 'Cannot reject scs-0105-v1-regions: reject moves a version from Draft to Rejected, but its status is Rejected'],
  ['reject a Rejected that has replaced_by: [] already, for none', { command: 'reject', document: 'scs-0101-v1', on: '2024-05-01', replacedBy: [] }, 'unchanged'],
  ['assign a number to a proposal', { assignNumber: 'scs-xxxx-v1-dns-zones' }, 'clean'],
  ['assign a number to a numbered Draft', { assignNumber: 'scs-0103-v1' }, 'Cannot assign a number to scs-0103-v1-quotas: only a proposal'],
  ['assign a number to a supplement', { assignNumber: 'scs-0100-w1' }, 'Cannot assign a number to scs-0100-w1-notes: only a proposal'],
];

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'scs-lint-clean-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function writeCorpus(folder: string): Promise<CorpusFile[]> {
  await rm(folder, { recursive: true, force: true });
  const { mkdir } = await import('node:fs/promises');
  await mkdir(folder, { recursive: true });
  for (const [name, text] of Object.entries(CORPUS)) await writeFile(path.join(folder, name), text);
  return Object.entries(CORPUS).map(([name, text]) => ({ path: name, text }));
}

async function lintAll(folder: string) {
  const config = defaultLintConfig(ALL_RULES);
  return (await lintCorpus({ root: folder, config, date: DAY, cacheFile: null, parallel: 'off', fileLabel: (relative) => relative })).diagnostics;
}

describe('the lifecycle commands never write a file with a new lint error', () => {
  it('the corpus of the table lints without errors', async () => {
    const folder = path.join(root, 'base');
    await writeCorpus(folder);
    expect((await lintAll(folder)).filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  });

  it.each(CASES)('%s', async (_title, request, expected) => {
    const folder = path.join(root, _title.replace(/[^a-z0-9]+/gi, '-'));
    const files = await writeCorpus(folder);
    const plan: Plan = 'assignNumber' in request ? planAssignNumber(files, request.assignNumber) : planTransition(files, request);
    if (expected !== 'clean' && expected !== 'unchanged') {
      expect(plan.ok).toBe(false);
      expect(!plan.ok && plan.message).toMatch(new RegExp(`^${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      return;
    }
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.changes.length > 0 ? 'clean' : 'unchanged').toBe(expected);
    const before = await lintAll(folder);
    let output = '';
    const code = await applyAndLint({ root: folder, changes: plan.changes, notes: plan.notes, dryRun: false, date: DAY, write: (text) => (output += text) });
    expect(output).not.toContain('Not written');
    expect(code).toBe(0);
    const after = await lintAll(folder);
    const renamed = new Map(plan.changes.filter((change) => change.newPath).map((change) => [change.path, change.newPath!]));
    const beforeRenamed = before.map((diagnostic) => ({ ...diagnostic, file: renamed.get(diagnostic.file) ?? diagnostic.file }));
    expect(newErrors(beforeRenamed, after)).toEqual([]);
    for (const change of plan.changes) expect(await readFile(path.join(folder, change.newPath ?? change.path), 'utf8')).toBe(change.after);
  });
});

describe('applyAndLint refuses a result with a new lint error and writes nothing', () => {
  it('a plan that makes a proposal Rejected is not written', async () => {
    const folder = path.join(root, 'guard');
    await writeCorpus(folder);
    const name = 'scs-xxxx-v1-dns-zones.md';
    const before = CORPUS[name]!;
    const after = before.replace('status: Draft', 'status: Rejected\nrejected_at: 2025-05-01\nreplaced_by: []');
    let output = '';
    const code = await applyAndLint({
      root: folder,
      changes: [{ path: name, before, after, summary: ['status: Rejected'] }],
      notes: [],
      dryRun: false,
      date: DAY,
      write: (text) => (output += text),
    });
    expect(code).toBe(1);
    const shown = path.relative(process.cwd(), path.join(folder, name));
    expect(output.replace(/[ \t]+/g, ' ')).toBe(
      [
        'Not written: the change would give an error that the files do not have now:',
        `${shown}:4:1 error Unexpected status Rejected on a proposal, expected \`status: Draft\`: a proposal becomes Stable only after it has a number proposal-draft`,
        '1 error, 0 warnings in 1 file',
        '',
      ].join('\n'),
    );
    expect(output).toContain('proposal-draft');
    expect(await readFile(path.join(folder, name), 'utf8')).toBe(before);
  });
});
