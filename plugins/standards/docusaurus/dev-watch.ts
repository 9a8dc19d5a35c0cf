// The dev server's watch of the standards documents (issue #13: at 1,000
// documents an edit took 19 s to show, nearly all of it a reload of the site:
// every document's metadata, every page's props, the route table).
//
// Docusaurus reloads a plugin whenever one of its watched files changes. For
// the documents, ./standards-docs-plugin.ts watches a trigger file instead,
// and this module watches the documents: after an edit it reads the corpus
// again (parsing only the changed files) and decides.
// - Front matter changed, or a document came or went (the corpus key of
//   ./corpus.ts changed): other pages show it (relations, status pages, the
//   sidebar), so the trigger file is touched and Docusaurus reloads the site.
// - Only bodies changed: the bundler recompiles the edited document's module
//   by itself (with the dev page data of ./dev-page-data.ts, the default, no
//   bundle holds documents: open pages showing it are told to fetch its data
//   again), and nothing else shows a body, except the pages comparing
//   versions of a standard (./diff-routes.ts). Those catch up with a reload a
//   moment later (`diffDelayMs`), after the edit is on screen.
import { watch, type FSWatcher } from 'node:fs';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ParsedFile, StandardDocument } from '../model/document.js';
import type { CalendarDate } from '../model/front-matter-schema.js';
import { standardOf, type Registry } from '../model/registry.js';
import type { LoadedCorpus } from '../parse/load-corpus.js';
import { installAtomicGenerate } from './atomic-generate.js';
import { buildCorpusKey, formatFindings, loadCorpusOnce, reloadCorpus } from './corpus.js';
import { existingDevPageData } from './dev-page-data.js';

/** The file Docusaurus watches for the standards docs instance; touched when the site must reload. */
export function reloadTriggerFile(generatedFilesDir: string): string {
  return path.join(generatedFilesDir, 'scs-standards', 'reload-standards.txt');
}

/**
 * What the standards docs instance has Docusaurus watch: its own paths without
 * the documents (`<standardsDir>/<include pattern>`, watched by this module),
 * plus the trigger file. Pure.
 */
export function docsWatchPaths(paths: readonly string[], standardsDir: string, include: readonly string[], trigger: string): string[] {
  const documents = new Set(include.map((pattern) => `${standardsDir}/${pattern}`));
  return [...paths.filter((entry) => !documents.has(entry)), trigger];
}

export type CorpusChange =
  /** Nothing any page shows changed (a file saved as it was). */
  | { kind: 'unchanged' }
  /** Only the bodies of these files changed. */
  | { kind: 'bodies'; files: ParsedFile[] }
  /** What other pages show changed: the site must reload. */
  | { kind: 'site'; files: ParsedFile[] };

/**
 * What an edit changed, from the corpus before and after it. A file whose
 * text is unchanged keeps its parsed object (./corpus.ts, reloadCorpus), so a
 * changed object is a changed file. Pure.
 */
export function classifyCorpusChange(before: LoadedCorpus, after: LoadedCorpus, date: CalendarDate): CorpusChange {
  const previous = new Map(before.files.map((file) => [file.path, file]));
  const files = after.files.filter((file) => {
    const old = previous.get(file.path);
    return old === undefined || old.document !== file.document || old.findings.length !== file.findings.length;
  });
  if (buildCorpusKey(before, date) !== buildCorpusKey(after, date)) return { kind: 'site', files };
  return files.length === 0 ? { kind: 'unchanged' } : { kind: 'bodies', files };
}

/** Whether a page comparing versions (./diff-routes.ts) shows this document's body: a version of a standard with two or more. Pure. */
export function showsInDiffPages(registry: Registry, document: StandardDocument): boolean {
  if (document.kind !== 'document') return false;
  return (standardOf(registry, document)?.versions.length ?? 0) >= 2;
}

export interface CorpusRefresherOptions {
  standardsDir: string;
  date: CalendarDate;
  /** Makes Docusaurus reload the site (touches the trigger file). */
  requestReload: (reason: string) => void;
  /** Only these files' bodies changed (paths as in the corpus): pages showing them are told (./dev-page-data.ts). */
  bodiesChanged?: (files: string[]) => void;
  /** How long after the last edit of a body the pages comparing versions are brought up to date. */
  diffDelayMs?: number;
  /** How long the folder must be quiet before an edit is read (one save is several events). */
  settleMs?: number;
  warn?: (message: string) => void;
}

export interface CorpusRefresher {
  /** Something in the folder changed; the work runs once the current run is done. */
  changed(): void;
  /** Resolves when every change reported so far has been handled. */
  settled(): Promise<void>;
  close(): void;
}

/** The decisions of this module, without the watching: tests call `changed()` themselves. */
export function createCorpusRefresher(options: CorpusRefresherOptions): CorpusRefresher {
  const warn = options.warn ?? ((message: string) => console.warn(message));
  let queue: Promise<void> = Promise.resolve();
  let pending = false;
  let diffTimer: NodeJS.Timeout | undefined;
  const cancelDiffReload = () => {
    if (diffTimer) clearTimeout(diffTimer);
    diffTimer = undefined;
  };

  const refresh = async () => {
    pending = false;
    const before = await loadCorpusOnce(options.standardsDir).catch(() => null);
    let after: LoadedCorpus;
    try {
      after = await reloadCorpus(options.standardsDir);
    } catch {
      // The site reload reports what cannot be read.
      options.requestReload('the standards folder could not be read');
      return;
    }
    const change: CorpusChange = before ? classifyCorpusChange(before, after, options.date) : { kind: 'site', files: [] };
    if (change.kind === 'unchanged') return;
    const problems = formatFindings(after.root, change.files);
    if (problems.length > 0) warn(`[scs-standards] ${problems.length} problem(s) in the edited document(s) (npm run lint:standards explains them):\n${problems.join('\n')}`);
    if (change.kind === 'site') {
      cancelDiffReload();
      options.requestReload(`front matter or the file list changed (${change.files.map((file) => file.path).join(', ') || 'the folder'})`);
      return;
    }
    options.bodiesChanged?.(change.files.map((file) => file.path));
    if (change.files.some((file) => file.document !== null && showsInDiffPages(after.registry, file.document))) {
      cancelDiffReload();
      diffTimer = setTimeout(() => {
        diffTimer = undefined;
        options.requestReload('pages comparing versions show an edited body');
      }, options.diffDelayMs ?? 1_500);
      diffTimer.unref();
    }
  };

  let quietTimer: NodeJS.Timeout | undefined;
  let quiet: { promise: Promise<void>; resolve: () => void } | undefined;
  return {
    changed() {
      // The events of one save (an editor truncates, writes, renames) are one run, once the folder has been
      // quiet for `settleMs`; a change during a run gets one more run after it.
      if (!quiet) {
        let resolve!: () => void;
        const promise = new Promise<void>((done) => (resolve = done));
        quiet = { promise, resolve };
      }
      if (quietTimer) clearTimeout(quietTimer);
      quietTimer = setTimeout(() => {
        quietTimer = undefined;
        const waiting = quiet;
        quiet = undefined;
        if (!pending) {
          pending = true;
          queue = queue.then(refresh).catch((error: unknown) => warn(`[scs-standards] Could not read the edit: ${(error as Error)?.message ?? error}`));
        }
        void queue.then(() => waiting?.resolve());
      }, options.settleMs ?? 30);
    },
    async settled() {
      while (quiet) await quiet.promise;
      await queue;
    },
    close() {
      cancelDiffReload();
      if (quietTimer) clearTimeout(quietTimer);
      quiet?.resolve();
    },
  };
}

const watching = new Map<string, { watcher: FSWatcher; refresher: CorpusRefresher }>();

/** Document candidates by name (options.ts, STANDARDS_DOCUMENT_PATTERN): the file set decides which are documents. */
const CANDIDATE = /^scs[-_].*\.md$/i;

/**
 * Starts watching the documents of `standardsDir` (the folder itself, not
 * below: a watcher that walks subfolders follows links to folders, and
 * loops). Once per folder and process; the dev server's process ends it.
 */
export function startDevWatch(options: { standardsDir: string; date: CalendarDate; trigger: string; diffDelayMs?: number }): void {
  const key = path.resolve(options.standardsDir);
  if (watching.has(key)) return;
  // Generated files are written whole from now on: the bundler rebuilds while a reload writes them.
  if (!installAtomicGenerate()) console.warn('[scs-standards] Could not make Docusaurus write its generated files atomically; the dev server may report a JSON parse error after an edit (it recovers at the next)');
  // It must exist before Docusaurus starts watching it.
  mkdirSync(path.dirname(options.trigger), { recursive: true });
  writeFileSync(options.trigger, 'started\n');
  const refresher = createCorpusRefresher({
    standardsDir: key,
    date: options.date,
    diffDelayMs: options.diffDelayMs,
    // A line of its own each time, so the watcher always sees a change.
    requestReload: (reason) => writeFileSync(options.trigger, `${new Date().toISOString()} ${reason}\n`),
    bodiesChanged: (files) => existingDevPageData()?.bodiesChanged(key, files),
  });
  const watcher = watch(key, { persistent: false }, (_event, fileName) => {
    if (fileName === null || CANDIDATE.test(fileName.toString())) refresher.changed();
  });
  watcher.on('error', (error) => console.warn(`[scs-standards] Watching ${key} stopped (${error.message}); restart the dev server to see edits`));
  watching.set(key, { watcher, refresher });
}

/** Stops watching (tests). */
export function stopDevWatch(standardsDir: string): void {
  const entry = watching.get(path.resolve(standardsDir));
  entry?.watcher.close();
  entry?.refresher.close();
  watching.delete(path.resolve(standardsDir));
}
