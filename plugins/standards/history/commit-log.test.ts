import { mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildFileCommits, loadCorpusHistory, splitGitLog, type CorpusHistory } from './commit-log.js';
import { gitOnDay } from './testing.js';

function git(cwd: string, args: string[], day = '2025-01-01'): string {
  return gitOnDay(cwd, args, day);
}

/** `day subject` per commit of a file, newest first. */
const listing = (history: CorpusHistory, file: string) => history.files.get(file)?.commits.map((commit) => `${commit.date} ${commit.subject}`);

// A corpus in a folder of its own repository (not this one), with a history that has every case the reader handles.
describe('loadCorpusHistory on a real repository', () => {
  let dir: string;
  let repo: string;
  let corpus: string;
  const write = (file: string, text: string) => writeFile(path.join(corpus, file), text);
  const commit = (subject: string, day: string) => {
    git(repo, ['add', '-A'], day);
    git(repo, ['commit', '-q', '-m', subject], day);
  };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'scs-commit-log-'));
    repo = path.join(dir, 'full');
    corpus = path.join(repo, 'Standards');
    git(dir, ['init', '-q', '-b', 'main', repo]);
    await mkdir(corpus);
    await writeFile(path.join(repo, 'README.md'), 'outside the corpus');
    await write('scs-xxxx-v1-volume-names.md', 'Volume names.\n'.repeat(20));
    await write('scs-0102-v1-images.md', 'Images.\n'.repeat(20));
    commit('Propose volume names; add images', '2024-01-10');
    await write('scs-xxxx-v1-volume-names.md', 'Volume names.\n'.repeat(20) + 'More.\n');
    await writeFile(path.join(repo, 'README.md'), 'changed, outside the corpus');
    commit('Volume names: one more rule', '2024-02-20');
    // Assign a number: a rename git detects (same content).
    git(repo, ['mv', 'Standards/scs-xxxx-v1-volume-names.md', 'Standards/scs-0111-v1-volume-names.md']);
    commit('Assign scs-0111 to volume names', '2024-03-05');
    await write('scs-0111-v1-volume-names.md', 'Volume names.\n'.repeat(20) + 'More.\nEven more.\n');
    commit('Subject with <b>tags</b> & "quotes"\u0007 and a bell', '2024-04-01');
    // A file deleted, and later a new file under the same name: the old commits are not the new file's.
    await unlink(path.join(corpus, 'scs-0102-v1-images.md'));
    commit('Remove images', '2024-05-01');
    await write('scs-0102-v1-images.md', 'A different text about images entirely, nothing alike.\n');
    commit('Images again, written anew', '2024-06-01');
    await write('scs-0103-v1-flavors.md', 'Flavors.\n');
    commit('Add flavors', '2024-07-01');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('lists each file’s commits newest first, following the rename and not crossing the deletion', async () => {
    const history = await loadCorpusHistory(corpus);
    expect(history.shallow).toBe(false);
    expect([...history.files.keys()].sort()).toEqual(['scs-0102-v1-images.md', 'scs-0103-v1-flavors.md', 'scs-0111-v1-volume-names.md']);
    expect(listing(history, 'scs-0111-v1-volume-names.md')).toEqual([
      '2024-04-01 Subject with <b>tags</b> & "quotes"\u0007 and a bell',
      '2024-03-05 Assign scs-0111 to volume names',
      '2024-02-20 Volume names: one more rule',
      '2024-01-10 Propose volume names; add images',
    ]);
    expect(listing(history, 'scs-0102-v1-images.md')).toEqual(['2024-06-01 Images again, written anew']);
    expect([...history.files.values()].every((file) => file.complete)).toBe(true);
    // Full hashes, the ones git itself names.
    expect(history.files.get('scs-0103-v1-flavors.md')!.commits[0]!.hash).toBe(git(repo, ['rev-parse', 'HEAD']).trim());
  });

  it('reads the same whatever the repository’s settings say about colour, signatures and quoting', async () => {
    const before = await loadCorpusHistory(corpus);
    for (const [key, value] of [['color.ui', 'always'], ['log.showSignature', 'true'], ['core.quotePath', 'true'], ['diff.renames', 'false']]) git(repo, ['config', key!, value!]);
    try {
      expect((await loadCorpusHistory(corpus)).files).toEqual(before.files);
    } finally {
      for (const key of ['color.ui', 'log.showSignature', 'core.quotePath', 'diff.renames']) git(repo, ['config', '--unset', key]);
    }
  });

  it('reads the remotes, for commit links', async () => {
    git(repo, ['remote', 'add', 'origin', 'https://someone:secret@github.com/example/standards.git']);
    try {
      expect(Object.fromEntries((await loadCorpusHistory(corpus)).remotes)).toEqual({ origin: 'https://someone:secret@github.com/example/standards.git' });
    } finally {
      git(repo, ['remote', 'remove', 'origin']);
    }
  });

  it('in a shallow clone, keeps the commits it really has and says where lists may be cut short', async () => {
    const shallow = path.join(dir, 'shallow');
    git(dir, ['clone', '-q', '--depth', '3', `file://${repo}`, shallow]);
    expect(git(shallow, ['rev-parse', '--is-shallow-repository']).trim()).toBe('true');
    const history = await loadCorpusHistory(path.join(shallow, 'Standards'));
    expect(history.shallow).toBe(true);
    // The clone holds the 05-01, 06-01 and 07-01 commits; 05-01 is its edge, which shows every file as added: skipped.
    expect(Object.fromEntries([...history.files].map(([file, { commits, complete }]) => [file, { days: commits.map((c) => c.date), complete }]))).toEqual({
      'scs-0102-v1-images.md': { days: ['2024-06-01'], complete: true },
      'scs-0103-v1-flavors.md': { days: ['2024-07-01'], complete: true },
    });
  });

  it('knows nothing in a clone of one commit', async () => {
    const single = path.join(dir, 'single');
    git(dir, ['clone', '-q', '--depth', '1', `file://${repo}`, single]);
    const history = await loadCorpusHistory(path.join(single, 'Standards'));
    expect(history.shallow).toBe(true);
    expect(history.files.size).toBe(0);
  });

  describe('without git', () => {
    const original = process.env.PATH;
    afterEach(() => {
      process.env.PATH = original;
    });

    it('is empty when git cannot be run', async () => {
      process.env.PATH = path.join(dir, 'no-such-bin');
      expect((await loadCorpusHistory(corpus)).files.size).toBe(0);
    });

    it('is empty outside a git checkout', async () => {
      const plain = await mkdtemp(path.join(os.tmpdir(), 'scs-no-git-'));
      try {
        await writeFile(path.join(plain, 'scs-0101-v1-a.md'), 'one');
        const history = await loadCorpusHistory(plain);
        expect(history.files.size).toBe(0);
        expect(history.remotes.size).toBe(0);
      } finally {
        await rm(plain, { recursive: true, force: true });
      }
    });
  });
});

describe('splitGitLog and buildFileCommits', () => {
  const A = 'a'.repeat(40);
  const B = 'b'.repeat(40);
  const C = 'c'.repeat(40);
  const record = (hash: string, time: number, date: string, subject: string, ...changes: string[]) => [hash, String(time), date, subject].join('\0') + '\0' + (changes.length ? '\n' + changes.join('\0') + '\0' : '');

  it('reads subjects that look like hashes, statuses or separators as subjects', () => {
    const output = record(C, 300, '2024-03-01', B, 'M', 'x.md') + record(B, 200, '2024-02-01', 'M', 'R087', 'old name.md', 'x.md') + record(A, 100, '2024-01-01', 'line\nbreak', 'A', 'old name.md');
    const commits = splitGitLog(output);
    expect(commits.map((commit) => [commit.subject, commit.changes])).toEqual([
      [B, [{ status: 'M', paths: ['x.md'] }]],
      ['M', [{ status: 'R', paths: ['old name.md', 'x.md'] }]],
      ['line\nbreak', [{ status: 'A', paths: ['old name.md'] }]],
    ]);
    const file = buildFileCommits(commits).get('x.md')!;
    expect(file.commits.map((commit) => commit.hash)).toEqual([C, B, A]);
    expect(file.complete).toBe(true);
  });

  it('keeps commits without files (merges) out of every list', () => {
    const output = record(C, 300, '2024-03-01', 'Merge branch x') + record(B, 200, '2024-02-01', 'edit', 'M', 'x.md');
    expect(buildFileCommits(splitGitLog(output)).get('x.md')!.commits.map((commit) => commit.subject)).toEqual(['edit']);
  });

  it('marks a list whose beginning is beyond the history as incomplete', () => {
    const output = record(B, 200, '2024-02-01', 'edit', 'M', 'x.md') + record(A, 100, '2024-01-01', 'edge', 'A', 'x.md');
    const file = buildFileCommits(splitGitLog(output), new Set([A])).get('x.md')!;
    expect(file).toMatchObject({ complete: false, commits: [{ subject: 'edit' }] });
  });

  it('orders by time, newest first, when topological order shows one branch before another', () => {
    // --topo-order keeps a branch together: B (on one branch) comes before C (on another, merged later), both before their parent A.
    const output = record(B, 200, '2024-02-01', 'older branch', 'M', 'x.md') + record(C, 300, '2024-03-01', 'newer branch', 'M', 'x.md') + record(A, 100, '2024-01-01', 'add', 'A', 'x.md');
    expect(buildFileCommits(splitGitLog(output)).get('x.md')!.commits.map((commit) => commit.subject)).toEqual(['newer branch', 'older branch', 'add']);
  });
});
