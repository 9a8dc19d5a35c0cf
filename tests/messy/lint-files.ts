// Lints a corpus given as file name -> text with the default configuration,
// in a temporary folder, and returns the lines `file:line:column severity
// message rule-id` that `npm run lint:standards` prints for it.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ALL_RULES } from '../../plugins/standards/lint/all-rules.js';
import { defaultLintConfig } from '../../plugins/standards/lint/config.js';
import { lintCorpus } from '../../plugins/standards/lint/run.js';

export async function lintFiles(files: Record<string, string>, date = '2025-06-01'): Promise<string[]> {
  const root = await mkdtemp(path.join(tmpdir(), 'scs-messy-'));
  try {
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(root, name), text);
    return await lintFolder(root, date);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

export async function lintFolder(root: string, date = '2025-06-01', label = (relative: string) => relative): Promise<string[]> {
  const result = await lintCorpus({ root, config: defaultLintConfig(ALL_RULES), date, cacheFile: null, parallel: 'off', fileLabel: label });
  return result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message} ${d.ruleId}`);
}
