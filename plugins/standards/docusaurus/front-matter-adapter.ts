// Replaces Docusaurus's front-matter parser for every Markdown file of the
// site with the project's safe one: YAML only, nothing evaluated, aliases
// bounded. A standards document gets its page data (`scs`) from the registry.
import path from 'node:path';
import type { ParseFrontMatter } from '@docusaurus/types';
import type { CalendarDate } from '../model/front-matter-schema.js';
import { buildRegistry } from '../model/registry.js';
import { parseDocumentFile } from '../parse/document.js';
import { isStandardsFileName, isTemplateFileName } from '../parse/file-name.js';
import { parseFrontMatter } from '../parse/front-matter.js';
import { loadCorpusOnce } from './corpus.js';
import { toDocumentPageProp } from './document-props.js';
import { toScopeUsageProp } from './scope-props.js';
import { loadScopesOnce, readableScopes, type ScopeSource } from './scopes-data.js';

export interface AdapterOptions {
  /** Absolute path of the corpus folder. */
  standardsDir: string;
  date: CalendarDate;
  /** Scope files; a document page lists the scope versions that include it. Default: `<standardsDir>/scopes`. */
  scopes?: ScopeSource;
  /** Where problems of non-standards files are printed (the corpus is reported by the plugin). */
  warn?: (line: string) => void;
}

type Result = Awaited<ReturnType<ParseFrontMatter>>;

export function createParseFrontMatter(options: AdapterOptions): ParseFrontMatter {
  const warn = options.warn ?? ((line: string) => console.warn(line));
  // Docusaurus asks twice per file (docs plugin, then MDX loader): answer from memory.
  const cache = new Map<string, { fileContent: string; result: Promise<Result> }>();
  return ({ filePath, fileContent }) => {
    const cached = cache.get(filePath);
    if (cached?.fileContent === fileContent) return cached.result;
    const result = parseAnyFile(options, warn, filePath, fileContent);
    cache.set(filePath, { fileContent, result });
    return result;
  };
}

async function parseAnyFile(options: AdapterOptions, warn: (line: string) => void, filePath: string, fileContent: string): Promise<Result> {
  const relative = path.relative(options.standardsDir, filePath).split(path.sep).join('/');
  const fileName = path.basename(filePath);
  const inCorpus = !relative.startsWith('..') && !path.isAbsolute(relative);
  if (inCorpus && isStandardsFileName(fileName) && !isTemplateFileName(fileName)) {
    return parseStandardsFile(options, relative, fileContent);
  }
  return parsePlainFile(filePath, fileContent, warn);
}

async function parseStandardsFile(options: AdapterOptions, relative: string, fileContent: string): Promise<Result> {
  const corpus = await loadCorpusOnce(options.standardsDir);
  // The file itself is parsed from the text Docusaurus read, so the dev
  // server shows edits; relations come from the registry loaded once.
  const parsed = parseDocumentFile(relative, fileContent);
  const document = parsed.document;
  const body = parseFrontMatter(fileContent).body;
  if (!document) return { frontMatter: { title: path.basename(relative, '.md') }, content: body };
  const known = corpus.registry.byFileName.get(document.fileName);
  const registry = known ? corpus.registry : buildRegistry([...corpus.registry.documents, document]);
  const scopeFiles = await loadScopesOnce(options.scopes ?? { dir: path.join(options.standardsDir, 'scopes'), mixed: false }, options.standardsDir);
  const frontMatter: Record<string, unknown> = {
    title: document.title,
    scs: toDocumentPageProp(registry, document, options.date),
  };
  // Only documents a scope includes get the list; the page shows it under the metadata.
  const scopeUsage = toScopeUsageProp(registry, readableScopes(scopeFiles), [document], options.date);
  if (scopeUsage.length > 0) frontMatter.scs_scopes = scopeUsage;
  if (document.description) frontMatter.description = document.description;
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
