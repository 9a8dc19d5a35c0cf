// The per-file pass: one file's text -> its FileResult (what corpus rules
// need, plus the findings of every per-file rule). Parses each thing once:
// front matter by parse/, the body by remark, then every rule shares both.
// Runs in the main thread or in a worker; results are plain data for the cache.
import { parseDocumentFile } from '../parse/document.js';
import type { SourceFile } from '../parse/load.js';
import type { RuleFinding } from '../report/diagnostic.js';
import { buildOutline } from '../markdown/outline.js';
import type { FileContext, FileRule, FileSummary, LintOptions } from './rule.js';
import { collectFindings } from './stamp.js';

export interface FileResult {
  summary: FileSummary;
  /** Findings of the enabled file rules, tagged with their rule id; severities come later. */
  findings: RuleFinding[];
}

export async function lintSourceFile(source: SourceFile, rules: readonly FileRule[], options: LintOptions): Promise<FileResult> {
  const context = await buildFileContext(source, options);
  const outline = context.tree ? buildOutline(context.tree) : null;
  const findings: RuleFinding[] = [];
  // A rule that cannot load fails its own check, which becomes a finding (see stamp.ts); the others run.
  if (context.tree) await Promise.all(rules.map((rule) => rule.load?.().catch(() => undefined)));
  for (const rule of rules) findings.push(...(await collectFindings(rule, () => rule.check(context))));
  return { summary: { path: source.path, document: context.document, outline }, findings };
}

/** remark and its extensions, loaded with the first file that needs parsing: a run served from the cache never needs them. */
let markdownParser: Promise<typeof import('../markdown/markdown-parse.js')> | undefined;

async function buildFileContext(source: SourceFile, options: LintOptions): Promise<FileContext> {
  if (source.text === null) {
    return { path: source.path, text: '', document: null, parseFindings: source.findings, tree: null, options };
  }
  // The parser reads a BOM and CRLF endings itself; rules get the plain form, same lines.
  const text = (source.text.charCodeAt(0) === 0xfeff ? source.text.slice(1) : source.text).replace(/\r\n?/g, '\n');
  const parsed = parseDocumentFile(source.path, text);
  const tree = parsed.document ? (await (markdownParser ??= import('../markdown/markdown-parse.js'))).parseMarkdownBody(parsed.document) : null;
  return { path: source.path, text, document: parsed.document, parseFindings: [...source.findings, ...parsed.findings], tree, options };
}
