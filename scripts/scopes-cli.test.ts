// The scopes on the command line: `npm run registry` prints each scope
// version's state on a day and the standard versions it includes, and
// `npm run lint:standards --scopes DIR` lints another folder's scope files.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const run = (script: string, ...args: string[]) => {
  const result = spawnSync(TSX, [path.join(ROOT, 'scripts', script), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('npm run registry with scopes', { timeout: 120_000 }, () => {
  it("prints every scope with each version's state on the day asked and the standard versions it includes", () => {
    const states = (date: string) => {
      const { code, stdout } = run('registry.ts', 'Standards', '--date', date);
      expect(code).toBe(0);
      const snapshot = JSON.parse(stdout) as { scopes: Array<{ slug: string; versions: Array<{ version: string; state: string; include: Array<{ standard: { id: string } | null }> }> }> };
      return snapshot.scopes.map((scope) => `${scope.slug}: ${scope.versions.map((version) => `${version.version}=${version.state}`).join(' ')}`);
    };
    expect(states('2024-05-01')).toEqual(['scs-compatible-iaas: next=deprecated v5=deprecated v4=effective v3=warn', 'scs-compatible-kaas: next=deprecated v3=deprecated v2=effective v1=warn']);
    expect(states('2027-03-01')).toEqual(['scs-compatible-iaas: next=draft v5=effective v4=deprecated v3=deprecated', 'scs-compatible-kaas: next=draft v3=effective v2=warn v1=deprecated']);
    const { stdout } = run('registry.ts', '--date', '2026-11-27');
    const iaas = (JSON.parse(stdout) as { scopes: Array<{ slug: string; versions: Array<{ version: string; include: Array<{ module: string; standard: { id: string; state: string } | null }> }> }> }).scopes[0]!;
    expect(iaas.versions.find((version) => version.version === 'v4')!.include.map((entry) => `${entry.standard?.id} ${entry.standard?.state}`)).toEqual([
      'scs-0100-v3-flavor-naming deprecation-scheduled',
      'scs-0101-v1-entropy effective',
      'scs-0102-v1-image-metadata effective',
      'scs-0103-v1-standard-flavors effective',
      'scs-0104-v1-standard-images effective',
    ]);
  });

  it('reads the scopes of another folder with --scopes, skipping YAML files that are not scopes', () => {
    const { code, stdout, stderr } = run('registry.ts', 'Standards', '--scopes', 'tests/fixtures/scopes/mixed', '--date', '2026-11-27');
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { scopes: Array<{ name: string }> }).scopes.map((scope) => scope.name)).toEqual(['Example scope']);
    expect(stderr).toContain('Not a readable scope: ../tests/fixtures/scopes/mixed/older-format.yaml (Unexpected scope file in the older format');
  });
});

describe('npm run lint:standards with scopes', { timeout: 120_000 }, () => {
  it('lints Standards/scopes/ with the corpus and another folder with --scopes', () => {
    // On a fixed day: the scope rules judge the standards a scope version includes by their states on the day
    // linted (from 2027-06-30 the IaaS scope's v5 includes a deprecated version and gets a warning).
    expect(run('lint-standards.ts', '--no-cache', '--date', '2026-11-27').stdout).toMatch(/^0 errors, 0 warnings in \d+ files\n$/);
    const other = run('lint-standards.ts', '--no-cache', '--scopes', 'tests/fixtures/scopes/mixed');
    expect(other.code).toBe(1);
    expect(other.stdout).toContain('tests/fixtures/scopes/mixed/older-format.yaml:6:5 error Unexpected scope file in the older format');
    expect(run('lint-standards.ts', '--scopes', 'no/such/folder')).toMatchObject({ code: 2, stderr: expect.stringContaining('No such folder for --scopes: no/such/folder') });
  });
});
