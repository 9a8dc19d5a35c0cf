// The per-file pass: one file's text -> its FileResult (what corpus rules
// need, plus the findings of every per-file rule). Parses each thing once:
// front matter by parse/, the body by remark, then every rule shares both.
// Runs in the main thread or in a worker; results are plain data for the cache.
import { optionsFor } from './rule-options.js';
import { parseDocumentFile } from '../parse/document.js';
import type { SourceFile } from '../parse/load.js';
import type { RuleFinding } from '../report/diagnostic.js';
import { buildOutline } from '../markdown/outline.js';
import type { StandardDocument } from '../model/document.js';
import type { FileContext, FileRule, FileSummary, LintOptions } from './rule.js';
import { collectFindings } from './stamp.js';

export interface FileResult {
  summary: FileSummary;
  /** Findings of the enabled file rules, tagged with their rule id; severities come later. */
  findings: RuleFinding[];
}

/**
 * How long one file may take. Within the Markdown limits (markdown/limits.ts)
 * a file of 1 MB takes well under a second or two; this is the backstop for
 * whatever those do not foresee. Checked between the steps of the pass (here)
 * and enforced by ending a worker that goes past it (parallel.ts).
 */
export const FILE_TIME_BUDGET_MS = 20_000;

/** The rule id of every finding about a limit: Markdown limits, the time budget, a failure while checking. */
export const RESOURCE_LIMIT = 'resource-limit';

export async function lintSourceFile(
  source: SourceFile,
  rules: readonly FileRule[],
  options: LintOptions,
  timeBudgetMs = FILE_TIME_BUDGET_MS,
): Promise<FileResult> {
  const started = performance.now();
  const overBudget = () => performance.now() - started > timeBudgetMs;
  let context: FileContext | undefined;
  try {
    context = await buildFileContext(source, options);
    const outline = context.tree ? buildOutline(context.tree) : null;
    const findings: RuleFinding[] = [];
    // A rule that cannot load fails its own check, which becomes a finding (see stamp.ts); the others run.
    if (context.tree) await Promise.all(rules.map((rule) => rule.load?.().catch(() => undefined)));
    for (const rule of rules) {
      if (overBudget()) return limitedResult(source, timeBudgetFinding(timeBudgetMs), context.document);
      findings.push(...(await collectFindings(rule, () => rule.check({ ...context!, options: optionsFor(rule.meta, options) }))));
    }
    if (overBudget()) return limitedResult(source, timeBudgetFinding(timeBudgetMs), context.document);
    return { summary: { path: source.path, document: context.document, outline }, findings };
  } catch (error) {
    // A failure outside any rule (the parse, the outline): a finding on this file, never the end of the run.
    return limitedResult(source, failureFinding(error), context?.document);
  }
}

/**
 * The result of a file whose pass was cut short: the limit's finding alone,
 * and the document from its front matter (bounded on its own), so corpus
 * rules still know the document exists. `document` when already parsed.
 */
export function limitedResult(source: SourceFile, finding: RuleFinding, document?: StandardDocument | null): FileResult {
  let parsed = document;
  if (parsed === undefined) {
    try {
      parsed = source.text === null ? null : parseDocumentFile(source.path, normalizedText(source.text)).document;
    } catch {
      parsed = null;
    }
  }
  return { summary: { path: source.path, document: parsed, outline: null }, findings: [finding] };
}

export function timeBudgetFinding(timeBudgetMs: number): RuleFinding {
  const limit = timeBudgetMs >= 1000 && timeBudgetMs % 1000 === 0 ? `${timeBudgetMs / 1000} s` : `${timeBudgetMs} ms`;
  return {
    ruleId: RESOURCE_LIMIT,
    message: `Unexpected time over ${limit} to check this file, expected at most ${limit}; the file was not checked further`,
    span: { start: { line: 1, column: 1 } },
  };
}

export function failureFinding(error: unknown): RuleFinding {
  const reason = error instanceof RangeError ? 'the stack ran out' : ((error as Error)?.message ?? String(error));
  return {
    ruleId: RESOURCE_LIMIT,
    message: `Unexpected failure while checking this file (${reason}), expected it to be checked; the file was not checked further`,
    span: { start: { line: 1, column: 1 } },
  };
}

/** The text rules see: no BOM, LF endings (the parser reads either, and lines stay the same). */
function normalizedText(text: string): string {
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
}

/** remark and its extensions, loaded with the first file that needs parsing: a run served from the cache never needs them. */
let markdownParser: Promise<typeof import('../markdown/markdown-parse.js')> | undefined;

async function buildFileContext(source: SourceFile, options: LintOptions): Promise<FileContext> {
  if (source.text === null) {
    return { path: source.path, text: '', document: null, parseFindings: source.findings, tree: null, options };
  }
  // The parser reads a BOM and CRLF endings itself; rules get the plain form, same lines.
  const text = normalizedText(source.text);
  const parsed = parseDocumentFile(source.path, text);
  const markdown = parsed.document ? (await (markdownParser ??= import('../markdown/markdown-parse.js'))).parseMarkdownBodyWithinLimits(parsed.document) : null;
  // A body over a limit has no tree: rules on the Markdown see none, rules on the front matter still run.
  const limitFindings: RuleFinding[] = markdown?.limit ? [{ ruleId: RESOURCE_LIMIT, ...markdown.limit }] : [];
  return {
    path: source.path,
    text,
    document: parsed.document,
    parseFindings: [...source.findings, ...parsed.findings, ...limitFindings],
    tree: markdown?.tree ?? null,
    options,
  };
}
