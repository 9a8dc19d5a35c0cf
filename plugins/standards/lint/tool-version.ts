// The linter's version for the cache key: the package version plus a hash of
// its own source, so editing a rule invalidates cached results even when
// nobody bumps the version number.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from './cache.js';

const PLUGIN_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HASHED_FOLDERS = ['model', 'parse', 'markdown', 'lint', 'report'];

let memo: Promise<string> | undefined;

export function toolVersion(): Promise<string> {
  memo ??= computeToolVersion();
  return memo;
}

async function computeToolVersion(): Promise<string> {
  const packageJson = JSON.parse(await readFile(path.join(PLUGIN_ROOT, '..', '..', 'package.json'), 'utf8').catch(() => '{}')) as {
    version?: string;
  };
  const sources: string[] = [];
  for (const folder of HASHED_FOLDERS) {
    const entries = await readdir(path.join(PLUGIN_ROOT, folder), { recursive: true, withFileTypes: true }).catch(() => []);
    const files = entries
      .filter((entry) => entry.isFile() && /\.[cm]?[jt]s$/.test(entry.name) && !/\.test\.[jt]s$/.test(entry.name))
      .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
      .sort();
    for (const file of files) sources.push(path.relative(PLUGIN_ROOT, file), await readFile(file, 'utf8'));
  }
  return `${packageJson.version ?? '0.0.0'}+${sha256(...sources).slice(0, 16)}`;
}
