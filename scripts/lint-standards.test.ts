// The command line as CI runs it: exit codes, formats, paths relative to the
// working directory, and files reported within their folder's registry.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheFileFor } from '../plugins/standards/lint/cache.js';

const ROOT = path.join(import.meta.dirname, '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'scs-cli-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

function lint(...args: string[]) {
  const run = spawnSync(TSX, [path.join(ROOT, 'scripts', 'lint-standards.ts'), '--no-cache', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run lint:standards', () => {
  it('exits 0 on a clean folder', () => {
    expect(lint('tests/fixtures/valid-corpus')).toEqual({ code: 0, stdout: '0 errors, 0 warnings in 6 files\n', stderr: '' });
  });

  it('exits 1 on errors and prints paths relative to the working directory', () => {
    const { code, stdout } = lint('tests/fixtures/every-error');
    expect(code).toBe(1);
    expect(stdout).toMatch(/^tests\/fixtures\/every-error\/scs-0100-v1-flavors\.md:4:1 error Missing `stabilized_at` .* lifecycle-required-date$/m);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('26 errors, 4 warnings in 15 files');
  });

  it('exits 0 when there are only warnings', () => {
    const { code, stdout } = lint('tests/fixtures/every-error/scs-0102-v1-images.md');
    expect({ code, stdout }).toEqual({
      code: 0,
      stdout:
        'tests/fixtures/every-error/scs-0102-v1-images.md:4:1 warning Missing `scs-0102-v2-images.md` in `replaced_by`, expected it because `scs-0102-v2-images.md` replaces this deprecated document replacement-symmetry\n' +
        '0 errors, 1 warning in 1 file\n',
    });
  });

  it('prints JSON records', () => {
    const { code, stdout } = lint('tests/fixtures/every-error/scs-0105-v1-Upper-Case.md', '--format', 'json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual([
      {
        file: 'tests/fixtures/every-error/scs-0105-v1-Upper-Case.md',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        severity: 'error',
        ruleId: 'file-name',
        message: 'Unexpected uppercase letter in file name `scs-0105-v1-Upper-Case.md`, expected `scs-0105-v1-upper-case.md`',
      },
    ]);
  });

  it('prints GitHub annotations', () => {
    const { code, stdout } = lint('tests/fixtures/every-error/scs-0106-v1-javascript.md', '--format', 'github');
    expect(code).toBe(1);
    expect(stdout).toBe(
      '::error file=tests/fixtures/every-error/scs-0106-v1-javascript.md,line=1,col=4,endLine=1,endColumn=6,title=front-matter-syntax::Unexpected front-matter language `js`, expected YAML (a plain `---` line); front matter is data and is never run as code\n',
    );
  });

  it.each([
    [['--format', 'xml'], 'Unexpected --format `xml`, expected stylish, json or github'],
    [['--date', '2023-02-30'], 'Unexpected --date `2023-02-30`, expected a calendar day as YYYY-MM-DD'],
    [['--fix'], "Unknown option '--fix'"],
    [['no/such/folder'], 'No such file or folder: no/such/folder'],
    [['--config', 'no-such-config.json'], 'no-such-config.json: Unreadable config file (ENOENT)'],
  ])('exits 2 on bad usage: %j', (args, message) => {
    const { code, stdout, stderr } = lint('tests/fixtures/valid-corpus', ...args);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toContain(message);
    expect(stderr).toContain('Usage: npm run lint:standards');
  });

  it('exits 2 on an invalid config file', async () => {
    const config = path.join(work, 'bad.json');
    await writeFile(config, JSON.stringify({ rules: { 'front-matter-unknown-keys': 'off' } }));
    const { code, stderr } = lint('tests/fixtures/valid-corpus', '--config', config);
    expect(code).toBe(2);
    expect(stderr).toContain(`${config}: Unexpected rule \`front-matter-unknown-keys\` (did you mean \`front-matter-unknown-key\`?)`);
  });

  it('applies a config file', async () => {
    const config = path.join(work, 'quiet.json');
    await writeFile(config, JSON.stringify({ rules: { 'file-name': 'warn' } }));
    const { code, stdout } = lint('tests/fixtures/every-error/scs-0105-v1-Upper-Case.md', '--config', config);
    expect(code).toBe(0);
    expect(stdout).toContain('warning Unexpected uppercase letter');
  });

  it('refuses --cache together with --no-cache', () => {
    const { code, stderr } = lint('tests/fixtures/valid-corpus', '--cache');
    expect(code).toBe(2);
    expect(stderr).toContain('Unexpected --cache together with --no-cache, expected one of them');
  });

  it('neither reads nor writes the cache in CI unless --cache is given', async () => {
    const root = path.join(work, 'ci-corpus');
    await cp(path.join(ROOT, 'tests/fixtures/valid-corpus'), root, { recursive: true });
    const cacheFile = cacheFileFor(root);
    const run = (env: Record<string, string>, ...args: string[]) =>
      spawnSync(TSX, [path.join(ROOT, 'scripts', 'lint-standards.ts'), root, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
    try {
      expect(run({ CI: 'true' }).status).toBe(0);
      expect(existsSync(cacheFile)).toBe(false);
      expect(run({ CI: 'true' }, '--cache').status).toBe(0);
      expect(existsSync(cacheFile)).toBe(true);
      // A poisoned cache: the broken file's entry with its findings emptied, as anyone who can write a CI cache could do.
      const broken = path.join(root, 'scs-0300-v1-role-names.md');
      await writeFile(broken, '---\ntitle: x\n---\n');
      expect(run({ CI: 'true' }, '--cache').status).toBe(1);
      const { readFileSync } = await import('node:fs');
      const data = JSON.parse(readFileSync(cacheFile, 'utf8'));
      for (const entry of Object.values<{ result: { findings: unknown[] } }>(data.entries)) entry.result.findings = [];
      await writeFile(cacheFile, JSON.stringify(data));
      // Where the cache is used, the poison works (which is why CI does not use it) ...
      expect(run({ CI: '' }).status).toBe(0);
      // ... and in CI it is neither read nor written.
      const poisoned = readFileSync(cacheFile, 'utf8');
      const ci = run({ CI: 'true' });
      expect(ci.status).toBe(1);
      expect(ci.stdout).toContain('scs-0300-v1-role-names.md:1:1 error Missing `type`');
      expect(readFileSync(cacheFile, 'utf8')).toBe(poisoned);
    } finally {
      await rm(cacheFile, { force: true });
    }
  }, 120_000);
});
