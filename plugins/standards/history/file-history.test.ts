import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFileHistory } from './file-history.js';
import { gitOnDay } from './testing.js';

function git(cwd: string, args: string[], day = '2025-01-01'): string {
  return gitOnDay(cwd, args, day);
}

async function commit(repo: string, file: string, text: string, day: string): Promise<void> {
  await writeFile(path.join(repo, file), text);
  git(repo, ['add', file], day);
  git(repo, ['commit', '-q', '-m', `${file} on ${day}`], day);
}

describe('loadFileHistory', () => {
  let dir: string;
  let repo: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'scs-history-'));
    repo = path.join(dir, 'full');
    git(dir, ['init', '-q', '-b', 'main', repo]);
    await commit(repo, 'scs-0101-v1-a.md', 'one', '2024-03-01');
    await commit(repo, 'scs-0102-v1-b.md', 'two', '2024-05-01');
    await commit(repo, 'scs-0101-v1-a.md', 'one, edited', '2024-06-01');
    await commit(repo, 'scs-0103-v1-c.md', 'three', '2024-07-01');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('dates each file by the commits that added it and last changed it', async () => {
    expect(Object.fromEntries(await loadFileHistory(repo))).toEqual({
      'scs-0101-v1-a.md': { added: '2024-03-01', changed: '2024-06-01' },
      'scs-0102-v1-b.md': { added: '2024-05-01', changed: '2024-05-01' },
      'scs-0103-v1-c.md': { added: '2024-07-01', changed: '2024-07-01' },
    });
  });

  it('in a shallow clone, trusts only the commits it has', async () => {
    const shallow = path.join(dir, 'shallow');
    git(dir, ['clone', '-q', '--depth', '2', `file://${repo}`, shallow]);
    // The clone stops at the 2024-06-01 commit, which seems to add every file; only the newest commit is real
    // history, and since its parent is in the clone, the addition of c it shows is real too.
    expect(Object.fromEntries(await loadFileHistory(shallow))).toEqual({
      'scs-0103-v1-c.md': { added: '2024-07-01', changed: '2024-07-01' },
    });
  });

  it('in a shallow clone, dates no addition it cannot see', async () => {
    const shallow = path.join(dir, 'shallow-3');
    git(dir, ['clone', '-q', '--depth', '3', `file://${repo}`, shallow]);
    // Edge: 2024-05-01. The edit of a on 2024-06-01 is real; a's addition lies beyond the clone.
    expect(Object.fromEntries(await loadFileHistory(shallow))).toEqual({
      'scs-0101-v1-a.md': { added: null, changed: '2024-06-01' },
      'scs-0103-v1-c.md': { added: '2024-07-01', changed: '2024-07-01' },
    });
  });

  it('follows a rename: the file keeps the day it was first added', async () => {
    const renamed = path.join(dir, 'renamed');
    git(dir, ['clone', '-q', `file://${repo}`, renamed]);
    git(renamed, ['mv', 'scs-0102-v1-b.md', 'scs-0102-v1-bee.md'], '2024-08-01');
    git(renamed, ['commit', '-q', '-m', 'rename b'], '2024-08-01');
    expect((await loadFileHistory(renamed)).get('scs-0102-v1-bee.md')).toEqual({ added: '2024-05-01', changed: '2024-08-01' });
  });

  it('is empty outside a git checkout', async () => {
    const plain = await mkdtemp(path.join(os.tmpdir(), 'scs-no-git-'));
    try {
      await writeFile(path.join(plain, 'scs-0101-v1-a.md'), 'one');
      expect((await loadFileHistory(plain)).size).toBe(0);
    } finally {
      await rm(plain, { recursive: true, force: true });
    }
  });
});
