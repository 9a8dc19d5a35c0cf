// `npm run lint:standards` runs a bundle of the linter (lib/linter-bundle.mjs):
// it must print what the TypeScript sources print, and follow edits to them.
// Runs on a private copy of the linter, so the checkout's bundle is left alone.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLinterCopy } from '../plugins/standards/bench/linter-copy.js';

const ROOT = path.join(import.meta.dirname, '..');
const EVERY_ERROR = path.join(ROOT, 'tests', 'fixtures', 'every-error');
let work: string;
let copy: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'scs-bundle-'));
  copy = await createLinterCopy(ROOT, work);
});
afterAll(() => rm(work, { recursive: true, force: true }));

function run(command: string, script: string) {
  const result = spawnSync(command, [script, EVERY_ERROR, '--no-cache', '--date', '2025-06-01'], { cwd: ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const bundleFolder = () => path.join(copy, 'node_modules', '.cache', 'scs-standards-lint', 'bundle');

describe('the bundled linter', () => {
  it('prints what the TypeScript sources print', () => {
    const fromSource = run(path.join(ROOT, 'node_modules', '.bin', 'tsx'), path.join(copy, 'scripts', 'lint-standards.ts'));
    const bundled = run('node', path.join(copy, 'scripts', 'lint-standards.mjs'));
    expect(bundled.code).toBe(1);
    expect(bundled).toEqual(fromSource);
  });

  it('is built once and rebuilt when a source changes', async () => {
    run('node', path.join(copy, 'scripts', 'lint-standards.mjs'));
    const before = JSON.parse(await readFile(path.join(bundleFolder(), 'current.json'), 'utf8')) as { fingerprint: string };
    expect(run('node', path.join(copy, 'scripts', 'lint-standards.mjs')).code).toBe(1);
    expect(JSON.parse(await readFile(path.join(bundleFolder(), 'current.json'), 'utf8'))).toMatchObject({ fingerprint: before.fingerprint });

    const ruleFile = path.join(copy, 'plugins', 'standards', 'lint', 'rules', 'lifecycle-required-date.ts');
    await writeFile(ruleFile, (await readFile(ruleFile, 'utf8')).replace('message: `Missing', 'message: `Absent'));
    const { stdout } = run('node', path.join(copy, 'scripts', 'lint-standards.mjs'));
    expect(stdout).toMatch(/scs-0100-v1-flavors\.md:4:1 error Absent `stabilized_at` .* lifecycle-required-date$/m);
    expect((await readdir(bundleFolder())).filter((name) => name !== 'current.json')).toHaveLength(2);
  });
});
