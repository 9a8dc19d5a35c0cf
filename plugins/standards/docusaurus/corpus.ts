// The corpus is read and parsed once per build: the plugin, the front-matter
// adapter, the sidebar generator and the Markdown plugins all await the same
// promise, so they all see the same file set (parse/file-set.ts).
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ParsedFile, StandardDocument } from '../model/document.js';
import type { CalendarDate } from '../model/front-matter-schema.js';
import { loadCorpusHistory, type CorpusHistory } from '../history/commit-log.js';
import { loadCorpus, type LoadedCorpus, type ParseCache } from '../parse/load-corpus.js';

const loaded = new Map<string, Promise<LoadedCorpus>>();
/** Per corpus folder, what its last load parsed: a reload parses only the files that changed. */
const parseCaches = new Map<string, ParseCache>();
const histories = new Map<string, Promise<CorpusHistory>>();

/**
 * The standards folder from the environment: unset or empty means our own
 * `Standards/`; a folder that does not exist is an error that says so (it
 * must not silently become a scan of something else).
 */
export function resolveStandardsDir(siteDir: string, fromEnvironment: string | undefined): string {
  const given = fromEnvironment?.trim() ? fromEnvironment : 'Standards';
  const folder = path.resolve(siteDir, given);
  if (!existsSync(folder)) throw new Error(`STANDARDS_DIR: no such folder ${folder} (from \`${given}\`); set it to a folder of scs-*.md documents, or leave it unset for ${path.join(siteDir, 'Standards')}`);
  if (!statSync(folder).isDirectory()) throw new Error(`STANDARDS_DIR: ${folder} is not a folder; set it to a folder of scs-*.md documents`);
  return folder;
}

export function loadCorpusOnce(root: string): Promise<LoadedCorpus> {
  const key = path.resolve(root);
  let corpus = loaded.get(key);
  if (!corpus) {
    let parseCache = parseCaches.get(key);
    if (!parseCache) parseCaches.set(key, (parseCache = new Map()));
    corpus = loadCorpus(key, { parseCache }).catch((cause: unknown) => {
      loaded.delete(key);
      throw new Error(`Could not read the standards folder ${key}`, { cause });
    });
    loaded.set(key, corpus);
  }
  return corpus;
}

/** The commits of each file, from the git repository the corpus is in (its own or the site's): one `git log` per build. */
export function loadHistoryOnce(root: string): Promise<CorpusHistory> {
  const key = path.resolve(root);
  let history = histories.get(key);
  if (!history) {
    history = loadCorpusHistory(key);
    histories.set(key, history);
  }
  return history;
}

/** Forgets a loaded corpus, so the dev server sees edited files (the next load parses only the files whose text changed). */
export function forgetCorpus(root: string): void {
  loaded.delete(path.resolve(root));
  histories.delete(path.resolve(root));
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

/** Files with a finding that gives no document (unreadable, unplaceable, or not a document at all): not published. */
export function unpublishedFiles(corpus: LoadedCorpus): ParsedFile[] {
  return corpus.files.filter((file) => file.document === null && file.findings.length > 0);
}

/** The documents that become pages: every readable, placeable document that is not a template. */
export function publishedDocuments(corpus: LoadedCorpus): StandardDocument[] {
  return corpus.registry.documents.filter((document) => document.kind !== 'template');
}

/**
 * Everything about the corpus that pages other than a document's own depend
 * on: the build date, the file set, and each document's placing and front
 * matter (not its body). Handbook pages and document bodies are cached by the
 * bundler across builds; they declare a dependency on a file holding this key
 * (see ./corpus-dependency.ts), so switching corpora or making a new version
 * current recompiles them. Pure.
 */
export function buildCorpusKey(corpus: LoadedCorpus, date: CalendarDate): string {
  const documents = corpus.registry.documents.map(({ body, bodyLine, fieldSpans, ...placing }) => placing);
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ root: corpus.root, date, documents: corpus.fileSet.documents, assets: corpus.fileSet.assets, placing: documents }));
  return hash.digest('hex');
}

/** Writes the key where loaders can depend on it; untouched when unchanged, so nothing is recompiled for nothing. */
export async function writeCorpusKey(file: string, key: string): Promise<void> {
  const content = `${JSON.stringify({ corpus: key })}\n`;
  if ((await readFile(file, 'utf8').catch(() => null)) === content) return;
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
}
