// The only code that reads the corpus from disk: sorts its files (see
// file-set.ts) and reads each document within limits. Everything it finds wrong becomes a finding.
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { RuleFinding } from '../report/diagnostic.js';
import { decodeDocumentBytes } from './decode.js';
import { classifyEntry, type EntryType, type FileSet } from './file-set.js';
import { DEFAULT_MAX_FILE_BYTES, fileSizeHit } from './input-limits.js';

export { DEFAULT_MAX_FILE_BYTES } from './input-limits.js';

export interface SourceFile {
  /** Path relative to the corpus root, forward slashes. */
  path: string;
  text: string | null;
  findings: RuleFinding[];
}

/**
 * Walks `root` and sorts every entry into documents, assets and ignored (see
 * file-set.ts). Symbolic links are resolved but never followed into folders,
 * so a link loop or a link to elsewhere cannot pull files in. Throws only when
 * `root` itself cannot be read.
 */
export async function loadFileSet(root: string): Promise<FileSet> {
  const realRoot = await realpath(root);
  const set: FileSet = { documents: [], assets: [], ignored: [] };
  async function walk(relative: string): Promise<void> {
    const entries = await readdir(path.join(root, relative), { withFileTypes: true });
    for (const entry of entries) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      const type = entry.isSymbolicLink() ? await linkType(path.join(root, child), realRoot) : entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'special';
      const decision = classifyEntry(child, type);
      if (decision.kind === 'walk') await walk(child);
      else if (decision.kind === 'document') set.documents.push(child);
      else if (decision.kind === 'asset') set.assets.push(child);
      else set.ignored.push(decision.entry);
    }
  }
  await walk('');
  const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  set.documents.sort(byPath);
  set.assets.sort(byPath);
  set.ignored.sort((a, b) => byPath(a.path, b.path));
  return set;
}

async function linkType(absolute: string, realRoot: string): Promise<EntryType> {
  const target = await realpath(absolute).catch(() => null);
  if (target === null) return 'link-broken';
  const info = await stat(target).catch(() => null);
  if (info === null) return 'link-broken';
  if (info.isDirectory()) return 'link-to-folder';
  if (target !== realRoot && !target.startsWith(realRoot + path.sep)) return 'link-outside';
  return info.isFile() ? 'link-to-file-inside' : 'special';
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
    if (info.size > maxBytes) return fail('file-size', fileSizeHit(info.size, maxBytes).message);
    const decoded = decodeDocumentBytes(await readFile(absolute));
    return { path: relativePath, text: decoded.text, findings: decoded.findings };
  } catch (error) {
    return fail('file-encoding', `Unreadable file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
