// Reads the standards folder's redirects.json (see redirects-file.ts). A
// missing file means no renames; a broken one is named on stderr and ignored,
// so a build still succeeds and only the old addresses are lost.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseRedirects, REDIRECTS_FILE } from './redirects-file.js';

export async function loadRedirectsFile(standardsDir: string): Promise<Record<string, string>> {
  const file = path.join(standardsDir, REDIRECTS_FILE);
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null) return {};
  const parsed = parseRedirects(text);
  if (parsed.ok) return parsed.redirects;
  console.warn(`${file}: ${parsed.message}; no redirects for renamed documents were written`);
  return {};
}
