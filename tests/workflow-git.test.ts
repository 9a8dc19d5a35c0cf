// The contributor commands and the base-branch checks, run as a contributor
// and CI would: in a real git repository made here (commits and branches),
// through the command-line entry points.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rename, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
let repo: string;

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
}
function command(script: string, ...args: string[]) {
  const run = spawnSync(TSX, [path.join(ROOT, 'scripts', script), ...args], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
const lint = (...args: string[]) => command('lint-standards.ts', '--no-cache', ...args);
const file = (name: string) => path.join(repo, 'Standards', name);

const BODY = '\n## Introduction\n\nText.\n\n## Motivation\n\nWhy.\n\n## Conformance Tests\n\nHow.\n';
const V1 = `---
# The first version; keep this comment.
title: 'Flavor Naming: the ''first'' one'
type: "Standard"
status: Stable   # since January
track: IaaS
stabilized_at: 2024-01-15
authors: [ "SCS IaaS Team" ]
---
${BODY}`;
const V2 = `---
title: "Flavor Naming"
type: Standard
status: Draft
track: IaaS
replaces: [scs-0100-v1-flavors.md]
---
${BODY}\nSee [v1](scs-0100-v1-flavors.md).\n`;
const REJECTED = `---
title: Entropy
type: Standard
status: Rejected
track: IaaS
rejected_at: 2024-05-01
replaced_by: []
---
${BODY}`;
const PROPOSAL = `---
title: DNS Zones
type: Standard
status: Draft
track: IaaS
---
${BODY}`;

beforeAll(async () => {
  repo = await mkdtemp(path.join(tmpdir(), 'scs-git-'));
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.name', 'Test Author');
  git('config', 'user.email', 'author@example.org');
  git('config', 'commit.gpgsign', 'false');
  await mkdir(path.join(repo, 'Standards'));
  await writeFile(file('scs-0100-v1-flavors.md'), V1);
  await writeFile(file('scs-0100-v2-flavors.md'), V2);
  await writeFile(file('scs-0101-v1-entropy.md'), REJECTED);
  await writeFile(file('scs-xxxx-v1-dns-zones.md'), PROPOSAL + '\nSee [flavors](scs-0100-v1-flavors.md).\n');
  await writeFile(file('scs-XXXX-v1-standard-template.md'), await readFile(path.join(ROOT, 'Standards', 'scs-XXXX-v1-standard-template.md'), 'utf8'));
  await writeFile(file('README.md'), '# Standards\n\nThe proposal [DNS zones](scs-xxxx-v1-dns-zones.md).\n');
  git('add', '.');
  git('commit', '--quiet', '-m', 'base corpus');
}, 60_000);
afterAll(() => rm(repo, { recursive: true, force: true }));

describe('lifecycle commands in a repository', () => {
  it('stabilizes v2 and deprecates v1 for it, changing exactly the intended lines, and the base check passes', () => {
    git('switch', '--quiet', '-c', 'stabilize-v2', 'main');
    const dry = command('lifecycle.ts', 'stabilize', 'scs-0100-v2', '--on', '2025-01-01', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('+status: Stable\n');
    expect(git('status', '--porcelain')).toBe(''); // --dry-run writes nothing

    const stabilized = command('lifecycle.ts', 'stabilize', 'scs-0100-v2', '--on', '2025-01-01');
    expect(stabilized.stdout).toContain('changed Standards/scs-0100-v2-flavors.md: status: Stable; stabilized_at: 2025-01-01\n');
    expect(stabilized.stdout).toContain('note: scs-0100-v1-flavors is still Stable without a deprecation date');
    const deprecated = command('lifecycle.ts', 'deprecate', 'scs-0100-v1', '--on', '2025-06-30', '--replaced-by', 'scs-0100-v2');
    expect(deprecated.stdout).toContain('0 errors');
    expect(deprecated.code).toBe(0);
    expect(git('diff', '--no-color', '--', 'Standards/scs-0100-v1-flavors.md')).toBe(`diff --git a/Standards/scs-0100-v1-flavors.md b/Standards/scs-0100-v1-flavors.md
index ${git('rev-parse', '--short', 'HEAD:Standards/scs-0100-v1-flavors.md').trim()}..${git('hash-object', 'Standards/scs-0100-v1-flavors.md').trim().slice(0, 7)} 100644
--- a/Standards/scs-0100-v1-flavors.md
+++ b/Standards/scs-0100-v1-flavors.md
@@ -2,9 +2,12 @@
 # The first version; keep this comment.
 title: 'Flavor Naming: the ''first'' one'
 type: "Standard"
-status: Stable   # since January
+status: Deprecated   # since January
 track: IaaS
 stabilized_at: 2024-01-15
+deprecated_at: 2025-06-30
+replaced_by:
+  - scs-0100-v2-flavors.md
 authors: [ "SCS IaaS Team" ]
 ---
 
`);
    git('commit', '--quiet', '-am', 'stabilize v2, deprecate v1');
    const checked = lint('Standards', '--base', 'main');
    expect(checked).toMatchObject({ code: 0, stdout: '0 errors, 0 warnings in 5 files\n' });
  }, 120_000);

  it('refuses a transition the lifecycle does not allow, and says why', () => {
    const refused = command('lifecycle.ts', 'stabilize', 'scs-0101-v1', '--on', '2025-01-01');
    expect(refused).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'Cannot stabilize scs-0101-v1-entropy: stabilize moves a version from Draft to Stable, but its status is Rejected; Rejected is final: there is no way back, a returning idea starts a new version or a new proposal\n',
    });
  }, 60_000);

  it('assigns a number: renames, follows links in documents and README, writes a redirect; the base check accepts it', () => {
    git('switch', '--quiet', '-c', 'number-dns', 'main');
    const assigned = command('lifecycle.ts', 'assign-number', 'scs-xxxx-v1-dns-zones');
    expect(assigned.code).toBe(0);
    expect(assigned.stdout).toContain('changed Standards/README.md: 1 link updated\n');
    expect(assigned.stdout).toContain('changed Standards/scs-0102-v1-dns-zones.md: renamed to scs-0102-v1-dns-zones.md\n');
    git('add', '-A');
    git('commit', '--quiet', '-m', 'number for dns zones');
    expect(git('show', '--stat', '--format=', '-M', 'HEAD')).toContain('Standards/{scs-xxxx-v1-dns-zones.md => scs-0102-v1-dns-zones.md}');
    expect(JSON.parse(git('show', 'HEAD:Standards/redirects.json'))).toEqual({ 'scs-xxxx-v1-dns-zones': 'scs-0102-v1-dns-zones' });
    expect(lint('Standards', '--base', 'main')).toMatchObject({ code: 0, stdout: '0 errors, 0 warnings in 5 files\n' });
  }, 120_000);

  it('new refuses politely without a terminal, and creates a proposal from flags', () => {
    git('switch', '--quiet', '-c', 'new-proposal', 'main');
    const asked = command('new.ts');
    expect(asked.code).toBe(2);
    expect(asked.stderr).toMatch(/^Missing --title, --track, --type: npm run new asks for them only on a terminal, and this input is not one;/);
    const created = command('new.ts', '--title', 'Object Storage', '--track', 'IaaS', '--type', 'Standard');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('created Standards/scs-xxxx-v1-object-storage.md');
  }, 60_000);
});

describe('lint:standards --base catches what the lifecycle forbids', () => {
  it('reports each forbidden change with file, line and rule id', async () => {
    git('switch', '--quiet', '-c', 'forbidden', 'main');
    // Rejected back to Draft; a passed date moved and the Stable text changed; a numbered document renamed.
    await writeFile(file('scs-0101-v1-entropy.md'), REJECTED.replace('status: Rejected', 'status: Draft').replace('rejected_at: 2024-05-01\nreplaced_by: []\n', ''));
    await writeFile(file('scs-0100-v1-flavors.md'), V1.replace('stabilized_at: 2024-01-15', 'stabilized_at: 2024-02-01').replace('Why.', 'Why not.'));
    await rename(file('scs-0100-v2-flavors.md'), file('scs-0100-v2-flavor-names.md'));
    git('add', '-A');
    git('commit', '--quiet', '-m', 'forbidden changes');
    const result = lint('Standards', '--base', 'main');
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n').filter((line) => line.includes(' history-'));
    expect(lines).toEqual([
      'Standards/scs-0100-v1-flavors.md:7:1 error Unexpected change of `stabilized_at` from 2024-01-15 to 2024-02-01, expected a lifecycle date that has passed to stay as it is history-lifecycle-date',
      'Standards/scs-0100-v1-flavors.md:17:1 warning Unexpected change to the text of Stable `scs-0100-v1-flavors.md`, expected only editorial fixes; a change that could make a conforming implementation non-conforming needs a new version history-stable-body',
      'Standards/scs-0100-v2-flavor-names.md:1:1 error Unexpected rename of `scs-0100-v2-flavors.md` to `scs-0100-v2-flavor-names.md`, expected a numbered document to keep its file name history-renamed-document',
      'Standards/scs-0101-v1-entropy.md:1:1 error Unexpected removal of `rejected_at: 2024-05-01`, expected a lifecycle date that has passed to stay as it is history-lifecycle-date',
      'Standards/scs-0101-v1-entropy.md:4:1 error Unexpected status change from Rejected to Draft since main, expected Rejected to stay: it is final, and a returning idea starts a new version or proposal history-status-transition',
    ]);
  }, 120_000);

  it('--changed reports the changed files and the documents that name them, and skips explicit non-standard files', () => {
    git('switch', '--quiet', '-c', 'changed-only', 'main');
    execFileSync('git', ['rm', '--quiet', 'Standards/scs-0100-v1-flavors.md'], { cwd: repo });
    const result = lint('Standards', '--base', 'main', '--changed');
    expect(result.code).toBe(1);
    const files = new Set(result.stdout.trimEnd().split('\n').slice(0, -1).map((line) => line.split(':')[0]));
    // The deletion, and the two documents whose references it breaks; not the untouched rejected document.
    expect([...files].sort()).toEqual(['Standards/scs-0100-v1-flavors.md', 'Standards/scs-0100-v2-flavors.md', 'Standards/scs-xxxx-v1-dns-zones.md']);
    expect(result.stdout).toContain(
      'Standards/scs-0100-v1-flavors.md:1:1 error Unexpected deletion of `scs-0100-v1-flavors.md` (present in main), expected it to stay and be deprecated or rejected instead history-renamed-document',
    );
    expect(lint('Standards/README.md')).toEqual({ code: 0, stdout: '0 errors, 0 warnings in 0 files\n', stderr: '' });
  }, 120_000);

  it('names a bad ref in one line', () => {
    const result = lint('Standards', '--base', 'no-such-branch');
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toMatch(/^Unknown git ref `no-such-branch` in .*, expected a branch, tag or commit \(fetch it first in CI\)$/);
  }, 60_000);
});
