// The output formats of `npm run lint:links`: one record per link as written
// in a document, whatever became of it. Alive and ignored links are counted,
// the others listed with what was found. Document text (URLs) is escaped as in
// the lint formats: control characters for terminals and logs, Markdown for
// job summaries, workflow-command syntax for annotations.
import { escapeData, escapeProperty } from './format-github.js';
import { markdownCode, markdownEscape, markdownMessage } from './markdown-text.js';
import { escapeForTerminal, escapeJsonForTerminal } from './terminal-text.js';

export const LINK_KINDS = ['broken', 'unreachable', 'redirected', 'unchecked', 'alive', 'ignored'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export interface LinkRecord {
  /** The document, relative to the working directory. */
  file: string;
  line: number;
  column: number;
  /** As written in the document. */
  url: string;
  kind: LinkKind;
  /** What was found: `HTTP 404`, `no answer within 10 s`, the ignore pattern, ... */
  detail: string;
  /** Where a redirect led (the last hop). */
  target?: string;
  /** The answer came from the cache file, not from the network. */
  fromCache: boolean;
}

export interface LinkReport {
  links: LinkRecord[];
  /** Documents whose links were looked at. */
  documents: number;
}

export type LinkFormat = 'stylish' | 'json' | 'github' | 'markdown';
export const LINK_FORMATS: readonly LinkFormat[] = ['stylish', 'json', 'github', 'markdown'];

export function formatLinks(format: LinkFormat, report: LinkReport): string {
  switch (format) {
    case 'stylish':
      return formatLinksStylish(report);
    case 'json':
      return formatLinksJson(report);
    case 'github':
      return formatLinksGithub(report);
    case 'markdown':
      return formatLinksMarkdown(report);
  }
}

const listed = (record: LinkRecord) => record.kind !== 'alive' && record.kind !== 'ignored';

export function countLinks(report: LinkReport): Record<LinkKind, number> {
  const counts = Object.fromEntries(LINK_KINDS.map((kind) => [kind, 0])) as Record<LinkKind, number>;
  for (const record of report.links) counts[record.kind]++;
  return counts;
}

/** `12 links (10 addresses) in 3 files: 1 broken, ...; 4 answers from the cache`. */
export function linkSummary(report: LinkReport): string {
  const counts = countLinks(report);
  const addresses = new Set(report.links.map((record) => record.url)).size;
  const cached = new Set(report.links.filter((record) => record.fromCache).map((record) => record.url)).size;
  const parts = LINK_KINDS.map((kind) => `${counts[kind]} ${kind}`).join(', ');
  return `${plural(report.links.length, 'link')} (${plural(addresses, 'address', 'addresses')}) in ${plural(report.documents, 'file')}: ${parts}${cached > 0 ? `; ${plural(cached, 'answer')} from the cache` : ''}`;
}

function detailOf(record: LinkRecord): string {
  return record.kind === 'redirected' ? `-> ${record.target ?? ''} (${record.detail})` : record.detail;
}

export function formatLinksStylish(report: LinkReport): string {
  const lines = report.links.filter(listed).map((record) => escapeForTerminal(`${record.file}:${record.line}:${record.column} ${record.kind} ${record.url} ${detailOf(record)}`));
  lines.push(linkSummary(report));
  return `${lines.join('\n')}\n`;
}

export function formatLinksJson(report: LinkReport): string {
  return `${escapeJsonForTerminal(JSON.stringify({ summary: { documents: report.documents, ...countLinks(report) }, links: report.links }, null, 2))}\n`;
}

/** Broken links as errors, unreachable and unchecked ones as warnings, redirects as notices. */
export function formatLinksGithub(report: LinkReport): string {
  const level = (kind: LinkKind) => (kind === 'broken' ? 'error' : kind === 'redirected' ? 'notice' : 'warning');
  const lines = report.links
    .filter(listed)
    .map(
      (record) =>
        `::${level(record.kind)} file=${escapeProperty(record.file)},line=${record.line},col=${record.column},title=${escapeProperty(`${record.kind} link`)}::${escapeData(`${record.url} ${detailOf(record)}`)}`,
    );
  lines.push(`::notice title=lint%3Alinks::${escapeData(linkSummary(report))}`);
  return `${lines.join('\n')}\n`;
}

export function formatLinksMarkdown(report: LinkReport): string {
  const lines = [`### External links: ${markdownEscape(linkSummary(report))}`, ''];
  const shown = report.links.filter(listed);
  if (shown.length > 0) {
    lines.push('| File | Line | Result | Link | Details |', '| --- | ---: | --- | --- | --- |');
    for (const record of shown) {
      const details = record.kind === 'redirected' ? `${markdownMessage(record.detail)} to ${markdownCode(record.target ?? '')}` : markdownMessage(record.detail);
      lines.push(`| ${markdownCode(record.file)} | ${record.line}:${record.column} | ${record.kind} | ${markdownCode(record.url)} | ${details} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

function plural(n: number, noun: string, nouns = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : nouns}`;
}
