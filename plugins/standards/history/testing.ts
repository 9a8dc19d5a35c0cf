// Test support for history: real git with a fixed author and day, and the
// history rules, which lint `now` (written to a temporary folder) against `base`
// (given as data, as git would hand it over), with only the rules under test
// enabled; one line per diagnostic.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lintCorpus } from '../lint/run.js';
import { configFor } from '../lint/testing.js';
import { buildBaseSnapshot } from './snapshot.js';

export async function lintAgainstBase(
  base: Record<string, string>,
  now: Record<string, string>,
  options: { rules: readonly string[]; date?: string; only?: string[] },
): Promise<string[]> {
  const root = await mkdtemp(path.join(tmpdir(), 'scs-history-'));
  try {
    for (const [name, content] of Object.entries(now)) await writeFile(path.join(root, name), content);
    const result = await lintCorpus({
      root,
      config: configFor({ rules: options.rules }),
      date: options.date ?? '2025-06-01',
      cacheFile: null,
      parallel: 'off',
      base: buildBaseSnapshot('main', Object.entries(base).map(([file, text]) => ({ path: file, text }))),
      ...(options.only ? { only: options.only } : {}),
    });
    return result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message}`);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** Runs git in `cwd` as a fixed author on `day` (noon UTC), so commit dates in tests are exact; returns what git printed. */
export function gitOnDay(cwd: string, args: string[], day: string): string {
  const when = `${day}T12:00:00Z`;
  return execFileSync('git', args, {
    cwd,
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org', GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when },
    stdio: ['ignore', 'pipe', 'pipe'],
  }).toString();
}
