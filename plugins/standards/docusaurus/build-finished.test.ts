import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_FINISHED_ENV, judgeBuildExit, markBuildFinished } from './build-finished.js';

describe('judgeBuildExit', () => {
  it('a finished build with exit code 0 is a success, without a message', () => {
    expect(judgeBuildExit({ status: 0, signal: null, finished: true })).toEqual({ code: 0 });
  });

  it('exit code 0 without the finished file is a failure that says the site is partial', () => {
    const verdict = judgeBuildExit({ status: 0, signal: null, finished: false });
    expect(verdict.code).toBe(1);
    expect(verdict.message).toContain('did not finish');
    expect(verdict.message).toContain('partial');
    expect(verdict.message).toContain('SIGTERM');
  });

  it('keeps a failing exit code and names it', () => {
    expect(judgeBuildExit({ status: 3, signal: null, finished: false })).toEqual({ code: 3, message: '[scs-build] docusaurus build exited with 3; no search index was made.' });
  });

  it('a build killed by a signal it did not catch fails with the signal named', () => {
    expect(judgeBuildExit({ status: null, signal: 'SIGKILL', finished: false })).toEqual({
      code: 1,
      message: '[scs-build] docusaurus build was stopped by SIGKILL; no search index was made.',
    });
  });
});

describe('markBuildFinished', () => {
  it('writes the file the environment names', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'scs-finished-'));
    try {
      const file = path.join(dir, 'finished');
      await markBuildFinished({ [BUILD_FINISHED_ENV]: file });
      expect(await readFile(file, 'utf8')).toMatch(/^\d{4}-\d\d-\d\dT.*Z\n$/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('writes nothing when no file is named (a build started without scripts/build.ts)', async () => {
    await expect(markBuildFinished({})).resolves.toBeUndefined();
  });
});
