// The baseline on disk: where it is, reading and writing it, and reading the
// linted files again to fingerprint what was found in them (the linter keeps
// no file text past the per-file pass, and most runs have few findings).
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../report/diagnostic.js';
import { fingerprint, formatBaseline, offendingText, parseBaseline, type Baseline, type KeyedDiagnostic } from './baseline.js';

export type BaselineLoad = { ok: true; baseline: Baseline | null } | { ok: false; message: string };

/** Reads a baseline; a missing file is no baseline unless it was asked for by name. */
export async function loadBaseline(file: string, { required }: { required: boolean }): Promise<BaselineLoad> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !required) return { ok: true, baseline: null };
    return { ok: false, message: `${file}: Unreadable baseline file (${code ?? (error as Error).message})` };
  }
  const parsed = parseBaseline(text);
  return parsed.ok ? parsed : { ok: false, message: `${file}: ${parsed.message}` };
}

/** Writes a baseline; returns what went wrong in words, or null. */
export async function saveBaseline(file: string, baseline: Baseline): Promise<string | null> {
  try {
    await writeFile(file, formatBaseline(baseline));
    return null;
  } catch (error) {
    return `${file}: Unwritable baseline file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
}

/** The path a document has in the baseline: relative to the baseline's folder, with `/`. */
export function baselinePath(baselineDir: string, absolute: string): string {
  return path.relative(baselineDir, absolute).split(path.sep).join('/');
}

/**
 * Each diagnostic with its baseline key. `file` of a diagnostic is relative to
 * the working directory. Files are read again, once each; one that cannot be
 * read (or is over `maxBytes`) has no text, and its findings are keyed by rule and message.
 */
export async function keyDiagnostics(diagnostics: readonly Diagnostic[], baselineDir: string, maxBytes: number): Promise<KeyedDiagnostic[]> {
  const lines = new Map<string, string[]>();
  for (const file of new Set(diagnostics.map((diagnostic) => diagnostic.file))) lines.set(file, await readLines(path.resolve(file), maxBytes));
  return diagnostics.map((diagnostic) => ({
    diagnostic,
    file: baselinePath(baselineDir, path.resolve(diagnostic.file)),
    fingerprint: fingerprint(diagnostic.ruleId, diagnostic.message, offendingText(diagnostic, lines.get(diagnostic.file) ?? [])),
  }));
}

async function readLines(file: string, maxBytes: number): Promise<string[]> {
  try {
    const info = await stat(file);
    if (!info.isFile() || info.size > maxBytes) return [];
    return (await readFile(file, 'utf8')).replace(/^\uFEFF/, '').split(/\r?\n/);
  } catch {
    return [];
  }
}

/** What one run looked at: whole folders, and single files within a folder. */
export interface LintScope {
  root: string;
  only: ReadonlySet<string> | null;
}

/** Whether a baseline entry's file was looked at by this run (only then can it be stale, or be rewritten). */
export function inScope(scopes: readonly LintScope[], baselineDir: string): (file: string) => boolean {
  return (file) => {
    const absolute = path.resolve(baselineDir, file);
    return scopes.some(({ root, only }) => {
      const relative = path.relative(root, absolute);
      if (relative.startsWith('..') || path.isAbsolute(relative)) return false;
      return only === null || only.has(relative);
    });
  };
}
