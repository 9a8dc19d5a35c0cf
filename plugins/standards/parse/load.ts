// The only code that reads the corpus from disk: lists candidate files and
// reads each one within limits. Everything it finds wrong becomes a finding.
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { RuleFinding } from '../report/diagnostic.js';
import { decodeDocumentBytes } from './decode.js';
import { isStandardsFileName } from './file-name.js';

export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

export interface SourceFile {
  /** Path relative to the corpus root, forward slashes. */
  path: string;
  text: string | null;
  findings: RuleFinding[];
}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'build', '.docusaurus']);

/** Every `scs-*.md` below `root`, relative and sorted; symlinks are listed so they can be reported. */
export async function listStandardsFiles(root: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(relative: string): Promise<void> {
    const entries = await readdir(path.join(root, relative), { withFileTypes: true });
    for (const entry of entries) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) await walk(child);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && isStandardsFileName(entry.name)) {
        found.push(child);
      }
    }
  }
  await walk('');
  return found.sort();
}

/** Reads one file below `root`; never throws for a problem with the file itself. */
export async function loadSourceFile(root: string, relativePath: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<SourceFile> {
  const absolute = path.join(root, relativePath);
  const fail = (ruleId: string, message: string): SourceFile => ({
    path: relativePath,
    text: null,
    findings: [{ ruleId, message, span: { start: { line: 1, column: 1 } } }],
  });
  try {
    const link = await lstat(absolute);
    if (link.isSymbolicLink()) {
      const [target, realRoot] = await Promise.all([realpath(absolute).catch(() => null), realpath(root)]);
      if (target === null) return fail('file-symlink', 'Unexpected broken symbolic link, expected a regular file');
      if (target !== realRoot && !target.startsWith(realRoot + path.sep)) {
        return fail('file-symlink', 'Unexpected symbolic link to a file outside the standards folder, expected a regular file inside it');
      }
    }
    const info = await stat(absolute);
    if (!info.isFile()) return fail('file-encoding', 'Unexpected special file, expected a regular Markdown file');
    if (info.size > maxBytes) {
      return fail('file-size', `Unexpected file of ${formatBytes(info.size)}, expected at most ${formatBytes(maxBytes)}; the file was not parsed`);
    }
    const decoded = decodeDocumentBytes(await readFile(absolute));
    return { path: relativePath, text: decoded.text, findings: decoded.findings };
  } catch (error) {
    return fail('file-encoding', `Unreadable file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
