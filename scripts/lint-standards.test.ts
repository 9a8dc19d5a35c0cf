// The command line as CI runs it: exit codes, formats, paths relative to the
// working directory, and files reported within their folder's registry.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cacheFileFor } from '../plugins/standards/lint/cache.js';

const ROOT = path.join(import.meta.dirname, '..');
// What `npm run lint:standards` runs: the bundle of lint-standards.ts (scripts/lint-standards.mjs). It starts in
// a fraction of the time `tsx` takes to compile the sources, over some forty runs here; that it prints what the
// sources print is asserted in scripts/lint-standards-bundle.test.ts.
const LINTER = path.join(ROOT, 'scripts', 'lint-standards.mjs');
let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'scs-cli-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

function lint(...args: string[]) {
  const run = spawnSync(process.execPath, [LINTER, '--no-cache', ...args], { cwd: ROOT, encoding: 'utf8' });
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
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('32 errors, 22 warnings in 18 files');
  });

  it('exits 0 when there are only warnings', () => {
    const { code, stdout } = lint('tests/fixtures/every-error/scs-0101-v1-entropy.md');
    expect({ code, stdout }).toEqual({
      code: 0,
      stdout:
        'tests/fixtures/every-error/scs-0101-v1-entropy.md:4:1 warning Unexpected Stable `scs-0101-v1-entropy.md` next to the newer Stable `scs-0101-v2-entropy.md`, expected the older version deprecated in a separate step: `status: Deprecated`, `deprecated_at:` the last day it applies, and `replaced_by: [scs-0101-v2-entropy.md]` single-stable-version\n' +
        '0 errors, 1 warning in 1 file\n',
    });
  });

  it('prints JSON records', () => {
    const { code, stdout } = lint('tests/fixtures/every-error/scs-0105-v1-Upper-Case.md', '--format', 'json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      diagnostics: [
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
      ],
      suppressed: [],
      baseline: null,
    });
  });

  it('prints GitHub annotations', () => {
    const { code, stdout } = lint('tests/fixtures/every-error/scs-0106-v1-javascript.md', '--format', 'github');
    expect(code).toBe(1);
    expect(stdout).toBe(
      '::error file=tests/fixtures/every-error/scs-0106-v1-javascript.md,line=1,col=4,endLine=1,endColumn=6,title=front-matter-syntax::Unexpected front-matter language `js`, expected YAML (a plain `---` line); front matter is data and is never run as code\n',
    );
  });

  it.each([
    [['--format', 'xml'], 'Unexpected --format `xml`, expected stylish, json, github or markdown'],
    [['--date', '2023-02-30'], 'Unexpected --date `2023-02-30`, expected a calendar day as YYYY-MM-DD'],
    [['--frobnicate'], "Unknown option '--frobnicate'"],
  ])('exits 2 on bad usage: %j', (args, message) => {
    const { code, stdout, stderr } = lint('tests/fixtures/valid-corpus', ...args);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toContain(message);
    expect(stderr).toContain('Usage: npm run lint:standards');
  });

  it.each([
    [['no/such/folder'], 'No such file or folder: no/such/folder'],
    [['--config', 'no-such-config.json'], 'no-such-config.json: Unreadable config file (ENOENT)'],
  ])('exits 2 with one line on a missing file or folder: %j', (args, message) => {
    expect(lint('tests/fixtures/valid-corpus', ...args)).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
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
      spawnSync(process.execPath, [LINTER, root, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
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

// Each test runs the command a few times, a few seconds each on a busy machine.
describe('npm run lint:standards with a baseline', { timeout: 180_000 }, () => {
  const doc = (body: string) => `---\ntitle: Entropy\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\n${body}\n\n## Motivation\n\nText.\n\n## Conformance Tests\n\nText.\n`;
  const ORIGINAL = 'The “default” flavor -- always.';
  let dir: string;
  let corpus: string;
  let config: string;
  let file: string;
  let label: string;
  let n = 0;

  // A fresh project per test: a config file (so the default baseline is next to it, not in this repository) and a corpus.
  beforeEach(async () => {
    dir = path.join(work, `baseline-${n++}`);
    corpus = path.join(dir, 'Standards');
    await mkdir(corpus, { recursive: true });
    config = path.join(dir, 'standards-lint.config.json');
    await writeFile(config, '{}');
    file = path.join(corpus, 'scs-0101-v1-entropy.md');
    label = path.relative(ROOT, file);
    await writeFile(file, doc(ORIGINAL));
  });
  const lintHere = (...args: string[]) => lint(corpus, '--config', config, ...args);
  const baselineFile = () => path.join(dir, 'standards-lint.baseline.json');

  it('writes a baseline next to the config file, and then suppresses what it recorded', async () => {
    const before = lintHere();
    expect(before.stdout).toBe(
      `${label}:10:5 warning Unexpected curly quote \`“\`, expected \`"\` curly-quotes\n` +
        `${label}:10:13 warning Unexpected curly quote \`”\`, expected \`"\` curly-quotes\n` +
        `${label}:10:22 warning Unexpected \`--\` used as a dash, expected an en dash \`–\` double-hyphen\n` +
        '0 errors, 3 warnings in 1 file\n',
    );
    const written = lintHere('--write-baseline');
    expect(written).toEqual({
      code: 0,
      stdout: `0 errors, 0 warnings in 1 file\nBaseline ${baselineFile()}: 3 findings suppressed (0 errors, 3 warnings)\n`,
      stderr: `Wrote ${baselineFile()}: 3 findings recorded in 1 file\n`,
    });
    const text = await readFile(baselineFile(), 'utf8');
    expect(text.split('\n').filter((line) => line.startsWith('    {')).map((line) => JSON.parse(line.replace(/,$/, '')) as { file: string; rule: string; count: number })
      .map(({ file, rule, count }) => [file, rule, count])).toEqual([
      ['Standards/scs-0101-v1-entropy.md', 'curly-quotes', 1],
      ['Standards/scs-0101-v1-entropy.md', 'curly-quotes', 1],
      ['Standards/scs-0101-v1-entropy.md', 'double-hyphen', 1],
    ]);
    expect(lintHere()).toEqual({ code: 0, stdout: written.stdout, stderr: '' });
    // Writing again from the same findings gives the same file, byte for byte.
    lintHere('--write-baseline');
    expect(await readFile(baselineFile(), 'utf8')).toBe(text);
  });

  it('keeps suppressing after an edit elsewhere in the file, and reports a new finding', async () => {
    lintHere('--write-baseline');
    await writeFile(file, doc(`A new first paragraph.\n\nAnother one.\n\n${ORIGINAL}\n\nA “new” problem.`));
    const { code, stdout } = lintHere();
    expect(code).toBe(0);
    expect(stdout).toBe(
      `${label}:16:3 warning Unexpected curly quote \`“\`, expected \`"\` curly-quotes\n` +
        `${label}:16:7 warning Unexpected curly quote \`”\`, expected \`"\` curly-quotes\n` +
        '0 errors, 2 warnings in 1 file\n' +
        `Baseline ${baselineFile()}: 3 findings suppressed (0 errors, 3 warnings)\n`,
    );
  });

  it('counts the same text twice as two findings: a third copy is new', async () => {
    await writeFile(file, doc(`${ORIGINAL}\n\n${ORIGINAL}`));
    lintHere('--write-baseline');
    await writeFile(file, doc(`${ORIGINAL}\n\n${ORIGINAL}\n\n${ORIGINAL}`));
    const { stdout } = lintHere();
    expect(stdout.split('\n').slice(-3)).toEqual([
      '0 errors, 3 warnings in 1 file',
      `Baseline ${baselineFile()}: 6 findings suppressed (0 errors, 6 warnings)`,
      '',
    ]);
    expect(stdout).toContain(`${label}:14:22 warning Unexpected \`--\``);
  });

  it('names recorded findings that no longer occur, without failing the run', async () => {
    lintHere('--write-baseline');
    await writeFile(file, doc('The "default" flavor -- always.'));
    expect(lintHere()).toEqual({
      code: 0,
      stdout:
        `${label} info Baseline entry no longer found: Unexpected curly quote \`“\`, expected \`"\` curly-quotes\n` +
        `${label} info Baseline entry no longer found: Unexpected curly quote \`”\`, expected \`"\` curly-quotes\n` +
        '0 errors, 0 warnings in 1 file\n' +
        `Baseline ${baselineFile()}: 1 finding suppressed (0 errors, 1 warning); 2 recorded findings no longer found: run with --write-baseline to drop them\n`,
      stderr: '',
    });
  });

  it('suppresses errors too, and fails again on a new error', async () => {
    await writeFile(path.join(corpus, 'scs-0102-v1-images.md'), '---\ntitle: Images\ntype: Standard\nstatus: Stable\ntrack: IaaS\n---\n\n## Introduction\n');
    expect(lintHere().code).toBe(1);
    lintHere('--write-baseline');
    expect(lintHere().code).toBe(0);
    await writeFile(path.join(corpus, 'scs-0103-v1-flavors.md'), '---\ntitle: Flavors\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n# Flavors\n');
    const { code, stdout } = lintHere();
    expect(code).toBe(1);
    expect(stdout).not.toContain('scs-0102-v1-images.md');
    expect(stdout).toContain('scs-0103-v1-flavors.md:8:1 error Unexpected level-1 heading');
  });

  it('shows everything with --no-baseline, and reads another file with --baseline FILE', async () => {
    const other = path.join(dir, 'elsewhere.json');
    expect(lintHere('--baseline', other, '--write-baseline').stderr).toBe(`Wrote ${other}: 3 findings recorded in 1 file\n`);
    expect(lintHere('--baseline', other).stdout).toBe(`0 errors, 0 warnings in 1 file\nBaseline ${other}: 3 findings suppressed (0 errors, 3 warnings)\n`);
    // The default file was never written, so a plain run shows everything, as --no-baseline does.
    expect(lintHere().stdout).toBe(lintHere('--no-baseline').stdout);
  });

  it('says in JSON which findings were suppressed and which entries are gone', async () => {
    await writeFile(file, doc(`${ORIGINAL}\n\nSee [x](../README.txt).`));
    lintHere('--write-baseline');
    await writeFile(file, doc(`${ORIGINAL}\n\nA -- b.`));
    const { code, stdout } = lintHere('--format', 'json');
    expect(code).toBe(0);
    const output = JSON.parse(stdout) as { diagnostics: Array<{ line: number; ruleId: string }>; suppressed: Array<{ line: number; ruleId: string }>; baseline: { file: string; stale: Array<{ file: string; ruleId: string; count: number }> } };
    expect(output.diagnostics.map(({ line, ruleId }) => [line, ruleId])).toEqual([[12, 'double-hyphen']]);
    expect(output.suppressed.map(({ line, ruleId }) => [line, ruleId])).toEqual([[10, 'curly-quotes'], [10, 'curly-quotes'], [10, 'double-hyphen']]);
    expect(output.baseline.file).toBe(baselineFile());
    expect(output.baseline.stale.map(({ file, ruleId, count }) => [file, ruleId, count])).toEqual([[label, 'link-leaves-folder', 1]]);
  });

  it('leaves the entries of other files alone when linting one file', async () => {
    const second = path.join(corpus, 'scs-0104-v1-other.md');
    await writeFile(second, doc('Other “text”.'));
    lintHere('--write-baseline');
    await writeFile(file, doc('Now clean.'));
    // Linting only the second file: the first file's entries are neither stale nor dropped.
    const one = lint(second, '--config', config);
    expect(one.stdout).toBe(`0 errors, 0 warnings in 1 file\nBaseline ${baselineFile()}: 2 findings suppressed (0 errors, 2 warnings)\n`);
    lint(second, '--config', config, '--write-baseline');
    expect(lintHere().stdout).toContain('3 recorded findings no longer found');
  });

  it.each([
    ['not JSON', '{"version": 1,', /Invalid JSON \(.*\), expected the file --write-baseline writes/],
    ['merge-conflict markers', '<<<<<<< HEAD\n{}\n=======\n{}\n>>>>>>> main\n', /Unexpected merge-conflict markers/],
    ['another version', '{"version": 9, "findings": []}', /Unexpected version 9, expected 1/],
  ])('exits 2 on a broken baseline file: %s', async (_, text, message) => {
    await writeFile(baselineFile(), text);
    const { code, stdout, stderr } = lintHere();
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(new RegExp(`^${baselineFile().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
    expect(stderr).toMatch(message);
  });

  it('replaces a broken baseline file when writing', async () => {
    await writeFile(baselineFile(), '<<<<<<< HEAD\n{}\n=======\n{}\n>>>>>>> main\n');
    const written = lintHere('--write-baseline');
    expect(written.code).toBe(0);
    expect(written.stderr).toBe(
      `${baselineFile()}: Unexpected merge-conflict markers, expected the file --write-baseline writes: run --write-baseline again; replacing it\n` +
        `Wrote ${baselineFile()}: 3 findings recorded in 1 file\n`,
    );
    expect(lintHere().stdout).toBe(`0 errors, 0 warnings in 1 file\nBaseline ${baselineFile()}: 3 findings suppressed (0 errors, 3 warnings)\n`);
  });

  it.each([
    [['--baseline', 'no-such-baseline.json'], 'no-such-baseline.json: Unreadable baseline file (ENOENT)'],
    [['--no-baseline', '--write-baseline'], 'Unexpected --no-baseline with --write-baseline, expected one of them'],
    [['--no-baseline', '--baseline', 'x.json'], 'Unexpected --no-baseline with --baseline, expected one of them'],
    [['--write-baseline', '--baseline', 'no/such/folder/b.json'], 'no/such/folder/b.json: Unwritable baseline file (ENOENT)'],
  ])('exits 2 on bad usage: %j', (args, message) => {
    const { code, stderr } = lintHere(...args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});
