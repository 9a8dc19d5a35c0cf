// Shared by the test tables of the Markdown rules: a file's text -> the
// context the runner would give a rule, and findings -> `line:column message`.
import { buildRegistry } from '../model/registry.js';
import { parseDocumentFile } from '../parse/document.js';
import type { Finding } from '../report/diagnostic.js';
import { parseMarkdownBody } from '../markdown/markdown-parse.js';
import { buildOutline } from '../markdown/outline.js';
import type { CorpusContext, FileContext, FileSummary, LintOptions } from './rule.js';

export const TEST_OPTIONS: LintOptions = {
  siteUrl: 'https://docs.scs.community',
  standardsPath: '/standards',
  maxFileBytes: 1024 * 1024,
  externalLinks: false,
  allowPrivateLinks: false,
  markdownStyle: { preset: 'recommended+consistent' },
};

/** A Standard's front matter and the sections it must have, so a body can focus on one thing. */
export const STANDARD_FRONT_MATTER = 'title: Entropy\ntype: Standard\nstatus: Draft\ntrack: IaaS';
export const STANDARD_SECTIONS = '## Introduction\n\nText.\n\n## Motivation\n\nText.\n\n## Conformance Tests\n\nText.\n';

export function withFrontMatter(body: string, frontMatter = STANDARD_FRONT_MATTER): string {
  return `---\n${frontMatter}\n---\n${body}`;
}

export function fileContext(path: string, text: string, options: Partial<LintOptions> = {}): FileContext {
  const parsed = parseDocumentFile(path, text);
  return {
    path,
    text,
    document: parsed.document,
    parseFindings: parsed.findings,
    tree: parsed.document ? parseMarkdownBody(parsed.document) : null,
    options: { ...TEST_OPTIONS, ...options },
  };
}

/** Files by path -> the context of a corpus rule, built as the runner builds it. */
export function corpusContext(files: Record<string, string>, options: Partial<LintOptions> = {}): CorpusContext {
  const summaries: FileSummary[] = Object.entries(files).map(([path, text]) => {
    const { document } = parseDocumentFile(path, text);
    return { path, document, outline: document ? buildOutline(parseMarkdownBody(document)) : null };
  });
  const documents = summaries.flatMap((summary) => (summary.document ? [summary.document] : []));
  return { registry: buildRegistry(documents), files: summaries, date: '2025-01-01', options: { ...TEST_OPTIONS, ...options } };
}

export function formatFindings(findings: ReadonlyArray<Finding & { path?: string }>): string[] {
  return findings.map(
    (finding) => `${finding.path ? `${finding.path} ` : ''}${finding.span?.start.line ?? 0}:${finding.span?.start.column ?? 0} ${finding.message}`,
  );
}
