// The effects of the editing commands: read the folder, write a plan, lint the
// result, print what changed. Every plan is applied to a copy of the folder
// first, so the linter sees exactly what would be written: a result with new
// lint errors is refused. `--dry-run` stops there and prints diffs.
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

/**
 * Applies (or previews) a plan, lints the changed documents and prints both.
 * The plan is always applied to a copy of the folder first: when the result
 * has lint errors that the files do not have now, nothing is written, the new
 * errors are printed and the exit code is 1. Otherwise the exit code is 1 only
 * when errors the files already had remain.
 */
export async function applyAndLint(options: ApplyOptions): Promise<number> {
  const { root, changes, dryRun, write } = options;
  const shown = (relative: string) => path.relative(process.cwd(), path.join(root, relative)) || relative;
  const copy = await mkdtemp(path.join(tmpdir(), 'scs-edit-'));
  try {
    await cp(root, copy, { recursive: true });
    await createChanges(copy, changes);
    const isDocument = (relative: string) => isStandardsFileName(relative.split('/').pop()!);
    const changed = changes.filter((change) => isDocument(change.newPath ?? change.path));
    const documents = changed.map((change) => change.newPath ?? change.path);
    const after = documents.length === 0 ? [] : await lintDocuments(copy, documents, options.date, shown);
    // The same files as they are now, reported under their new names so the findings compare.
    const existing = changed.filter((change) => change.before !== null && isDocument(change.path));
    const newName = new Map(existing.map((change) => [change.path, change.newPath ?? change.path]));
    const before = existing.length === 0 ? [] : await lintDocuments(root, [...newName.keys()], options.date, (relative) => shown(newName.get(relative) ?? relative));
    const added = newErrors(before, after);
    if (added.length > 0) {
      write(
        `Not ${dryRun ? 'possible' : 'written'}: the change would give ${added.length === 1 ? 'an error' : `${added.length} errors`} that the files do not have now:\n` +
          formatStylish(added, documents.length),
      );
      return 1;
    }
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
    if (!dryRun) await createChanges(root, changes);
    if (documents.length === 0) return 0;
    write(`\nLint of the ${dryRun ? 'result' : 'changed files'}:\n${formatStylish(after, documents.length)}`);
    return after.some((diagnostic) => diagnostic.severity === 'error') ? 1 : 0;
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

/** Errors of `after` that `before` does not have (same file, rule and message; lines may move), each as often as it is new. */
export function newErrors(before: readonly Diagnostic[], after: readonly Diagnostic[]): Diagnostic[] {
  const key = (diagnostic: Diagnostic) => `${diagnostic.file}\u0000${diagnostic.ruleId}\u0000${diagnostic.message}`;
  const counts = new Map<string, number>();
  for (const diagnostic of before) if (diagnostic.severity === 'error') counts.set(key(diagnostic), (counts.get(key(diagnostic)) ?? 0) + 1);
  return after.filter((diagnostic) => {
    if (diagnostic.severity !== 'error') return false;
    const left = counts.get(key(diagnostic)) ?? 0;
    if (left > 0) {
      counts.set(key(diagnostic), left - 1);
      return false;
    }
    return true;
  });
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
