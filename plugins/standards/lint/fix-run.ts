// `lint:standards --fix` over one corpus folder: lint, apply every declared
// fix (lint/fix.ts), lint the changed files again and repeat until nothing is
// left to fix. Fixes that overlap are applied one per pass; a file whose fixes
// keep producing new ones stops after MAX_PASSES and says so. The folder is
// edited in place; `--dry-run` passes a copy (see scripts/lint-standards.ts).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic, Fix } from '../report/diagnostic.js';
import { applyFixes, OVERLAPS } from './fix.js';
import { lintCorpus, type LintRequest } from './run.js';

/** Enough for fixes that overlap or make room for one another; a loop longer than this does not converge. */
export const MAX_PASSES = 10;

export type FixedDiagnostic = Diagnostic & { fix: Fix };

export interface FileFixes {
  /** Relative to the corpus root. */
  path: string;
  before: string;
  after: string;
  /** What was fixed, as each finding was reported in the pass that fixed it. */
  fixed: FixedDiagnostic[];
}

export interface FixReport {
  files: FileFixes[];
  /** Fixable findings left as they were, and why. */
  notFixed: Array<{ path: string; diagnostic: Diagnostic; reason: string }>;
  passes: number;
}

export async function fixCorpus(request: Omit<LintRequest, 'fileLabel'>): Promise<FixReport> {
  const files = new Map<string, FileFixes>();
  const parse = await import('../markdown/markdown-parse.js');
  let only = request.only;
  /** Per file, the fixes left in the last pass that linted it. */
  const left = new Map<string, FixReport['notFixed']>();
  let passes = 0;
  for (;;) {
    passes++;
    const result = await lintCorpus({ ...request, ...(only ? { only } : {}), base: null, fileLabel: (relative) => relative });
    const byFile = new Map<string, FixedDiagnostic[]>();
    for (const diagnostic of result.diagnostics) {
      if (!diagnostic.fix) continue;
      const list = byFile.get(diagnostic.file) ?? [];
      list.push(diagnostic as FixedDiagnostic);
      byFile.set(diagnostic.file, list);
    }
    for (const file of only ?? [...left.keys()]) if (!byFile.has(file)) left.delete(file);
    if (byFile.size === 0) break;
    if (passes > MAX_PASSES) {
      for (const [file, list] of byFile) {
        const reason = `the fixes of this file did not settle after ${MAX_PASSES} passes (each pass made new ones)`;
        left.set(file, list.map((diagnostic) => ({ path: file, diagnostic, reason })));
      }
      break;
    }
    const changed: string[] = [];
    for (const [file, list] of byFile) {
      const absolute = path.join(request.root, file);
      const text = await readFile(absolute, 'utf8');
      const outcome = applyFixes(file, text, list, parse.parseMarkdownBody);
      left.set(file, outcome.skipped.map(({ item, reason }) => ({ path: file, diagnostic: item, reason })));
      if (outcome.text === text) continue;
      await writeFile(absolute, outcome.text);
      changed.push(file);
      const entry = files.get(file) ?? { path: file, before: text, after: text, fixed: [] };
      entry.after = outcome.text;
      entry.fixed.push(...outcome.applied);
      files.set(file, entry);
    }
    // Nothing changed: what is left cannot be fixed by another pass either.
    if (changed.length === 0) break;
    only = changed;
  }
  const notFixed = [...left.values()].flat().map((entry) => (entry.reason === OVERLAPS ? { ...entry, reason: `${OVERLAPS} and did not settle` } : entry));
  return {
    files: [...files.values()]
      .filter((entry) => entry.before !== entry.after)
      .map((entry) => ({ ...entry, fixed: entry.fixed.sort((a, b) => a.line - b.line || a.column - b.column) }))
      .sort((a, b) => a.path.localeCompare(b.path)),
    notFixed: notFixed.sort((a, b) => a.path.localeCompare(b.path) || a.diagnostic.line - b.diagnostic.line || a.diagnostic.column - b.diagnostic.column),
    passes,
  };
}
