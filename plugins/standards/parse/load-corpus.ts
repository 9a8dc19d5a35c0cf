// Reads and parses a whole corpus folder into the registry, keeping every
// finding. The portal and `npm run registry` use this; the linter reads the
// same files through the same functions, in parallel and with a cache.
import type { ParsedFile } from '../model/document.js';
import { buildRegistry, type Registry } from '../model/registry.js';
import { parseDocumentFile } from './document.js';
import { isTemplateFileName } from './file-name.js';
import { DEFAULT_MAX_FILE_BYTES, listStandardsFiles, loadSourceFile } from './load.js';

export interface LoadedCorpus {
  root: string;
  registry: Registry;
  /** One entry per file, in path order, with the findings of reading and parsing it. */
  files: ParsedFile[];
}

export async function loadCorpus(root: string, options: { maxFileBytes?: number } = {}): Promise<LoadedCorpus> {
  const paths = await listStandardsFiles(root);
  const files = await Promise.all(
    paths.map(async (relativePath): Promise<ParsedFile> => {
      const source = await loadSourceFile(root, relativePath, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
      if (source.text === null) return { path: relativePath, document: null, findings: source.findings };
      return parseDocumentFile(relativePath, source.text);
    }),
  );
  const documents = files.flatMap((file) => (file.document ? [file.document] : []));
  return { root, registry: buildRegistry(documents), files };
}

export function isTemplatePath(relativePath: string): boolean {
  return isTemplateFileName(relativePath.split('/').pop()!);
}
