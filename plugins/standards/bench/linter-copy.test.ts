import { lstat, mkdtemp, realpath, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLinterCopy } from './linter-copy.js';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');

describe('createLinterCopy', () => {
  let dir = '';
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("gives the copied linter a cache file of its own, outside the project's node_modules", async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'scs-linter-copy-test-'));
    const root = await createLinterCopy(repoRoot, dir);
    const { DEFAULT_CACHE_DIR } = (await import(path.join(root, 'plugins/standards/lint/cache.ts'))) as { DEFAULT_CACHE_DIR: string };
    expect(DEFAULT_CACHE_DIR).toBe(path.join(root, 'node_modules/.cache/scs-standards-lint/'));
    expect((await lstat(path.join(root, 'node_modules'))).isSymbolicLink()).toBe(false);
    expect(await realpath(path.join(root, 'node_modules/yaml'))).toBe(await realpath(path.join(repoRoot, 'node_modules/yaml')));
    expect(await lstat(path.join(root, 'scripts/lint-standards.ts')).then((info) => info.isFile())).toBe(true);
  });
});
