// Reads and parses a whole corpus folder into the registry, keeping every
// finding. The portal, the exporters and `npm run registry` use this; the
// linter reads the same file set through the same functions, in parallel and
// with a cache.
import type { ParsedFile } from '../model/document.js';
import { buildRegistry, type Registry } from '../model/registry.js';
import { parseDocumentFile } from './document.js';
import { reportedEntries, type FileSet } from './file-set.js';
import { DEFAULT_MAX_FILE_BYTES, loadFileSet, loadSourceFile } from './load.js';

export interface LoadedCorpus {
  root: string;
  registry: Registry;
  /** Which files are documents, assets and ignored. */
  fileSet: FileSet;
  /**
   * One entry per document file and per ignored entry with a finding, in path
   * order, with the findings of reading and parsing it. `document` is null for
   * what cannot be read or placed: such a file is not published.
   */
  files: ParsedFile[];
}

/**
 * Parsed files of an earlier load, by path, with the text they were parsed
 * from: a reload (the dev server after an edit) parses only files whose text
 * changed. Parsing is pure, so an equal text gives an equal result.
 */
export type ParseCache = Map<string, { text: string; parsed: ReturnType<typeof parseDocumentFile> }>;

export async function loadCorpus(root: string, options: { maxFileBytes?: number; parseCache?: ParseCache } = {}): Promise<LoadedCorpus> {
  const fileSet = await loadFileSet(root);
  const cache = options.parseCache;
  const documents = await Promise.all(
    fileSet.documents.map(async (relativePath): Promise<ParsedFile> => {
      const source = await loadSourceFile(root, relativePath, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
      if (source.text === null) return { path: relativePath, document: null, findings: source.findings };
      const cached = cache?.get(relativePath);
      const parsed = cached?.text === source.text ? cached.parsed : parseDocumentFile(relativePath, source.text);
      cache?.set(relativePath, { text: source.text, parsed });
      return { ...parsed, findings: [...source.findings, ...parsed.findings] };
    }),
  );
  if (cache) {
    const present = new Set(fileSet.documents);
    for (const relativePath of cache.keys()) if (!present.has(relativePath)) cache.delete(relativePath);
  }
  const ignored = reportedEntries(fileSet).map((entry): ParsedFile => ({ path: entry.path, document: null, findings: entry.findings }));
  const files = [...documents, ...ignored].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { root, registry: buildRegistry(documents.flatMap((file) => (file.document ? [file.document] : []))), fileSet, files };
}

