// Shared vocabulary of the commands that edit the corpus: the files they read,
// the changes they plan (pure), and how a document is named on the command line.
import type { StandardDocument } from '../model/document.js';
import { parseDocumentFile } from '../parse/document.js';
import { isStandardsFileName } from '../parse/file-name.js';
import { editFrontMatter, type FieldEdit } from './front-matter-edit.js';

/** One file of the standards folder as read: path relative to the folder, forward slashes. */
export interface CorpusFile {
  path: string;
  text: string;
}

/** One planned change: new text, a new path, or both (a new file has `before` null). */
export interface FileChange {
  path: string;
  newPath?: string;
  before: string | null;
  after: string;
  /** One line per thing changed, for the report without --dry-run. */
  summary: string[];
}

export type Plan = { ok: true; changes: FileChange[]; notes: string[] } | { ok: false; message: string };

export function refuse(message: string): Plan {
  return { ok: false, message };
}

/** Every `scs-*.md` file parsed to a document (files that cannot be read as one are left out). */
export function documentsOf(files: readonly CorpusFile[]): Array<{ file: CorpusFile; document: StandardDocument }> {
  return files.flatMap((file) => {
    const name = file.path.split('/').pop()!;
    if (!isStandardsFileName(name)) return [];
    const parsed = parseDocumentFile(file.path, file.text);
    return parsed.document ? [{ file, document: parsed.document }] : [];
  });
}

/**
 * A document as named on the command line: its file name, its id (file name
 * without `.md`), a path ending in either, or `scs-NNNN-vN` without the slug.
 */
export function findDocument<T extends { document: StandardDocument }>(entries: readonly T[], name: string): T | string {
  const base = name.replace(/\\/g, '/').split('/').pop()!.replace(/\.md$/, '');
  const exact = entries.filter((entry) => entry.document.id === base);
  if (exact.length === 1) return exact[0]!;
  const prefixed = entries.filter((entry) => entry.document.id.startsWith(`${base}-`) && /^scs-[0-9a-zA-Z]{4}-[vw]\d+$/.test(base));
  if (prefixed.length === 1) return prefixed[0]!;
  if (prefixed.length > 1) return `\`${name}\` names more than one document: ${prefixed.map((entry) => entry.document.fileName).join(', ')}`;
  return `No document \`${name}\` in the standards folder, expected a file name or an id such as \`scs-0100-v3\``;
}

/** Applies field edits to a file's text, as a change with a summary; null when nothing changed. */
export function fieldChange(file: CorpusFile, edits: FieldEdit[], before = file.text): FileChange | string {
  const result = editFrontMatter(before, edits);
  if (!result.ok) return `${file.path}: ${result.message}`;
  if (result.text === before) return { path: file.path, before, after: before, summary: [] };
  const summary = edits.map((edit) => (edit.value === null ? `removed ${edit.key}` : `${edit.key}: ${typeof edit.value === 'string' ? edit.value : `[${edit.value.join(', ')}]`}`));
  return { path: file.path, before, after: result.text, summary };
}

/** A list with `item` added at the end, unless it is there already. */
export function withItem(list: readonly string[], item: string): string[] {
  return list.includes(item) ? [...list] : [...list, item];
}
