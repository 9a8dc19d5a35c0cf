// Replaces Docusaurus's front-matter parser for every Markdown file of the
// site with the project's safe one: YAML only, nothing evaluated, aliases
// bounded. A standards document gets its page data (`scs`) from the registry.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ParseFrontMatter } from '@docusaurus/types';
import type { ParsedFile } from '../model/document.js';
import type { CalendarDate } from '../model/front-matter-schema.js';
import type { LoadedCorpus } from '../parse/load-corpus.js';
import { buildRegistry } from '../model/registry.js';
import { parseDocumentFile } from '../parse/document.js';
import { isStandardsFileName } from '../parse/file-name.js';
import { parseFrontMatter } from '../parse/front-matter.js';
import { loadCorpusOnce, loadHistoryOnce, parsedFromText } from './corpus.js';
import { toDocumentPageProp } from './document-props.js';
import { toDocumentHistoryProp } from './history-props.js';
import { resolveCommitTemplate, type CommitUrlSetting } from '../history/commit-links.js';
import { toScopeUsageProp } from './scope-props.js';
import { toPreviousDiffLink } from './diff-props.js';
import { loadScopesOnce, readableScopes, type ScopeSource } from './scopes-data.js';

export interface AdapterOptions {
  /** Absolute path of the corpus folder. */
  standardsDir: string;
  date: CalendarDate;
  /** Scope files; a document page lists the scope versions that include it. Default: `<standardsDir>/scopes`. */
  scopes?: ScopeSource;
  /** Where commit links of a document's history lead (history/commit-links.ts); default: the corpus repository's remote. */
  commitUrl?: CommitUrlSetting;
  /** Where problems of non-standards files are printed (the corpus is reported by the plugin). */
  warn?: (line: string) => void;
}

type Result = Awaited<ReturnType<ParseFrontMatter>>;

export function createParseFrontMatter(options: AdapterOptions): ParseFrontMatter {
  const warn = options.warn ?? ((line: string) => console.warn(line));
  // Docusaurus asks twice per file (docs plugin, then MDX loader): answer from memory. A standards document's
  // answer holds its relations to the others (replaced by, supplements, the diff link), so it is kept only for
  // the corpus it came from: after the dev server loads the corpus again, a document whose neighbour's front
  // matter changed gets its new relations although its own text is unchanged.
  const cache = new Map<string, { fileContent: string; corpus: LoadedCorpus | null; result: Promise<Result> }>();
  return async ({ filePath, fileContent }) => {
    const relative = path.relative(options.standardsDir, filePath).split(path.sep).join('/');
    const inCorpus = !relative.startsWith('..') && !path.isAbsolute(relative) && isStandardsFileName(path.basename(filePath));
    const corpus = inCorpus ? await loadCorpusOnce(options.standardsDir) : null;
    const cached = cache.get(filePath);
    if (cached?.fileContent === fileContent && cached.corpus === corpus) return cached.result;
    const result = corpus ? parseStandardsFile(options, corpus, relative, fileContent) : parsePlainFile(filePath, fileContent, warn);
    cache.set(filePath, { fileContent, corpus, result: Promise.resolve(result) });
    return result;
  };
}

/** Path -> file, once per loaded corpus: asked for every document, a search each time would grow with the square of the corpus. */
const fileIndexes = new WeakMap<LoadedCorpus, Map<string, ParsedFile>>();
function filesByPath(corpus: LoadedCorpus): Map<string, ParsedFile> {
  let index = fileIndexes.get(corpus);
  if (!index) {
    index = new Map(corpus.files.map((file) => [file.path, file]));
    fileIndexes.set(corpus, index);
  }
  return index;
}

/** A standards file that is not a page: it gets no `scs` prop, by which the plugin leaves it out (see standards-docs-plugin.ts). */
function unpublished(relative: string): Result {
  // It costs nothing until then, and a valid slug keeps an odd name from failing the build.
  return { frontMatter: { slug: `/unpublished/${createHash('sha256').update(relative).digest('hex').slice(0, 16)}` }, content: '' };
}

async function parseStandardsFile(options: AdapterOptions, corpus: LoadedCorpus, relative: string, fileContent: string): Promise<Result> {
  const history = await loadHistoryOnce(options.standardsDir);
  // The file set decides (parse/file-set.ts): only documents the corpus could read and place are pages.
  // A file it does not know yet (just created, in the dev server) is judged by its own name and text.
  const known = filesByPath(corpus).get(relative);
  if ((known && known.document === null) || relative.includes('/')) return unpublished(relative);
  // The file itself is parsed from the text Docusaurus read, so the dev server shows edits (the corpus's
  // own parse of that very text when there is one); relations come from the registry as last loaded.
  const document = (parsedFromText(options.standardsDir, relative, fileContent) ?? parseDocumentFile(relative, fileContent)).document;
  if (!document || document.kind === 'template') return unpublished(relative);
  // The body as the document's own parse of this very text cut it (parse/front-matter.ts), not a second copy.
  const body = document.body;
  const registry = known ? corpus.registry : buildRegistry([...corpus.registry.documents, document]);
  const scopeFiles = await loadScopesOnce(options.scopes ?? { dir: path.join(options.standardsDir, 'scopes'), mixed: false }, options.standardsDir);
  const frontMatter: Record<string, unknown> = {
    title: document.title,
    scs: toDocumentPageProp(registry, document, options.date),
  };
  // Only documents a scope includes get the list; the page shows it under the metadata.
  const scopeUsage = toScopeUsageProp(registry, readableScopes(scopeFiles), [document], options.date);
  if (scopeUsage.length > 0) frontMatter.scs_scopes = scopeUsage;
  // A later version links to what changed since the one before it (the page near the banner).
  const diff = toPreviousDiffLink(registry, document);
  if (diff) frontMatter.scs_diff = diff;
  if (document.description) frontMatter.description = document.description;
  // "Last updated" and the list of changes, from the corpus's own git history, wherever that repository is.
  const commits = history.files.get(relative);
  const changed = commits?.commits[0]?.date;
  if (changed) frontMatter.last_update = { date: changed };
  const changes = toDocumentHistoryProp(commits, resolveCommitTemplate(options.commitUrl ?? { kind: 'remote' }, history.remotes));
  if (changes) frontMatter.scs_history = changes;
  return { frontMatter, content: body };
}

function parsePlainFile(filePath: string, fileContent: string, warn: (line: string) => void): Result {
  const parsed = parseFrontMatter(fileContent);
  for (const finding of parsed.findings) {
    const { line, column } = finding.span?.start ?? { line: 1, column: 1 };
    warn(`${filePath}:${line}:${column}  ${finding.message}  ${finding.ruleId}`);
  }
  const frontMatter = Object.fromEntries(parsed.fields.map((field) => [field.key, field.value]));
  return { frontMatter, content: parsed.present ? parsed.body : fileContent };
}
