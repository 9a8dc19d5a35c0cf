// Test support for the history rules: lints `now` (written to a temporary
// folder) against `base` (given as data, as git would hand it over), with only
// the rules under test enabled; one line per diagnostic.
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
