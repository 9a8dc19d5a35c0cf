// The pre-commit hook as a contributor meets it: a git repository made here,
// the hook installed by husky into that repository's own config, and real
// `git commit`s. A staged broken standard stops the commit with file, line and
// rule id; a good one passes; an unstaged mistake does not block a good commit.
// Also: `npm run prepare` never fails where there is no .git or in CI.
import { execFileSync, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..');
let repo = '';
/** Each commit starts the linter through npm and tsx: seconds alone, much longer on a busy machine running the whole suite. */
const SLOW = 180_000;

const BODY = '\n## Introduction\n\nText.\n\n## Motivation\n\nWhy.\n\n## Conformance Tests\n\nHow.\n';
const GOOD = `---\ntitle: DNS Zones\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n${BODY}`;

function git(...args: string[]) {
  return spawnSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, CI: '' } });
}

beforeAll(async () => {
  repo = await mkdtemp(path.join(tmpdir(), 'scs-hook-'));
  execFileSync('git', ['init', '--quiet', '--initial-branch=main'], { cwd: repo });
  for (const [key, value] of [['user.name', 'Test Author'], ['user.email', 'author@example.org'], ['commit.gpgsign', 'false']]) execFileSync('git', ['config', key!, value!], { cwd: repo });
  // The project's hook files, and its tools through a link; lint:standards runs the linter of this checkout.
  await cp(path.join(ROOT, '.husky'), path.join(repo, '.husky'), { recursive: true });
  await cp(path.join(ROOT, 'lint-staged.config.mjs'), path.join(repo, 'lint-staged.config.mjs'));
  await cp(path.join(ROOT, 'scripts', 'install-git-hooks.mjs'), path.join(repo, 'install-git-hooks.mjs'));
  await symlink(path.join(ROOT, 'node_modules'), path.join(repo, 'node_modules'));
  await writeFile(path.join(repo, '.gitignore'), 'node_modules\n');
  await writeFile(
    path.join(repo, 'package.json'),
    JSON.stringify({ private: true, scripts: { 'lint:standards': `tsx ${JSON.stringify(path.join(ROOT, 'scripts', 'lint-standards.ts'))} --no-cache` } }),
  );
  await mkdir(path.join(repo, 'Standards'));
  await writeFile(path.join(repo, 'Standards', 'scs-xxxx-v1-dns-zones.md'), GOOD);
  // Installing the hook in the repository made here (its own config), as `npm install` does through `prepare`.
  const installed = spawnSync(process.execPath, ['install-git-hooks.mjs'], { cwd: repo, encoding: 'utf8', env: { ...process.env, CI: '' } });
  expect(installed.stdout).toBe('git hooks: pre-commit hook installed (.husky/pre-commit)\n');
  expect(execFileSync('git', ['config', 'core.hooksPath'], { cwd: repo, encoding: 'utf8' })).toBe('.husky/_\n');
  execFileSync('git', ['add', '.'], { cwd: repo });
  const first = git('commit', '--quiet', '-m', 'first proposal');
  expect(first.status, first.stderr).toBe(0);
}, SLOW);

afterAll(() => rm(repo, { recursive: true, force: true }));

describe('the pre-commit hook', () => {
  it('stops a commit of a broken standard with file, line and rule id', async () => {
    await writeFile(path.join(repo, 'Standards', 'scs-xxxx-v1-dns-zones.md'), GOOD.replace('status: Draft', 'status: Stable'));
    git('add', 'Standards');
    const commit = git('commit', '-m', 'stabilize without a number');
    expect(commit.status).not.toBe(0);
    const output = commit.stdout + commit.stderr;
    expect(output).toMatch(/Standards\/scs-xxxx-v1-dns-zones\.md:\d+:\d+ error .+ [a-z-]+/);
    expect(output).toContain('npm run lint:standards -- --base HEAD --changed');
    expect(git('log', '--format=%s').stdout).toBe('first proposal\n');
  }, SLOW);

  it('lets a good change through, and does not look at what is not staged', async () => {
    execFileSync('git', ['checkout', '--', 'Standards'], { cwd: repo });
    execFileSync('git', ['reset', '--quiet'], { cwd: repo });
    await writeFile(path.join(repo, 'Standards', 'scs-xxxx-v1-dns-zones.md'), GOOD.replace('Text.', 'Better text.'));
    git('add', 'Standards');
    // An unstaged mistake in the same file stays out of the linted version, and is still there afterwards.
    await writeFile(path.join(repo, 'Standards', 'scs-xxxx-v1-dns-zones.md'), GOOD.replace('Text.', 'Better text.').replace('status: Draft', 'status: Stable'));
    const commit = git('commit', '--quiet', '-m', 'better text');
    expect(commit.status, commit.stdout + commit.stderr).toBe(0);
    expect(git('log', '--format=%s').stdout).toBe('better text\nfirst proposal\n');
    expect(git('diff', '--stat').stdout).toContain('scs-xxxx-v1-dns-zones.md');
  }, SLOW);
});

describe('npm run prepare', () => {
  it('does nothing, successfully, without .git (a tarball) and in CI', async () => {
    const unpacked = await mkdtemp(path.join(tmpdir(), 'scs-no-git-'));
    try {
      const outside = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'install-git-hooks.mjs')], { cwd: unpacked, encoding: 'utf8', env: { ...process.env, CI: '' } });
      expect({ status: outside.status, stdout: outside.stdout }).toEqual({ status: 0, stdout: 'git hooks: not installed, this is not a git checkout\n' });
      const ci = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'install-git-hooks.mjs')], { cwd: repo, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
      expect({ status: ci.status, stdout: ci.stdout }).toEqual({ status: 0, stdout: 'git hooks: not installed in CI\n' });
    } finally {
      await rm(unpacked, { recursive: true, force: true });
    }
  });
});
