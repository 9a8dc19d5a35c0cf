// `npm run diff` end to end: the script run as a user runs it, on a fixture corpus of our own.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../plugins/standards/compare/model.js';

const DIR = 'tests/fixtures/compare-corpus';

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('node_modules/.bin/tsx', ['scripts/diff.ts', ...args], { timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run diff', () => {
  it('prints the summary, the requirement lists and the changed text', async () => {
    const { code, stdout, stderr } = await run('scs-0190-v1', 'scs-0190-v2', '--dir', DIR);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout.split('\n')[0]).toBe(
      'scs-0190-v1 → scs-0190-v2: sections 0 added, 0 removed, 2 changed, 3 unchanged; 3 requirements changed (1 added, 1 removed, 1 reworded), 1 unchanged',
    );
    expect(stdout).toContain("Requirements added:\n  + Providers MUST NOT reuse a deleted bucket's name within thirty days. (Retention, line 27)\n");
    expect(stdout).toContain('Requirements removed:\n  - Providers MAY offer longer retention at an extra charge. (Retention, line 28)\n');
    expect(stdout).toContain('Requirements changed:\n  ~ A bucket name [-SHOULD-]{+MUST+} begin with the project name of its owner. (Naming Rules, line 22)\n');
    expect(stdout).toContain('=== ## Naming Rules\nA bucket name MUST consist of lower-case letters, digits and hyphens only.\nA bucket name [-SHOULD-]{+MUST+} begin');
  });

  it('prints the comparison as JSON, file names accepted', async () => {
    const { code, stdout } = await run('scs-0190-v1-bucket-names.md', 'SCS-0190-V2', '--dir', DIR, '--format', 'json');
    expect(code).toBe(0);
    const comparison = JSON.parse(stdout) as Comparison;
    expect(comparison.from).toEqual({ id: 'scs-0190-v1-bucket-names', label: 'scs-0190-v1', title: 'Object Storage Bucket Names', version: 1 });
    expect(comparison.rows.map((row) => row.kind)).toEqual(['unchanged', 'unchanged', 'changed', 'changed', 'unchanged']);
    expect(comparison.summary.requirements.added.map((requirement) => requirement.keywords)).toEqual([['MUST NOT']]);
  });

  it.each([
    [['scs-0190-v1', 'scs-0190-v9', '--dir', DIR], `Unexpected \`scs-0190-v9\`: no such document in ${DIR}, expected a name such as scs-0100-v3`],
    [['scs-0190-v1', 'scs-0191-v1', '--dir', DIR], 'Unexpected pair scs-0190-v1 and scs-0191-v1: not versions of one standard, expected two versions of the same scs-NNNN'],
    [['scs-0190-v1', '--dir', DIR], 'Unexpected 1 document name(s), expected two versions of one standard'],
    [['scs-0190-v1', 'scs-0190-v2', '--dir', DIR, '--format', 'html'], 'Unexpected --format `html`, expected text or json'],
  ])('%j: one clear line and exit 2', async (args, message) => {
    const { code, stdout, stderr } = await run(...args);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toBe(`${message}\nUsage: npm run diff -- scs-NNNN-vA scs-NNNN-vB [--dir DIR] [--format text|json]\n`);
  });

  it('names a missing folder', async () => {
    const { code, stderr } = await run('scs-0190-v1', 'scs-0190-v2', '--dir', 'no/such/folder');
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe('Cannot read no/such/folder: no such file or folder');
  });
});
