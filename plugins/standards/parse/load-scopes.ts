// Reads the scope files of a folder (not its subfolders). In the registry's
// own scopes folder every YAML file is meant to be a scope, so each one is
// parsed and reported; another folder, such as the `Tests/` folder of a
// checkout, also holds other YAML files, and only those with a scope's
// top-level keys are read (`mixed`).
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ParsedScopeFile } from '../model/scope.js';
import { loadSourceFile } from './load.js';
import { classifyScopeText, parseScopeFile } from './scope.js';

export interface LoadScopesOptions {
  /** Paths in the result are relative to this folder (the corpus root), with forward slashes. */
  relativeTo: string;
  /** Skip YAML files that are not scopes instead of reporting them. */
  mixed?: boolean;
  maxFileBytes?: number;
}

const YAML_FILE = /\.ya?ml$/i;

/** The scopes of `folder`, in file-name order; an absent folder has none. */
export async function loadScopes(folder: string, options: LoadScopesOptions): Promise<ParsedScopeFile[]> {
  let names: string[];
  try {
    names = (await readdir(folder, { withFileTypes: true })).filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && YAML_FILE.test(entry.name)).map((entry) => entry.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const relativeFolder = path.relative(options.relativeTo, folder).split(path.sep).join('/');
  const files: ParsedScopeFile[] = [];
  for (const name of names.sort()) {
    // Read with the same limits and checks as a document (size, encoding, symbolic links).
    const source = await loadSourceFile(folder, name, options.maxFileBytes);
    const relative = relativeFolder ? `${relativeFolder}/${name}` : name;
    // Reading problems are reported under the scope rules: the file rules look at documents only.
    const readFindings = source.findings.map((finding) => ({ ...finding, ruleId: 'scope-syntax', message: finding.message.replace('Markdown text file', 'YAML text file').replace('regular Markdown file', 'regular YAML file') }));
    if (source.text === null) {
      files.push({ path: relative, scope: null, findings: readFindings });
      continue;
    }
    if (options.mixed && classifyScopeText(source.text) === 'other') continue;
    const parsed = parseScopeFile(relative, source.text);
    files.push({ ...parsed, findings: [...readFindings, ...parsed.findings] });
  }
  return files;
}

/** The scopes folder when none is given: `scopes/` inside the standards folder. */
export function defaultScopesDir(standardsDir: string): string {
  return path.join(standardsDir, 'scopes');
}
