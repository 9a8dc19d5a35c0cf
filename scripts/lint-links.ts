// npm run lint:links -- [DIR|FILE...] [--changed --base REF] [--config mlc_config.json]
//                       [--format stylish|json|github|markdown] [--summary FILE]
//                       [--cache | --no-cache] [--cache-file FILE] [--max-age 7d]
//                       [--concurrency N] [--host-delay 500ms] [--timeout 10s] [--retries N]
//                       [--allow-private-links] [--no-progress]
// Checks the external links of a standards folder (default `Standards/`) over
// the network, with the checker of plugins/standards/lint/external-links.ts.
// Exit 0 when no link is broken, 1 when some are, 2 on bad usage or a bad
// configuration, 3 when nothing could be reached from here (no network).
import { appendFile, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ALL_RULES } from '../plugins/standards/lint/all-rules.js';
import { DEFAULT_CACHE_DIR, useLintCache } from '../plugins/standards/lint/cache.js';
import { CONFIG_FILE_NAME, loadLintConfig } from '../plugins/standards/lint/config.js';
import { checkLinks, DEFAULT_EXTERNAL_LINK_SETTINGS, externalLinks, type LinkResult } from '../plugins/standards/lint/external-links.js';
import {
  applyLinkCheckConfig,
  disabledLinkLines,
  EMPTY_LINK_CHECK_CONFIG,
  headersForUrl,
  linkCheckCacheKey,
  MLC_CONFIG_FILE,
  parseDuration,
  parseLinkCheckConfig,
  type LinkCheckConfig,
} from '../plugins/standards/lint/external-links-config.js';
import { lintSourceFile } from '../plugins/standards/lint/file-pass.js';
import type { FileSummary, LintOptions } from '../plugins/standards/lint/rule.js';
import { GitError, loadBaseTree } from '../plugins/standards/history/git.js';
import { loadFileSet, loadSourceFile } from '../plugins/standards/parse/load.js';
import { isStandardsFileName } from '../plugins/standards/parse/file-name.js';
import { runCommand, UsageError } from '../plugins/standards/parse/cli-options.js';
import { countLinks, formatLinks, LINK_FORMATS, type LinkFormat, type LinkRecord } from '../plugins/standards/report/format-links.js';
import { createProgress } from '../plugins/standards/report/progress.js';

const USAGE = `Usage: npm run lint:links -- [DIR|FILE...] [--changed --base REF] [--config FILE] [--format stylish|json|github|markdown]
                          [--summary FILE] [--cache | --no-cache] [--cache-file FILE] [--max-age DURATION]
                          [--concurrency N] [--host-delay DURATION] [--timeout DURATION] [--retries N]
                          [--allow-private-links] [--no-progress]
  DIR|FILE               a standards folder (default Standards/) or documents in one
  --base REF --changed   only the documents that changed since the merge base of REF and HEAD
  --config FILE          an mlc_config.json (default: ./mlc_config.json when there is one)
  --summary FILE         also append the results as Markdown to FILE (a CI job summary)
  --cache, --no-cache    read and write the answer cache (default: on, but off with CI=true unless --cache)
  --cache-file FILE      where answers are kept (default: node_modules/.cache/scs-standards-lint/external-links.json)
  --max-age DURATION     how long an answer is trusted, e.g. 12h or 7d (default 7d)
  --concurrency N        requests in flight at once (default 4); one at a time per host
  --host-delay DURATION  pause between two requests to the same host (default 500ms)
  --timeout DURATION     per request (default 10s, or the config's timeout)
  --retries N            after a 429, a 502 to 504, a timeout or a dropped connection (default 2, or retryCount)
  --allow-private-links  request loopback, private and link-local addresses too (nothing is then cached)
  --no-progress          no progress bar (it is shown only on a terminal anyway)
Exit status: 0 no broken link, 1 broken links, 2 bad usage or configuration, 3 no network.`;

const DEFAULT_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      base: { type: 'string' },
      changed: { type: 'boolean', default: false },
      config: { type: 'string' },
      format: { type: 'string', default: 'stylish' },
      summary: { type: 'string' },
      cache: { type: 'boolean', default: false },
      'no-cache': { type: 'boolean', default: false },
      'cache-file': { type: 'string' },
      'max-age': { type: 'string' },
      concurrency: { type: 'string' },
      'host-delay': { type: 'string' },
      timeout: { type: 'string' },
      retries: { type: 'string' },
      'allow-private-links': { type: 'boolean', default: false },
      'no-progress': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const format = values.format as LinkFormat;
  if (!LINK_FORMATS.includes(format)) throw new UsageError(`Unexpected --format \`${values.format}\`, expected ${LINK_FORMATS.join(', ')}`);
  if (values.changed && values.base === undefined) throw new UsageError('Unexpected --changed without --base REF, expected the ref to compare with');
  if (values.base !== undefined && !values.changed) throw new UsageError('Unexpected --base without --changed, expected both (links are checked in the changed documents)');
  if (values.cache && values['no-cache']) throw new UsageError('Unexpected --cache together with --no-cache, expected one of them');
  if (values.summary === '') throw new UsageError('Unexpected empty --summary, expected a file name');

  const mlc = await loadMlcConfig(values.config);
  const lintConfig = await loadLintConfig(CONFIG_FILE_NAME, ALL_RULES, { required: false });
  if (!lintConfig.ok) throw new UsageError(lintConfig.message);
  const options = lintConfig.config.options;

  const useCache = useLintCache({ cache: values.cache, noCache: values['no-cache'] });
  const settings = {
    ...DEFAULT_EXTERNAL_LINK_SETTINGS,
    concurrency: wholeNumber('--concurrency', values.concurrency, DEFAULT_EXTERNAL_LINK_SETTINGS.concurrency, 1, 64),
    hostDelayMs: duration('--host-delay', values['host-delay'], DEFAULT_EXTERNAL_LINK_SETTINGS.hostDelayMs),
    timeoutMs: duration('--timeout', values.timeout, mlc.timeoutMs ?? DEFAULT_EXTERNAL_LINK_SETTINGS.timeoutMs),
    retries: wholeNumber('--retries', values.retries, mlc.retryCount ?? DEFAULT_EXTERNAL_LINK_SETTINGS.retries, 0, 10),
    retryDelayMs: mlc.fallbackRetryDelayMs ?? DEFAULT_EXTERNAL_LINK_SETTINGS.retryDelayMs,
    retryOn429: mlc.retryOn429 ?? true,
    aliveStatusCodes: mlc.aliveStatusCodes,
    headersFor: headersForUrl(mlc),
    cacheKey: linkCheckCacheKey(mlc),
    cacheFile: useCache ? path.resolve(values['cache-file'] ?? path.join(DEFAULT_CACHE_DIR, 'external-links.json')) : null,
    maxAgeMs: duration('--max-age', values['max-age'], DEFAULT_MAX_AGE_MS),
    allowPrivate: values['allow-private-links'],
  };
  if (settings.timeoutMs <= 0) throw new UsageError('Unexpected --timeout of 0, expected a duration such as 10s');

  // The links, document by document.
  const occurrences: Array<{ file: string; line: number; column: number; url: string; disabled: boolean }> = [];
  let documents = 0;
  for (const target of await resolveTargets(positionals.length > 0 ? positionals : ['Standards'])) {
    const { summaries, texts } = await loadSummaries(target.root, options);
    let only = target.only;
    if (values.base !== undefined) {
      const changed = await changedDocuments(target.root, values.base, summaries.map((summary) => summary.path));
      only = new Set([...(only ?? changed)].filter((file) => changed.has(file)));
    }
    const label = (relative: string) => path.relative(process.cwd(), path.join(target.root, relative)) || relative;
    documents += only ? only.size : summaries.length;
    const switchedOff = new Map<string, Set<number>>();
    for (const { path: file, link } of externalLinks(summaries, options)) {
      if (only && !only.has(file)) continue;
      if (!switchedOff.has(file)) switchedOff.set(file, disabledLinkLines(texts.get(file) ?? ''));
      const disabled = switchedOff.get(file)!.has(link.line);
      occurrences.push({ file: label(file), line: link.line, column: link.column, url: link.url.trim(), disabled });
    }
  }

  // Ignore and rewrite as the mlc_config says, then check each address once.
  const planned = occurrences.map(({ disabled, ...occurrence }) => ({
    ...occurrence,
    plan: disabled ? { disabled: true as const } : applyLinkCheckConfig(occurrence.url, mlc),
  }));
  const urls = planned.flatMap(({ plan }) => ('url' in plan ? [plan.url] : []));
  const progress = createProgress(process.stderr, !values['no-progress']);
  const run = await checkLinks(urls, { ...settings, onProgress: (done, total) => progress.update(done, total) });
  progress.end();
  for (const warning of run.warnings) console.error(warning);

  const links: LinkRecord[] = planned.map(({ plan, ...occurrence }) => {
    if ('disabled' in plan) return { ...occurrence, kind: 'ignored', detail: 'switched off by a markdown-link-check comment', fromCache: false };
    if ('ignored' in plan) return { ...occurrence, kind: 'ignored', detail: `matches ignore pattern ${plan.ignored}`, fromCache: false };
    const checked = run.results.get(plan.url)!;
    const rewritten = plan.url === occurrence.url ? '' : ` (checked as ${plan.url})`;
    return { ...occurrence, ...recordOf(checked.result), detail: `${recordOf(checked.result).detail}${rewritten}`, fromCache: checked.fromCache };
  });
  links.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  const report = { links, documents };

  if (run.noNetwork) {
    const first = links.find((record) => record.kind === 'unreachable');
    const distinct = new Set(urls).size;
    console.error(`lint:links: no network from here: could not reach ${distinct === 1 ? 'the one address' : `any of the ${distinct} addresses`} (${first?.detail ?? 'no answer'}); nothing was checked`);
    if (values.summary !== undefined) await appendSummary(values.summary, '### External links: not checked, no network from the runner\n');
    return 3;
  }
  process.stdout.write(formatLinks(format, report));
  if (values.summary !== undefined) await appendSummary(values.summary, formatLinks('markdown', report));
  return countLinks(report).broken > 0 ? 1 : 0;
}

function recordOf(result: LinkResult): Pick<LinkRecord, 'kind' | 'detail' | 'target'> {
  switch (result.kind) {
    case 'alive':
      return { kind: 'alive', detail: `HTTP ${result.status}` };
    case 'redirected':
      return { kind: 'redirected', detail: `HTTP ${result.status}`, target: result.target };
    case 'broken':
      return { kind: 'broken', detail: result.target ? `${result.reason} after a redirect to ${result.target}` : result.reason };
    default:
      return { kind: result.kind, detail: result.reason };
  }
}

async function loadMlcConfig(given: string | undefined): Promise<LinkCheckConfig> {
  const file = given ?? MLC_CONFIG_FILE;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (given === undefined && (error as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY_LINK_CHECK_CONFIG;
    throw new UsageError(`Could not read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const parsed = parseLinkCheckConfig(text, file, process.env);
  if (!parsed.ok) throw new UsageError(parsed.message);
  for (const warning of parsed.warnings) console.error(warning);
  return parsed.config;
}

/** Each document's outline (its links), from the same parse the linter uses, and its text. */
async function loadSummaries(root: string, options: LintOptions): Promise<{ summaries: FileSummary[]; texts: Map<string, string> }> {
  const fileSet = await loadFileSet(root);
  const summaries: FileSummary[] = [];
  const texts = new Map<string, string>();
  for (const relative of fileSet.documents) {
    const source = await loadSourceFile(root, relative, options.maxFileBytes);
    if (source.text !== null) texts.set(relative, source.text);
    summaries.push((await lintSourceFile(source, [], options)).summary);
  }
  return { summaries, texts };
}

async function changedDocuments(root: string, ref: string, current: readonly string[]): Promise<Set<string>> {
  try {
    const base = new Map((await loadBaseTree(root, ref)).files.map((file) => [file.path, file.text]));
    const changed = new Set<string>();
    for (const relative of current) {
      const text = await readFile(path.join(root, relative), 'utf8').catch(() => null);
      if (base.get(relative) !== text) changed.add(relative);
    }
    return changed;
  } catch (error) {
    if (error instanceof GitError) throw new UsageError(error.message);
    throw error;
  }
}

/** Folders check every document in them; files check themselves (files that are not standards are skipped). */
async function resolveTargets(inputs: string[]): Promise<Array<{ root: string; only: Set<string> | null }>> {
  const targets = new Map<string, { root: string; only: Set<string> | null }>();
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) throw new UsageError(`No such file or folder: ${input}`);
    const absolute = path.resolve(input);
    if (info.isDirectory()) {
      targets.set(absolute, { root: absolute, only: null });
      continue;
    }
    if (!isStandardsFileName(path.basename(absolute))) continue;
    const root = path.dirname(absolute);
    const target = targets.get(root) ?? { root, only: new Set<string>() };
    target.only?.add(path.basename(absolute));
    targets.set(root, target);
  }
  return [...targets.values()];
}

async function appendSummary(file: string, text: string): Promise<void> {
  try {
    await appendFile(file, text);
  } catch (error) {
    throw new UsageError(`Could not write the summary ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

function duration(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const ms = parseDuration(value);
  if (ms === null || !/[a-z]$/.test(value.trim())) throw new UsageError(`Unexpected ${flag} \`${value}\`, expected a duration such as 500ms, 10s, 12h or 7d`);
  return ms;
}

function wholeNumber(flag: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) throw new UsageError(`Unexpected ${flag} \`${value}\`, expected a whole number from ${min} to ${max}`);
  return Number(value);
}

process.exitCode = await runCommand(USAGE, main);
