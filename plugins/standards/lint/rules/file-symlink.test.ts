import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configFor, documentText, standardFields } from '../testing.js';
import { lintCorpus } from '../run.js';

// Symbolic links cannot be committed portably, so each test builds its folder.
let base: string;
let root: string;
beforeEach(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'scs-symlink-'));
  root = path.join(base, 'Standards');
  await writeFile(path.join(base, 'outside.md'), documentText(standardFields()));
  await import('node:fs/promises').then(({ mkdir }) => mkdir(root));
  await writeFile(path.join(root, 'scs-0100-v1-a.md'), documentText(standardFields()));
});
afterEach(() => rm(base, { recursive: true, force: true }));

const lint = async () =>
  (await lintCorpus({ root, config: configFor({ rules: ['file-symlink'] }), date: '2025-01-01', cacheFile: null, parallel: 'off' })).diagnostics.map(
    (d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message}`,
  );

describe('file-symlink', () => {
  it('accepts a link to a file inside the folder', async () => {
    await symlink('scs-0100-v1-a.md', path.join(root, 'scs-0100-v2-a.md'));
    expect(await lint()).toEqual([]);
  });

  it('reports a link to a file outside the folder', async () => {
    await symlink('../outside.md', path.join(root, 'scs-0100-v2-a.md'));
    expect(await lint()).toEqual([
      'scs-0100-v2-a.md:1:1 error Unexpected symbolic link to a file outside the standards folder, expected a regular file inside it',
    ]);
  });

  it('reports a broken link', async () => {
    await symlink('missing.md', path.join(root, 'scs-0100-v2-a.md'));
    expect(await lint()).toEqual(['scs-0100-v2-a.md:1:1 error Unexpected broken symbolic link, expected a regular file']);
  });
});
