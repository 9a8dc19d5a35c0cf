// The corpus is read and parsed once per build: the plugin, the front-matter
// adapter and the sidebar generator all await the same promise.
import path from 'node:path';
import type { ParsedFile } from '../model/document.js';
import { loadCorpus, type LoadedCorpus } from '../parse/load-corpus.js';

const loaded = new Map<string, Promise<LoadedCorpus>>();

export function loadCorpusOnce(root: string): Promise<LoadedCorpus> {
  const key = path.resolve(root);
  let corpus = loaded.get(key);
  if (!corpus) {
    corpus = loadCorpus(key).catch((cause: unknown) => {
      loaded.delete(key);
      throw new Error(`Could not read the standards folder ${key}`, { cause });
    });
    loaded.set(key, corpus);
  }
  return corpus;
}

/** Forgets a loaded corpus, so the dev server sees edited files. */
export function forgetCorpus(root: string): void {
  loaded.delete(path.resolve(root));
}

/**
 * Linter-style lines: `file:line:column  message  rule-id`. Without a severity:
 * that comes from the linter's config, which the portal does not read.
 */
export function formatFindings(root: string, files: readonly ParsedFile[]): string[] {
  return files.flatMap((file) =>
    file.findings.map((finding) => {
      const { line, column } = finding.span?.start ?? { line: 1, column: 1 };
      return `${path.join(root, file.path)}:${line}:${column}  ${finding.message}  ${finding.ruleId}`;
    }),
  );
}

/** Files the portal cannot render at all: their name gives no document. */
export function unrenderableFiles(corpus: LoadedCorpus): ParsedFile[] {
  return corpus.files.filter((file) => file.document === null);
}
