// `npm run lifecycle` as a contributor runs it, on a temporary standards folder:
// a proposal is not rejected (and why), `--replaced-by none` writes an explicit
// empty list, and a bad combination of flags is a usage error.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const BODY = '\n## Introduction\n\nText.\n\n## Motivation\n\nWhy.\n\n## Conformance Tests\n\nHow.\n';
const FILES: Record<string, string> = {
  'scs-0103-v1-quotas.md': `---\ntitle: Quotas  # working title\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n${BODY}`,
  'scs-0104-v1-limits.md': `---\ntitle: Limits\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2024-03-01\n---\n${BODY}`,
  'scs-xxxx-v1-dns-zones.md': `---\ntitle: DNS zones\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n${BODY}`,
};

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'scs-lifecycle-'));
  for (const [name, text] of Object.entries(FILES)) await writeFile(path.join(folder, name), text);
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function lifecycle(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(TSX, [path.join(ROOT, 'scripts', 'lifecycle.ts'), ...args, '--dir', folder], { cwd: folder });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
const read = (name: string) => readFile(path.join(folder, name), 'utf8');

describe('npm run lifecycle', () => {
  it('refuses to reject a proposal, says why and what to do instead, and writes nothing', async () => {
    expect(await lifecycle('reject', 'scs-xxxx-v1-dns-zones', '--on', '2025-05-01')).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'Cannot reject scs-xxxx-v1-dns-zones: a proposal has no number and stays a Draft until it gets one, so it cannot be Rejected. ' +
        'If it was never merged, close its pull request instead; if it is in the repository and the decision should stay on record, ' +
        'number it first (npm run lifecycle -- assign-number scs-xxxx-v1-dns-zones) and reject the numbered version; otherwise delete the file in a pull request\n',
    });
    expect(await read('scs-xxxx-v1-dns-zones.md')).toBe(FILES['scs-xxxx-v1-dns-zones.md']);
  });

  it('rejects a Draft with --replaced-by none: replaced_by: [], no warning', async () => {
    const result = await lifecycle('reject', 'scs-0103-v1', '--on', '2025-05-01', '--replaced-by', 'none');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `changed scs-0103-v1-quotas.md: status: Rejected; rejected_at: 2025-05-01; replaced_by: []\n\nLint of the changed files:\n0 errors, 0 warnings in 1 file\n`,
    );
    expect(await read('scs-0103-v1-quotas.md')).toBe(FILES['scs-0103-v1-quotas.md']!.replace('status: Draft\ntrack: IaaS\n', 'status: Rejected\ntrack: IaaS\nrejected_at: 2025-05-01\nreplaced_by: []\n'));
  });

  it('deprecates without a successor and names both ways to say one; run again with --replaced-by none, it completes replaced_by', async () => {
    const first = await lifecycle('deprecate', 'scs-0104-v1', '--on', '2025-08-01');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(
      'note: scs-0104-v1-limits names no successor (the linter warns: replaced-by-recommended); say what took its place with ' +
        'npm run lifecycle -- deprecate scs-0104-v1-limits --on 2025-08-01 --replaced-by DOC, or --replaced-by none if nothing did\n',
    );
    expect(first.stdout).toContain('replaced-by-recommended');
    const again = await lifecycle('deprecate', 'scs-0104-v1', '--on', '2025-08-01', '--replaced-by', 'none');
    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect(again.stdout).toBe('changed scs-0104-v1-limits.md: replaced_by: []\n\nLint of the changed files:\n0 errors, 0 warnings in 1 file\n');
    expect(await read('scs-0104-v1-limits.md')).toContain('stabilized_at: 2024-03-01\ndeprecated_at: 2025-08-01\nreplaced_by: []\n---\n');
  });

  it('refuses `none` together with a document, and shows the spelling in the usage', async () => {
    const result = await lifecycle('deprecate', 'scs-0104-v1', '--on', '2025-08-01', '--replaced-by', 'none', '--replaced-by', 'scs-0103-v1');
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('Unexpected --replaced-by none together with --replaced-by DOC, expected either the successors or `none` alone');
    expect((await lifecycle('--help')).stdout).toContain('--replaced-by none  nothing takes its place: writes `replaced_by: []`');
  });
});
