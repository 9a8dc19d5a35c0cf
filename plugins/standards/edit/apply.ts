// The effects of the editing commands: read the folder, write a plan, lint the
// result, print what changed. `--dry-run` applies the plan to a copy of the
// folder, so the linter sees exactly what would be written, and prints diffs.
import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ALL_RULES } from '../lint/all-rules.js';
import { CONFIG_FILE_NAME, loadLintConfig } from '../lint/config.js';
import { lintCorpus } from '../lint/run.js';
import type { CalendarDate } from '../model/front-matter-schema.js';
import { isStandardsFileName } from '../parse/file-name.js';
import { REDIRECTS_FILE } from '../parse/redirects-file.js';
import type { Diagnostic } from '../report/diagnostic.js';
import { formatStylish } from '../report/format-stylish.js';
import type { CorpusFile, FileChange, Plan } from './corpus-edit.js';
import { formatUnifiedDiff } from './unified-diff.js';

const SKIPPED = new Set(['node_modules', '.git', 'build', '.docusaurus']);

/** Every Markdown file below `root` (documents and others such as README.md, whose links follow renames) and the redirects file. */
export async function loadCorpusFiles(root: string): Promise<CorpusFile[]> {
  const files: CorpusFile[] = [];
  async function walk(relative: string): Promise<void> {
    for (const entry of await readdir(path.join(root, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory() && !SKIPPED.has(entry.name) && !entry.name.startsWith('.')) await walk(child);
      else if (entry.isFile() && (entry.name.endsWith('.md') || child === REDIRECTS_FILE)) {
        files.push({ path: child, text: await readFile(path.join(root, child), 'utf8') });
      }
    }
  }
  await walk('');
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/** The YAML files of `<root>/scopes/`, if that folder exists. */
export async function loadScopeFiles(root: string): Promise<CorpusFile[]> {
  const folder = path.join(root, 'scopes');
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const files: CorpusFile[] = [];
  for (const entry of entries) {
    if (entry.isFile() && /\.ya?ml$/.test(entry.name)) files.push({ path: `scopes/${entry.name}`, text: await readFile(path.join(folder, entry.name), 'utf8') });
  }
  return files;
}

/** Writes a plan below `root`: renames first, then contents. */
export async function createChanges(root: string, changes: readonly FileChange[]): Promise<void> {
  for (const change of changes) {
    if (change.newPath !== undefined && change.before !== null) await rename(path.join(root, change.path), path.join(root, change.newPath));
  }
  for (const change of changes) await writeFile(path.join(root, change.newPath ?? change.path), change.after);
}

export interface ApplyOptions {
  root: string;
  changes: readonly FileChange[];
  notes: readonly string[];
  dryRun: boolean;
  date: CalendarDate;
  write: (text: string) => void;
}

/** Applies (or previews) a plan, lints the changed documents and prints both; the exit code is 1 when the result has lint errors. */
export async function applyAndLint(options: ApplyOptions): Promise<number> {
  const { root, changes, dryRun, write } = options;
  const shown = (relative: string) => path.relative(process.cwd(), path.join(root, relative)) || relative;
  if (changes.length === 0) write('Nothing to change.\n');
  for (const change of changes) {
    if (dryRun) {
      write(formatUnifiedDiff(change.before ?? '', change.after, change.before === null ? '/dev/null' : shown(change.path), shown(change.newPath ?? change.path)).replace(/^--- a\/\/dev\/null/, '--- /dev/null'));
    } else {
      const verb = change.before === null ? 'created' : 'changed';
      write(`${verb} ${shown(change.newPath ?? change.path)}${change.summary.length > 0 ? `: ${change.summary.join('; ')}` : ''}\n`);
    }
  }
  for (const note of options.notes) write(`note: ${note}\n`);

  let lintRoot = root;
  let copy: string | null = null;
  if (dryRun) {
    copy = await mkdtemp(path.join(tmpdir(), 'scs-dry-run-'));
    await cp(root, copy, { recursive: true });
    lintRoot = copy;
  }
  try {
    if (!dryRun || copy !== null) await createChanges(lintRoot, changes);
    const documents = changes.map((change) => change.newPath ?? change.path).filter((relative) => isStandardsFileName(relative.split('/').pop()!));
    if (documents.length === 0) return 0;
    const diagnostics = await lintDocuments(lintRoot, documents, options.date, (relative) => shown(relative));
    write(`\nLint of the ${dryRun ? 'result' : 'changed files'}:\n${formatStylish(diagnostics, documents.length)}`);
    return diagnostics.some((diagnostic) => diagnostic.severity === 'error') ? 1 : 0;
  } finally {
    if (copy !== null) await rm(copy, { recursive: true, force: true });
  }
}

/**
 * What `npm run new` and `npm run lifecycle` do with a plan: say why it was
 * refused (exit 1), or apply it (or with --dry-run, print its diff) and lint
 * the result, printing on stdout.
 */
export async function runPlan(target: { root: string; dryRun: boolean }, plan: Plan, date: CalendarDate): Promise<number> {
  if (!plan.ok) {
    console.error(plan.message);
    return 1;
  }
  return applyAndLint({ root: target.root, changes: plan.changes, notes: plan.notes, dryRun: target.dryRun, date, write: (text) => process.stdout.write(text) });
}

/** Lints the whole folder (corpus rules see everything) and reports on `only`. */
export async function lintDocuments(root: string, only: readonly string[], date: CalendarDate, label: (relative: string) => string): Promise<Diagnostic[]> {
  const loaded = await loadLintConfig(CONFIG_FILE_NAME, ALL_RULES, { required: false });
  if (!loaded.ok) throw new Error(`${CONFIG_FILE_NAME}: ${loaded.message}`);
  const result = await lintCorpus({ root, config: loaded.config, date, only, cacheFile: null, parallel: 'off', fileLabel: label });
  return result.diagnostics;
}
