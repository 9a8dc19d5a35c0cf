// The corpus is read and parsed once per build: the plugin, the front-matter
// adapter, the sidebar generator and the Markdown plugins all await the same
// promise, so they all see the same file set (parse/file-set.ts).
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
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
 * Reads the corpus again and makes it the one every later `loadCorpusOnce`
 * gets; only files whose text changed are parsed again, and every other
 * document keeps its object (so work memoized per document, such as the
 * comparison of two versions, is kept). The git history is kept: an edit
 * saved is not a commit.
 */
export function reloadCorpus(root: string): Promise<LoadedCorpus> {
  loaded.delete(path.resolve(root));
  return loadCorpusOnce(root);
}

/**
 * What the last load parsed from exactly this text, if it did: callers that
 * were handed the text of a corpus file (Docusaurus's front-matter hook) need
 * not parse it a second time.
 */
export function parsedFromText(root: string, relativePath: string, text: string): ParsedFile | undefined {
  const cached = parseCaches.get(path.resolve(root))?.get(relativePath);
  return cached?.text === text ? cached.parsed : undefined;
}

/**
 * A function of the corpus, computed once per load of it. Everything derived
 * from the corpus (permalink targets, the attachment set, the site's paths)
 * goes through this, never through a value kept for the life of the process:
 * the dev server loads the corpus again after each edit.
 */
export function perCorpus<T>(derive: (corpus: LoadedCorpus) => T): (corpus: LoadedCorpus) => T {
  const results = new WeakMap<LoadedCorpus, T>();
  return (corpus) => {
    if (!results.has(corpus)) results.set(corpus, derive(corpus));
    return results.get(corpus)!;
  };
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
 * matter (not its body). The same key means the same routes, sidebar and
 * document metadata: the docs instance keeps its content, and the dev server
 * needs no reload after an edit (./dev-watch.ts). What the bundler's cached
 * modules depend on is a narrower key (./corpus-dependency.ts, buildLoaderKey). Pure.
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
  await writeFileAtomically(file, content);
}

let temporaryFiles = 0;
/**
 * Writes a file whole or not at all: to a new file beside it, then renamed
 * over it. A watcher (the bundler's, in the dev server) that reads the file
 * the moment it changes never sees it empty or half written.
 */
export async function writeFileAtomically(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${temporaryFiles++}.tmp`);
  try {
    await writeFile(temporary, content);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
